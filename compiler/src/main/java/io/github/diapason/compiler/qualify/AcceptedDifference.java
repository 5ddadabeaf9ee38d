package io.github.diapason.compiler.qualify;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A difference between a site's console and its compiled card that the coordinating centre accepts:
 * in the series {@code series}, the value under the console label {@code label}. The
 * {@code justification} is mandatory and printed in every report beside the value; an accepted value
 * no longer fails the qualification.
 */
public record AcceptedDifference(String series, String label, String justification) {

    public AcceptedDifference {
        series = Objects.requireNonNullElse(series, "").strip();
        label = Objects.requireNonNullElse(label, "").strip();
        justification = Objects.requireNonNullElse(justification, "").strip();
    }

    public boolean matches(String seriesName, String consoleLabel) {
        return series.equals(seriesName) && label.equals(consoleLabel);
    }

    /**
     * A tab-separated file, one acceptance a line: series, console label, justification; blank lines
     * and lines starting with {@code #} are skipped. Every bad line is reported (file and line).
     */
    public static Validated<List<AcceptedDifference>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Validated.failed(List.of(Diagnostic.error("AcceptanceUnreadable", "cannot read the accepted differences: "
                    + e.getClass().getSimpleName(), "give a UTF-8 text file: series, label, justification per line",
                    SourceLocation.file(file.toString()))));
        }
        List<AcceptedDifference> out = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            SourceLocation at = new SourceLocation(file.toString(), i + 1, 1, "");
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
                problems.add(Diagnostic.error("AcceptanceMalformed", "expected 3 tab-separated fields (series, console label,"
                        + " justification), found " + f.length, "write e.g. T2w<TAB>Averages<TAB>why the site keeps 1.4", at));
            } else if (f[2].isBlank()) {
                problems.add(Diagnostic.error("AcceptanceUnjustified", "accepting " + f[0] + " / " + f[1]
                        + " needs a justification", "say in the third field why the difference is acceptable", at));
            } else {
                out.add(new AcceptedDifference(f[0], f[1], f[2]));
            }
        }
        return problems.isEmpty() ? Validated.of(out, List.of()) : Validated.failed(problems);
    }
}
