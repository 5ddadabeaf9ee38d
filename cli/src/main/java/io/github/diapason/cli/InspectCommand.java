package io.github.diapason.cli;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.InspectReport;
import io.github.diapason.compiler.InspectRequest;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.text.ControlCharacters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diapason inspect <dicom-dir>…}: per series, the values the checker compares, as JSON in BIDS
 * names and units on standard output; problems with files also as one line each on standard error.
 * Exit 0 when every file was read, 3 (unreadable input) when some could not be.
 */
@Command(name = "inspect", description = "Print, per DICOM series, the values the checker compares (JSON, BIDS names and units).")
final class InspectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<dicom-dir>", description = "Folders (searched recursively) or files.")
    private List<Path> inputs;

    @Option(names = "--threads", paramLabel = "<n>", description = "Files read in parallel (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        InspectReport report = new Diapason().inspect(new InspectRequest(inputs, threads,
                ProgressBar.forInputs(inputs, spec.commandLine().getErr(), System.console() != null)));
        PrintWriter out = spec.commandLine().getOut();
        // Same JSON, with any control character a DICOM value carries (SeriesDescription) as a \\u escape,
        // so the terminal never acts on it.
        out.print(ControlCharacters.forTerminal(report.json()));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : report.inspection().diagnostics()) {
            if (d.isError()) {
                err.println(ControlCharacters.forTerminal(d.summary()));
            }
        }
        err.flush();
        return report.status().code();
    }
}
