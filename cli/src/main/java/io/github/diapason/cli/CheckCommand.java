package io.github.diapason.cli;

import io.github.diapason.compiler.CheckOutcome;
import io.github.diapason.compiler.CheckRequest;
import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.text.ControlCharacters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diapason check <dicom-dir>… --rules <rules.json|dir>}: one verdict per exam on standard output,
 * the JSON, HTML and JUnit XML reports in the output folder. Exit status from the core's table
 * ({@link io.github.diapason.compiler.ExitStatus}): 0 conformant, 1 not conformant, 2 usage error,
 * 3 unreadable input (a file, folder or the rules could not be read, or the reports not written).
 */
@Command(name = "check", description = "Check received DICOM exams against the sites' conformity rules.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<dicom-dir>", description = "Folders (searched recursively) or files.")
    private List<Path> inputs = List.of();

    @Option(names = "--dicomweb", paramLabel = "<base-url>",
            description = "Check the exams of this DICOMweb server (QIDO-RS, WADO-RS metadata; never pixel data) instead of folders.")
    private java.net.URI dicomweb;

    @Option(names = "--study", paramLabel = "<uid>", description = "With --dicomweb: only this study (repeatable; default: all studies).")
    private List<String> studies = new java.util.ArrayList<>();

    @Option(names = "--since", paramLabel = "<yyyy-mm-dd>", description = "With --dicomweb: only studies from this date on.")
    private java.time.LocalDate since;

    @picocli.CommandLine.Mixin
    private DicomWebOptions server = new DicomWebOptions();

    @Option(names = "--rules", required = true, paramLabel = "<rules.json|dir>",
            description = "A site's rules.json, or a folder holding sites' rules.json (e.g. <study>/target/diapason).")
    private Path rules;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "Where check-report.json, .html and .xml are written (default: diapason-check).")
    private Path output = Path.of("diapason-check");

    @Option(names = "--threads", paramLabel = "<n>", description = "Files read in parallel (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckRequest request;
        if (dicomweb != null) {
            if (!inputs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give folders or --dicomweb, not both");
            }
            Validated<DicomWebSource> source = server.source(dicomweb, studies, since, spec.commandLine());
            if (source.value().isEmpty()) {
                source.diagnostics().forEach(d -> err.println(ControlCharacters.forTerminal(d.summary())));
                err.flush();
                return io.github.diapason.compiler.ExitStatus.UNREADABLE_INPUT.code();
            }
            request = CheckRequest.dicomweb(source.value().get(), rules, output, done -> { });
        } else {
            if (inputs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give the DICOM folders to check, or --dicomweb <base-url>");
            }
            request = new CheckRequest(inputs, rules, output, threads, ProgressBar.forInputs(inputs, err, System.console() != null));
        }
        CheckOutcome outcome = new io.github.diapason.compiler.Diapason().check(request);
        for (Diagnostic d : outcome.diagnostics()) {
            if (d.isError()) {
                err.println(ControlCharacters.forTerminal(d.summary()));
            }
        }
        for (CheckOutcome.Verdict v : outcome.verdicts()) {
            out.println(ControlCharacters.forTerminal(v.line()));
            v.details().forEach(line -> out.println(ControlCharacters.forTerminal(line)));
        }
        out.println(outcome.summary());
        if (!outcome.written().isEmpty()) {
            out.println("Reports: " + output.resolve("check-report.{json,html,xml}") + ", dashboard: " + output.resolve("dashboard.html"));
        }
        out.flush();
        err.flush();
        return outcome.exitStatus().code();
    }
}
