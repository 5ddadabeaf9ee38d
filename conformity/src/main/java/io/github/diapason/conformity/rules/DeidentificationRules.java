package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What de-identification must have done before data reach the coordinating centre: the
 * identifying attributes that must be absent or replaced (the PS3.15 profile's list minus
 * what the protocol keeps, each with its profile action), the attributes kept on purpose, the
 * pseudonym pattern PatientName and PatientID must match, and what happens to private tags.
 * A checker names a flagged attribute; it never copies its value.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeidentificationRules(String profile, List<String> options, String source, Pseudonym pseudonym,
                                    List<ConfidentialityAttribute> mustBeAbsentOrReplaced, List<String> kept,
                                    String privateAttributes) {

    public DeidentificationRules {
        options = options == null ? List.of() : List.copyOf(options);
        mustBeAbsentOrReplaced = mustBeAbsentOrReplaced == null ? List.of() : List.copyOf(mustBeAbsentOrReplaced);
        kept = kept == null ? List.of() : List.copyOf(kept);
    }
}
