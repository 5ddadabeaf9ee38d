package io.github.diapason.vendor.diffusion;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.GradientVector;
import java.util.ArrayList;
import java.util.List;

/**
 * GE {@code tensor.dat} (vendors.md section 6): {@code #} comments, then blocks of a count line
 * and that many {@code x y z} lines; per-vector b = b x |v|² rounded to 5; b=0 images are not
 * listed (they are counted separately on the console). The console reads the axes as logical
 * (freq, phase, slice) [U: sign conventions]; the file carries the protocol's vectors unchanged.
 */
public final class GeTensorFile implements DirectionFile {

    @Override
    public String fileName(String sequenceId) {
        return "tensor.dat";
    }

    @Override
    public Validated<String> write(DiffusionScheme scheme) {
        Validated<List<GradientVector>> table = DirectionTables.vectors(scheme);
        List<GradientVector> weighted = table.value().orElse(List.of()).stream().filter(v -> v.bValue() > 0).toList();
        double maxB = DirectionTables.maxB(weighted);
        StringBuilder s = new StringBuilder();
        s.append("# Diapason: ").append(weighted.size()).append(" diffusion-weighted directions, b ")
                .append((long) maxB).append(" s/mm2 set on the console; b=0 images are set separately\n");
        s.append(weighted.size()).append('\n');
        for (GradientVector v : weighted) {
            double scale = Math.sqrt(v.bValue() / maxB);
            s.append(DirectionTables.f6(v.x() * scale)).append(' ').append(DirectionTables.f6(v.y() * scale))
                    .append(' ').append(DirectionTables.f6(v.z() * scale)).append('\n');
        }
        return Validated.of(s.toString(), table.diagnostics());
    }

    /** Reads the first block. */
    @Override
    public Validated<List<GradientVector>> read(String text, double maxB) {
        List<GradientVector> out = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Integer count = null;
        String[] lines = text.split("\\R");
        for (int k = 0; k < lines.length && (count == null || out.size() < count); k++) {
            String line = lines[k].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            try {
                if (count == null && f.length == 1) {
                    count = Integer.parseInt(f[0]);
                } else if (count != null && f.length == 3) {
                    out.add(DirectionTables.fromScaled(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]), maxB, 5));
                } else {
                    problems.add(DirectionTables.malformed("tensor.dat", k + 1, lines[k]));
                }
            } catch (NumberFormatException e) {
                problems.add(DirectionTables.malformed("tensor.dat", k + 1, lines[k]));
            }
        }
        if (count == null || out.size() != count) {
            problems.add(Diagnostic.error("DiffusionFileMalformed", "tensor.dat block declares "
                    + (count == null ? "no count" : count + " directions") + " and lists " + out.size(), "", null));
        }
        return problems.isEmpty() ? Validated.of(out, List.of()) : Validated.failed(problems);
    }
}
