package io.github.diapason.cli;

import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code diapason}: the same operations as the Maven goals, for people outside Maven. Every
 * command exits with the one status table of {@link ExitStatus} (README, "Exit status").
 */
@Command(name = "diapason", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Protocol-as-code for multicentre MRI studies.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:everything done, nothing found wrong", "1:findings (invalid study, non-conformant exam, site not qualified, "
                + "failed version gate)", "2:usage error", "3:an input could not be read", "4:internal error (a bug)"})
public final class DiapasonCommand {

    /** The subcommands, in the order help lists them. */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(ValidateCommand.class, GenerateCommand.class,
            DiffCommand.class, InspectCommand.class, CheckCommand.class, QualifyCommand.class, WatchCommand.class,
            RecheckCommand.class, ExportReadCommand.class, VendorsCommand.class, CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that subcommand is
     * registered, else (help, version, a mistyped name) all of them. picocli builds a subcommand's model by reflection
     * over its annotations; building the ten of them took about 5 % of the CPU of a 47,000-file {@code inspect}, on
     * the one thread that runs before any file is read. A command behaves the same either way: it never sees the others.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new DiapasonCommand());
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
        for (Class<?> c : named != null ? java.util.List.<Class<?>>of(named) : SUBCOMMANDS) {
            cli.addSubcommand(c);
        }
        return configure(cli);
    }

    static CommandLine configure(CommandLine cli) {
        cli.setExitCodeExceptionMapper(e -> ExitStatus.USAGE.code());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Bad input never throws (it is reported as diagnostics); what reaches here is a bug in
            // Diapason. Say so in one line rather than print a trace at the user.
            commandLine.getErr().println("diapason: internal error (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). This is a bug in Diapason, not in your files: please report it with the"
                    + " command you ran" + (Boolean.getBoolean("diapason.trace") ? "" : " (add -Ddiapason.trace=true"
                    + " to the java command for details)") + ".");
            if (Boolean.getBoolean("diapason.trace")) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitStatus.INTERNAL_ERROR.code();
        });
        return cli;
    }

    /** A value of an option read by the core: its problems become a usage error (exit 2) naming them. */
    static <T> T option(Validated<T> parsed, CommandLine commandLine) {
        if (parsed.value().isPresent() && !parsed.hasErrors()) {
            return parsed.value().get();
        }
        throw new CommandLine.ParameterException(commandLine, parsed.diagnostics().stream()
                .map(d -> d.message() + (d.hint().isEmpty() ? "" : " (" + d.hint() + ")"))
                .collect(Collectors.joining("; ")));
    }

    static int status(boolean findings) {
        return (findings ? ExitStatus.FINDINGS : ExitStatus.OK).code();
    }

    static boolean anyError(java.util.List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
