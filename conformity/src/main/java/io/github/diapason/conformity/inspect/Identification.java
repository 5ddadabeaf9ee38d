package io.github.diapason.conformity.inspect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What to look for about identity in each file: the attributes whose presence (with a non-blank
 * value) is reported by name, and the pseudonym attributes (e.g. PatientName, PatientID) whose
 * value must match {@code pseudonym}. Values are tested where they are read and never kept.
 */
public record Identification(List<FieldTable.Identifying> attributes, Pattern pseudonym,
                             List<FieldTable.Identifying> pseudonymAttributes) {

    public Identification {
        attributes = List.copyOf(attributes);
        pseudonymAttributes = List.copyOf(pseudonymAttributes);
    }

    /** The built-in list of {@code identifying-attributes.tsv}, no pseudonym rule. */
    public static Identification standard(FieldTable table) {
        return new Identification(table.identifying(), null, List.of());
    }
}
