package io.github.diapason.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.conformity.export.ConsoleExport;
import io.github.diapason.conformity.export.ConsoleExportReader;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.text.ControlCharacters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diapason export-read <file>}: what a console export says a site programmed (Siemens .exar1/.edx,
 * GE protocol.tar, Philips .ExamCard, or a vendor PDF printout), as JSON on standard output: per program
 * its name, sequence type and values in the console's words and units. Errors also go to standard error,
 * one line each. Exit 0 when the export was read, 3 when it could not be (the common exit-status table).
 */
@Command(name = "export-read", description = "Print what a console export (.exar1, .edx, protocol.tar, .ExamCard, PDF printout) programs, as JSON.")
final class ExportReadCommand implements Callable<Integer> {

    /**
     * Built on first use, not when the class is loaded: picocli instantiates every subcommand at start-up, and an
     * ObjectMapper cost every command (`inspect` included) 0.2 s (bench/dicom-headers/README.md, issue 11).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "<file>", description = "The console export or printout.")
    private Path file;

    @Override
    public Integer call() throws JsonProcessingException {
        ConsoleExport export = ConsoleExportReader.read(file);
        PrintWriter out = spec.commandLine().getOut();
        // names and values come from the file: any control character is printed as an escape, never acted on
        out.println(ControlCharacters.forTerminal(Json.MAPPER.writeValueAsString(export)));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        export.diagnostics().stream().filter(Diagnostic::isError)
                .forEach(d -> err.println(ControlCharacters.forTerminal(d.summary())));
        err.flush();
        return (export.hasErrors() ? ExitStatus.UNREADABLE_INPUT : ExitStatus.OK).code();
    }
}
