package io.github.diapason.vendor.diffusion;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.GradientVector;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Siemens free diffusion vector set ({@code .dvs}, vendors.md section 6): {@code [directions=N]},
 * {@code CoordinateSystem = xyz}, {@code Normalisation = none}, then {@code Vector[i] = ( x, y, z )};
 * each vector's b is b_max x |v|², so lower shells are shorter vectors. {@code #} starts a comment.
 */
public final class SiemensDvsFile implements DirectionFile {
    private static final Pattern HEADER = Pattern.compile("\\[directions\\s*=\\s*(\\d+)\\]");
    private static final Pattern VECTOR = Pattern.compile(
            "Vector\\[(\\d+)]\\s*=\\s*\\(\\s*([-+0-9.eE]+)\\s*,\\s*([-+0-9.eE]+)\\s*,\\s*([-+0-9.eE]+)\\s*\\)");

    @Override
    public String fileName(String sequenceId) {
        return sequenceId + ".dvs";
    }

    @Override
    public Validated<String> write(DiffusionScheme scheme) {
        Validated<List<GradientVector>> table = DirectionTables.vectors(scheme);
        List<GradientVector> vs = table.value().orElse(List.of());
        double maxB = DirectionTables.maxB(vs);
        StringBuilder s = new StringBuilder();
        s.append("# Diapason: ").append(vs.size()).append(" directions, b-max ").append((long) maxB)
                .append(" s/mm2 set on the console; per-vector b = b-max x |v|^2\n");
        s.append("[directions=").append(vs.size()).append("]\n");
        s.append("CoordinateSystem = xyz\n");
        s.append("Normalisation = none\n");
        for (int k = 0; k < vs.size(); k++) {
            GradientVector v = vs.get(k);
            double scale = maxB > 0 ? Math.sqrt(v.bValue() / maxB) : 0;
            s.append("Vector[").append(k).append("] = ( ").append(DirectionTables.f6(v.x() * scale)).append(", ")
                    .append(DirectionTables.f6(v.y() * scale)).append(", ").append(DirectionTables.f6(v.z() * scale))
                    .append(" )\n");
        }
        return Validated.of(s.toString(), table.diagnostics());
    }

    /** Reads the first vector set of the file. */
    @Override
    public Validated<List<GradientVector>> read(String text, double maxB) {
        List<GradientVector> out = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Integer declared = null;
        String[] lines = text.split("\\R");
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].replaceAll("#.*", "").trim();
            if (line.isEmpty() || line.startsWith("CoordinateSystem") || line.startsWith("Normalisation")
                    || line.startsWith("Normalization")) {
                continue;
            }
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                if (declared != null) {
                    break;
                }
                declared = Integer.parseInt(h.group(1));
                continue;
            }
            Matcher m = VECTOR.matcher(line);
            if (m.matches() && declared != null) {
                out.add(DirectionTables.fromScaled(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)), maxB, 1));
            } else {
                problems.add(DirectionTables.malformed(".dvs", k + 1, lines[k]));
            }
        }
        if (declared == null) {
            problems.add(Diagnostic.error("DiffusionFileMalformed", ".dvs has no [directions=N] header", "", null));
        } else if (declared != out.size()) {
            problems.add(Diagnostic.error("DiffusionFileMalformed",
                    ".dvs declares " + declared + " directions but lists " + out.size(), "", null));
        }
        return problems.isEmpty() ? Validated.of(out, List.of()) : Validated.failed(problems);
    }
}
