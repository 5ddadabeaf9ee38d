package io.github.diapason.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the {@code diapason} command line inside the test JVM: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DiapasonCommand.commandLine(args)
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /**
     * The rules of the corpus's GE site (rfsamay), from conformity's check cases (PROVENANCE.md there), copied into
     * {@code dir}: what the command-line tests of {@code check --dicomweb}, {@code watch} and {@code recheck} judge by.
     */
    static Path geRules(Path dir) throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.copy(Path.of("../conformity/src/test/resources/check-cases/corpus-ge-epi-group-delay/rules.json"), rules);
        return rules;
    }
}
