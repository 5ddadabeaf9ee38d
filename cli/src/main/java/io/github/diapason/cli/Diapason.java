package io.github.diapason.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code diapason}: the same operations as the Maven goals, for people outside Maven. */
@Command(name = "diapason", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Protocol-as-code for multicentre MRI studies.",
        subcommands = {ValidateCommand.class, GenerateCommand.class, DiffCommand.class, CommandLine.HelpCommand.class})
public final class Diapason {

    /** Exit statuses: 0 conformant/valid, 1 problems found in the input, 2 usage error. */
    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Diapason());
        cli.setExitCodeExceptionMapper(e -> USAGE);
        return cli.execute(args);
    }
}
