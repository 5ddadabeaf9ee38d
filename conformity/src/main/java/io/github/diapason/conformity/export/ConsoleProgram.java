package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One program (Siemens), series (GE) or scan (Philips) of an export: its name as the console
 * lists it, its sequence type in the console's words ({@code tfl}, {@code SPGR}, {@code FFE}...),
 * the values read in export order, and the parameters present in the export that could not be
 * read ({@code notRead}: their export keys, never a guessed value).
 */
public record ConsoleProgram(String name, String sequenceType, List<ConsoleValue> values, List<String> notRead,
                             SourceLocation location) {

    public ConsoleProgram {
        Objects.requireNonNull(name, "name");
        sequenceType = Objects.requireNonNullElse(sequenceType, "");
        values = List.copyOf(values);
        notRead = List.copyOf(notRead);
        location = Objects.requireNonNullElse(location, SourceLocation.NONE);
    }

    /** The first value printed under {@code label} (any card), if any. */
    public Optional<ConsoleValue> value(String label) {
        return values.stream().filter(v -> v.label().equals(label)).findFirst();
    }

    /**
     * Where the export shows {@code label} first after line {@code after} (-1: from the start), -1 when nowhere after it:
     * a label printed on two cards (Philips 'MTC' on Contrast and on Dyn/Ang, spine_generic_philips_R53.pdf, GRE-MT) is
     * read after the line that precedes it on the card, not at its first line.
     */
    public int indexOf(String label, int after) {
        for (int i = Math.max(0, after + 1); i < values.size(); i++) {
            if (values.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** The value whose export key is {@code key}, if any. */
    public Optional<ConsoleValue> byKey(String key) {
        return values.stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
