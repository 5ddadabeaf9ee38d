package io.github.diapason.cli;

import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.DicomCheck;
import io.github.diapason.conformity.check.ExamReport;
import io.github.diapason.conformity.check.Finding;
import io.github.diapason.conformity.check.Reports;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.text.ControlCharacters;
import java.io.IOException;
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
 * {@code diapason check <dicom-dir>… --rules <rules.json|dir>}: one verdict per exam on standard output,
 * the JSON, HTML and JUnit XML reports in the output folder. Exit 0 conformant, 1 non-conformant,
 * 3 unreadable input (a file, folder or the rules could not be read).
 */
@Command(name = "check", description = "Check received DICOM exams against the sites' conformity rules.")
final class CheckCommand implements Callable<Integer> {

    static final int CONFORMANT = io.github.diapason.compiler.ExitStatus.OK.code();
    static final int NON_CONFORMANT = io.github.diapason.compiler.ExitStatus.FINDINGS.code();
    static final int UNREADABLE = io.github.diapason.compiler.ExitStatus.UNREADABLE_INPUT.code();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<dicom-dir>", description = "Folders (searched recursively) or files.")
    private List<Path> inputs;

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
        CheckReport report = new DicomCheck(threads).check(inputs, rules,
                ProgressBar.forInputs(inputs, err, System.console() != null));
        for (Diagnostic d : report.diagnostics()) {
            if (d.isError()) {
                err.println(ControlCharacters.forTerminal(d.summary()));
            }
        }
        for (ExamReport e : report.exams()) {
            out.println(ControlCharacters.forTerminal("Exam " + e.studyInstanceUid() + " (site " + (e.siteId().isEmpty() ? "?" : e.siteId()) + "): "
                    + (e.conformant() ? "conformant" : "NOT conformant")));
            for (Finding f : e.findings()) {
                if (f.failing()) {
                    out.println(ControlCharacters.forTerminal("  " + f.kind() + (f.series().isEmpty() ? "" : " series "
                            + f.series()) + (f.attribute().isEmpty() ? "" : " " + f.attribute()) + ": " + f.message()));
                }
            }
            if (!e.sequencesToRepeat().isEmpty()) {
                out.println(ControlCharacters.forTerminal("  acquire again: " + String.join(", ", e.sequencesToRepeat())));
            }
        }
        if (report.exams().isEmpty()) {
            out.println("No DICOM exam found.");
        }
        try {
            Reports.writeAll(report, output);
            out.println("Reports: " + output.resolve("check-report.{json,html,xml}"));
        } catch (IOException e) {
            err.println("diapason: cannot write the reports under " + output + ": " + e.getClass().getSimpleName()
                    + " " + e.getMessage());
            return UNREADABLE;
        }
        out.flush();
        err.flush();
        if (report.unreadable()) {
            return UNREADABLE;
        }
        return report.conformant() ? CONFORMANT : NON_CONFORMANT;
    }
}
