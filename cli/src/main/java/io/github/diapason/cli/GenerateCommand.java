package io.github.diapason.cli;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diapason generate <study-dir>}: every site's parameter set, manuals, transfer sheet, CRF section, overview. */
@Command(name = "generate", description = "Compile a study into per-site outputs (README, \"Generate the outputs\").")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyFolder study = new StudyFolder();

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>", description = "Output folder (default: <study-dir>/target/diapason).")
    private Path output;

    @Option(names = "--templates", paramLabel = "<dir>",
            description = "Folder of templates and messages_<lang>.properties that replace built-in ones of the same name.")
    private Path templates;

    @Mixin
    private DateOption date = new DateOption();

    @Option(names = "--no-pdf", description = "Skip the PDF manuals.")
    private boolean noPdf;

    @Option(names = "--dump-model", description = "Also write the data model each template receives (model.<lang>.json).")
    private boolean dumpModel;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : study.path().resolve("target").resolve("diapason");
        Optional<LocalDate> on = date.value();
        GenerateReport report = new Diapason().generate(new GenerateRequest(study.path(), target,
                Optional.ofNullable(templates), on, !noPdf, dumpModel));
        out.print(report.render());
        if (report.failed()) {
            out.println("Nothing written: fix the errors above.");
        } else {
            out.println("Wrote " + report.written() + " file(s), " + report.unchanged() + " unchanged, under " + target);
        }
        out.flush();
        return DiapasonCommand.status(report.failed());
    }
}
