package io.github.diapason.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code diapason} command line inside the test JVM: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DiapasonCommand.configure(new picocli.CommandLine(new DiapasonCommand()))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
