package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a checker recognises a sequence's series: first by name — SeriesDescription (0008,103E)
 * or ProtocolName (0018,1030) equal to one of {@code seriesNames} (the console series name the
 * protocol prescribes; ReproIn names may carry a {@code __dupNN} suffix on re-acquisition,
 * vendors.md section 8) — then, when no name matches, by the parameter {@code fingerprint}:
 * every attribute in it must be within its (wide) range or equal to its code.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Recognition(List<String> seriesNames, List<String> nameAttributes, List<AttributeRule> fingerprint) {

    public static final List<String> NAME_ATTRIBUTES = List.of("SeriesDescription", "ProtocolName");

    public Recognition {
        seriesNames = seriesNames == null ? List.of() : List.copyOf(seriesNames);
        nameAttributes = nameAttributes == null ? List.of() : List.copyOf(nameAttributes);
        fingerprint = fingerprint == null ? List.of() : List.copyOf(fingerprint);
    }
}
