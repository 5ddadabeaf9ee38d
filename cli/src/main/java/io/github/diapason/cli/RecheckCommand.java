package io.github.diapason.cli;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.conformity.watch.Recheck;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.text.ControlCharacters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diapason recheck --state <file> --rules <dir> -o <dir>}: re-judges every exam a watcher reported, from the
 * metadata it stored (no server), rewrites their reports and lists the exams whose verdict changed. Exit 1 when a
 * verdict changed, 0 when none did, 3 when the state or the rules cannot be read.
 */
@Command(name = "recheck", description = "Re-judge the exams a watcher reported against the rules as they are now; list the changed verdicts.")
final class RecheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--state", required = true, paramLabel = "<file>", description = "The state file of a watcher.")
    private Path state;

    @Option(names = "--rules", required = true, paramLabel = "<rules.json|dir>", description = "The rules to judge against.")
    private Path rules;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir>", description = "The watcher's reports folder.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validated<Recheck.Result> result = new Diapason().recheck(state, rules, output);
        result.diagnostics().forEach(d -> (d.isError() ? err : out).println(ControlCharacters.forTerminal(d.summary())));
        if (result.value().isEmpty() || result.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            err.flush();
            out.flush();
            return ExitStatus.UNREADABLE_INPUT.code();
        }
        print(result.value().get(), out);
        out.flush();
        err.flush();
        return DiapasonCommand.status(!result.value().get().changed().isEmpty());
    }

    static void print(Recheck.Result r, PrintWriter out) {
        out.println(r.rejudged() + " exam(s) re-judged, " + r.rewritten() + " report(s) rewritten, " + r.changed().size() + " verdict(s) changed");
        r.changed().forEach(c -> out.println(ControlCharacters.forTerminal(c.line())));
    }
}
