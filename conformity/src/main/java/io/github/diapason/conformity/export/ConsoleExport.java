package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one export file says a site programmed: the vendor ({@code Siemens}, {@code GE},
 * {@code Philips}; empty when it could not be told), the format, the programs in console order,
 * and every problem met while reading (file and position named; reading never throws).
 */
public record ConsoleExport(String file, ExportFormat format, String vendor, List<ConsoleProgram> programs,
                            List<Diagnostic> diagnostics) {

    public ConsoleExport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        vendor = Objects.requireNonNullElse(vendor, "");
        programs = List.copyOf(programs);
        diagnostics = List.copyOf(diagnostics);
    }

    static ConsoleExport failed(String file, ExportFormat format, List<Diagnostic> diagnostics) {
        return new ConsoleExport(file, format, format.vendor(), List.of(), diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The first program of that name, if any. */
    public Optional<ConsoleProgram> program(String name) {
        return programs.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
