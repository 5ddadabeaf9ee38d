package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one export file says a site programmed: the vendor ({@code Siemens}, {@code GE},
 * {@code Philips}; empty when it could not be told), the format, the programs in console order,
 * and every problem met while reading (file and position named; reading never throws). {@code model} and
 * {@code software} are the scanner model and software version exactly as the export states them
 * ({@code Prisma_fit}, {@code VE11C}, {@code 5.3.1.0}); empty when the export does not say.
 */
public record ConsoleExport(String file, ExportFormat format, String vendor, List<ConsoleProgram> programs,
                            List<Diagnostic> diagnostics, String model, String software) {

    public ConsoleExport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        vendor = Objects.requireNonNullElse(vendor, "");
        programs = List.copyOf(programs);
        diagnostics = List.copyOf(diagnostics);
        model = Objects.requireNonNullElse(model, "").strip();
        software = Objects.requireNonNullElse(software, "").strip();
    }

    /** An export that does not state the scanner. */
    public ConsoleExport(String file, ExportFormat format, String vendor, List<ConsoleProgram> programs,
                         List<Diagnostic> diagnostics) {
        this(file, format, vendor, programs, diagnostics, "", "");
    }

    /** The same export with other programs (e.g. a series removed for a test, or matched ones only). */
    public ConsoleExport withPrograms(List<ConsoleProgram> others) {
        return new ConsoleExport(file, format, vendor, others, diagnostics, model, software);
    }

    /** The same export stating another scanner model and software. */
    public ConsoleExport withScanner(String otherModel, String otherSoftware) {
        return new ConsoleExport(file, format, vendor, programs, diagnostics, otherModel, otherSoftware);
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
