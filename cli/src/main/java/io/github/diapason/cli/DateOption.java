package io.github.diapason.cli;

import io.github.diapason.compiler.Dates;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --date}, the same in every command that reads a study: the date that selects each site's scanner period. */
final class DateOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--date", paramLabel = "<yyyy-mm-dd>",
            description = "Date that selects each site's scanner period (default: the protocol's date; diff: each version's).")
    private String date;

    /** The date given, if any; a date that is not one is a usage error (exit 2) naming {@code --date}. */
    Optional<LocalDate> value() {
        return DiapasonCommand.option(Dates.parse(date, "--date"), command.commandLine());
    }
}
