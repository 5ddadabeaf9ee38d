package io.github.diapason.cli;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code diapason vendors}: what each vendor adapter supports, as a Markdown table (techniques, options, field strengths). */
@Command(name = "vendors", description = "Print the support matrix of the vendor adapters: product per technique, "
        + "licence options, field strengths.")
final class VendorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(new Diapason().supportMatrix());
        out.flush();
        return ExitStatus.OK.code();
    }
}
