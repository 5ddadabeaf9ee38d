package io.github.diapason.cli;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.QualifyReport;
import io.github.diapason.compiler.QualifyRequest;
import io.github.diapason.compiler.qualify.AcceptedDifference;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.text.ControlCharacters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diapason qualify <study> --site <id> <export-or-dicom>...}: the site's console exports, printouts and test
 * acquisitions against its compiled protocol; the verdict on standard output, the reports in the output folder.
 * Exit status from the core's table: 0 qualified, 1 not qualified, 2 usage error (an unknown site too), 3 an input
 * could not be read.
 */
@Command(name = "qualify", description = "Qualify a site: compare its console exports, printouts or test-acquisition DICOM with its compiled protocol.")
final class QualifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyFolder study = new StudyFolder();

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<export-or-dicom>",
            description = "Console exports (.exar1, .ExamCard, protocol.tar), PDF printouts, or DICOM folders of a test acquisition.")
    private List<Path> evidence = List.of();

    @Option(names = "--site", required = true, paramLabel = "<id>", description = "The site to qualify (its file under sites/).")
    private String site;

    @Mixin
    private DateOption date = new DateOption();

    @Option(names = "--accept-file", paramLabel = "<file>",
            description = "Differences the coordinating centre accepts: one per line, series<TAB>console label<TAB>justification.")
    private Path acceptFile;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "Where qualification-report.html, .json and .xml are written (default: diapason-qualify).")
    private Path output = Path.of("diapason-qualify");

    @Option(names = "--record", description = "When the site qualifies, also store the JSON report as <study-dir>/qualification/<site>.json"
            + " (the overview's qualification status).")
    private boolean record;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<LocalDate> on = date.value();
        List<AcceptedDifference> accepted = List.of();
        if (acceptFile != null) {
            Validated<List<AcceptedDifference>> read = AcceptedDifference.read(acceptFile);
            if (read.hasErrors()) {
                read.diagnostics().forEach(d -> err.println(ControlCharacters.forTerminal(d.summary())));
                err.flush();
                return io.github.diapason.compiler.ExitStatus.USAGE.code();
            }
            accepted = read.value().orElse(List.of());
        }
        QualifyReport report = new Diapason().qualify(new QualifyRequest(study.path(), site, on, evidence, accepted, output, record));
        for (Diagnostic d : report.diagnostics()) {
            err.println(ControlCharacters.forTerminal(d.summary()));
        }
        report.lines().forEach(line -> out.println(ControlCharacters.forTerminal(line)));
        if (!report.written().isEmpty()) {
            out.println("Reports: " + output.resolve("qualification-report.{html,json,xml}"));
        }
        out.flush();
        err.flush();
        return report.exitStatus().code();
    }
}
