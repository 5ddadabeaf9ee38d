package io.github.diapason.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code diapason}: the same operations as the Maven goals, for people outside Maven. */
@Command(name = "diapason", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Protocol-as-code for multicentre MRI studies.",
        subcommands = {ValidateCommand.class, GenerateCommand.class, DiffCommand.class, InspectCommand.class, ExportReadCommand.class,
                CheckCommand.class, CommandLine.HelpCommand.class})
public final class Diapason {

    /** Exit statuses: 0 valid, 1 problems found in the input, 2 usage error, 3 a bug in Diapason. */
    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return configure(new CommandLine(new Diapason())).execute(args);
    }

    static CommandLine configure(CommandLine cli) {
        cli.setExitCodeExceptionMapper(e -> USAGE);
        // Bad input never throws (it is reported as diagnostics); what reaches here is a bug in
        // Diapason. Say so in one line rather than print a trace at the user.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("diapason: internal error (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). This is a bug in Diapason, not in your files: please report it with the"
                    + " command you ran" + (Boolean.getBoolean("diapason.trace") ? "" : " (add -Ddiapason.trace=true"
                    + " to the java command for details)") + ".");
            if (Boolean.getBoolean("diapason.trace")) {
                e.printStackTrace(commandLine.getErr());
            }
            return INTERNAL_ERROR;
        });
        return cli;
    }
}
