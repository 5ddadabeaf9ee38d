package io.github.diapason.compiler;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The one reader of a date the user types (--date, &lt;date&gt;): ISO yyyy-mm-dd, with a message that says so. */
public final class Dates {

    private Dates() {
    }

    /** Empty or absent text is no date; anything else must be a real calendar date. */
    public static Validated<Optional<LocalDate>> parse(String text, String where) {
        if (text == null || text.isBlank()) {
            return Validated.of(Optional.empty(), List.of());
        }
        try {
            return Validated.of(Optional.of(LocalDate.parse(text.trim())), List.of());
        } catch (DateTimeParseException e) {
            return Validated.failed(List.of(Diagnostic.error("DATE_INVALID", where + " '" + text
                    + "' is not a calendar date", "write yyyy-mm-dd, e.g. 2026-01-31", SourceLocation.file(where))));
        }
    }
}
