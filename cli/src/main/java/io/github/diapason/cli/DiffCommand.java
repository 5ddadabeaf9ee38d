package io.github.diapason.cli;

import io.github.diapason.compiler.DiffReport;
import io.github.diapason.compiler.DiffRequest;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.diff.Baseline;
import io.github.diapason.compiler.diff.DiffPolicy;
import io.github.diapason.compiler.diff.PolicyParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diapason diff <study-dir> --baseline <dir> | --baseline-rev <rev>}: classify changes, check the version bump. */
@Command(name = "diff", description = "Compare a study with a baseline; exit 1 when the version gate or the policy fails.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyFolder study = new StudyFolder();

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--baseline", paramLabel = "<dir>", description = "The released study folder.")
        Path directory;

        @Option(names = "--baseline-rev", paramLabel = "<rev>",
                description = "A git revision of the study's repository (tag, branch, commit, HEAD~1).")
        String revision;

        @Option(names = "--baseline-bundle", paramLabel = "<zip>", description = "A released protocol-bundle zip.")
        Path bundle;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "Output folder; reports go under its diff/ (default: <study-dir>/target/diapason).")
    private Path output;

    @Option(names = "--fail-on", split = ",", paramLabel = "<kind>",
            description = "Change kinds that fail even with the right bump (e.g. sequence-removed).")
    private List<String> failOn = new ArrayList<>();

    @Option(names = "--accept", paramLabel = "<kind[:sequence][@site][#subject]=justification>",
            description = "Accept a change with a written justification; it no longer counts towards the bump.")
    private Map<String, String> accept = new java.util.LinkedHashMap<>();

    @Mixin
    private DateOption date = new DateOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : study.path().resolve("target").resolve("diapason");
        Baseline baseline = source.directory != null ? new Baseline.Directory(source.directory)
                : source.revision != null ? new Baseline.GitRevision(source.revision)
                : new Baseline.Bundle(source.bundle, source.bundle.getFileName().toString());
        Optional<LocalDate> on = date.value();
        DiffPolicy policy = DiapasonCommand.option(PolicyParser.parse(failOn, "--fail-on", accept.entrySet().stream()
                .map(e -> new PolicyParser.AcceptanceText("--accept", e.getKey(), e.getValue())).toList()),
                spec.commandLine());
        DiffReport report = new Diapason().diff(new DiffRequest(study.path(), baseline, target, policy, on));
        out.print(report.render());
        report.reports().forEach(p -> out.println("Wrote " + p));
        out.println((report.failed() ? "Diff failed: " : "Diff passed: ") + report.summary());
        out.flush();
        return DiapasonCommand.status(report.failed());
    }
}
