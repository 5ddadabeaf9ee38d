package io.github.diapason.cli;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ValidationReport;
import io.github.diapason.compiler.ValidationRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diapason validate <study-dir>…}: print every problem of each study, feasibility at every site
 * included; exit 1 when any is an error.
 */
@Command(name = "validate", description = "Read a study folder (protocol + sites/) and report every problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<study-dir>", description = "Study folders to validate.")
    private List<Path> studies;

    @Option(names = "--warnings-as-errors", description = "Exit 1 when there are warnings too.")
    private boolean warningsAsErrors;

    @Mixin
    private DateOption date = new DateOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<LocalDate> on = date.value();
        Diapason core = new Diapason();
        boolean failed = false;
        for (Path study : studies) {
            ValidationReport report = core.validate(new ValidationRequest(study, on));
            out.println("Study " + study + ":");
            out.print(report.render());
            out.flush();
            failed |= report.failed() || (warningsAsErrors && report.warningCount() > 0);
        }
        return DiapasonCommand.status(failed);
    }
}
