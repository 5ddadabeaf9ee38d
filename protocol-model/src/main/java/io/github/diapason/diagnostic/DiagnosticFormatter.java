package io.github.diapason.diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.github.diapason.text.ControlCharacters;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints diagnostics for people: the summary line, the offending source line with a caret
 * under the column, and the hint. Source lines are read from the files named in the
 * locations (each file once); a file that cannot be read just loses its excerpt.
 */
public final class DiagnosticFormatter {

    private static final int MAX_EXCERPT = 160;
    private final Map<String, Optional<List<String>>> sources = new HashMap<>();

    public String format(Diagnostic d) {
        StringBuilder out = new StringBuilder(ControlCharacters.forTerminal(d.summary())).append('\n');
        SourceLocation loc = d.location();
        if (loc.hasLine()) {
            sourceLine(loc.file(), loc.line()).ifPresent(text -> {
                String shown = text.length() > MAX_EXCERPT ? text.substring(0, MAX_EXCERPT) + "…" : text;
                String gutter = String.format("%5d | ", loc.line());
                out.append(gutter).append(ControlCharacters.masked(shown.replace('\t', ' '))).append('\n');
                if (loc.column() > 0 && loc.column() <= shown.length() + 1) {
                    out.append(" ".repeat(gutter.length() - 2)).append("| ")
                            .append(" ".repeat(loc.column() - 1)).append("^\n");
                }
            });
        }
        if (!d.hint().isEmpty()) {
            out.append("      = hint: ").append(ControlCharacters.forTerminal(d.hint())).append('\n');
        }
        return out.toString();
    }

    public String formatAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> out.append(format(d)));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        out.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings").append('\n');
        return out.toString();
    }

    private Optional<String> sourceLine(String file, int line) {
        Optional<List<String>> lines = sources.computeIfAbsent(file, DiagnosticFormatter::readLines);
        return lines.filter(l -> line <= l.size()).map(l -> l.get(line - 1));
    }

    private static Optional<List<String>> readLines(String file) {
        try {
            Path p = Path.of(file);
            // Excerpts are a courtesy: never read a huge file just to quote one line, and never quote
            // through a symbolic link (it may point at a secret outside the study folder).
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > 4_000_000) {
                return Optional.empty();
            }
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            return Optional.of(text.lines().toList());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
