package io.github.diapason.cli;

import io.github.diapason.compiler.ValidationReport;
import io.github.diapason.compiler.ValidationRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diapason validate <study-dir>…}: print every problem of each study; exit 1 when any is an error. */
@Command(name = "validate", description = "Read a study folder (protocol + sites/) and report every problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<study-dir>", description = "Study folders to validate.")
    private List<Path> studies;

    @Option(names = "--warnings-as-errors", description = "Exit 1 when there are warnings too.")
    private boolean warningsAsErrors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        io.github.diapason.compiler.Diapason core = new io.github.diapason.compiler.Diapason();
        boolean failed = false;
        for (Path study : studies) {
            ValidationReport report = core.validate(new ValidationRequest(study));
            out.println("Study " + study + ":");
            out.print(report.render());
            out.flush();
            failed |= report.failed() || (warningsAsErrors && report.warningCount() > 0);
        }
        return failed ? Diapason.INVALID_INPUT : Diapason.OK;
    }
}
