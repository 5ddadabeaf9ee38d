package io.github.diapason.vendor.diffusion;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.GradientVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Philips {@code dti_vectors_input.txt} (needs the DTI option; vendors.md section 6): an optional
 * name line (not starting with a digit), then {@code x y z b} per direction, b = 0 first.
 */
public final class PhilipsVectorFile implements DirectionFile {

    @Override
    public String fileName(String sequenceId) {
        return "dti_vectors_input.txt";
    }

    @Override
    public Validated<String> write(DiffusionScheme scheme) {
        Validated<List<GradientVector>> table = DirectionTables.vectors(scheme);
        List<GradientVector> vs = new ArrayList<>(table.value().orElse(List.of()));
        // b = 0 first (stable sort keeps the prescribed order otherwise)
        vs.sort(Comparator.comparing((GradientVector v) -> v.bValue() > 0));
        StringBuilder s = new StringBuilder("Diapason b-table\n");
        for (GradientVector v : vs) {
            s.append(DirectionTables.f6(v.x())).append(' ').append(DirectionTables.f6(v.y())).append(' ')
                    .append(DirectionTables.f6(v.z())).append(' ')
                    .append(String.format(Locale.ROOT, "%d", Math.round(v.bValue()))).append('\n');
        }
        return Validated.of(s.toString(), table.diagnostics());
    }

    @Override
    public Validated<List<GradientVector>> read(String text, double maxB) {
        List<GradientVector> out = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].trim();
            if (line.isEmpty() || (k == 0 && !Character.isDigit(line.charAt(0)) && line.charAt(0) != '-'
                    && line.charAt(0) != '.')) {
                continue;
            }
            String[] f = line.split("\\s+");
            try {
                if (f.length != 4) {
                    throw new NumberFormatException("expected x y z b");
                }
                out.add(DirectionTables.normalised(new GradientVector(Double.parseDouble(f[0]),
                        Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]))));
            } catch (NumberFormatException e) {
                problems.add(DirectionTables.malformed("dti_vectors_input.txt", k + 1, lines[k]));
            }
        }
        return problems.isEmpty() ? Validated.of(out, List.of()) : Validated.failed(problems);
    }
}
