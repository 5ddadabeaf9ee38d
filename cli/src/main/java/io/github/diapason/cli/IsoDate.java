package io.github.diapason.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --date} values: a calendar date written YYYY-MM-DD. A wrong one gets a sentence saying
 * what to write, not the name of a Java exception ({@code --date=2026-13-45}).
 */
final class IsoDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a calendar date; write it YYYY-MM-DD,"
                    + " such as 2026-03-02");
        }
    }
}
