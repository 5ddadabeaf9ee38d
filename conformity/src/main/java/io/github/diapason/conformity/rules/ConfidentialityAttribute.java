package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One row of the PS3.15 Basic Application Level Confidentiality Profile attribute list
 * (Table E.1-1): tag, keyword and the basic profile's action code — D replace with a dummy, Z
 * empty or dummy, X remove, U replace the UID consistently, C clean (descriptors), with
 * combinations such as "X/Z" where the standard leaves the choice. {@code retainedBy} lists the
 * profile options that keep the attribute, {@code cleanedBy} those that keep it cleaned.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConfidentialityAttribute(String tag, String keyword, String action, List<String> retainedBy,
                                       List<String> cleanedBy) {

    public ConfidentialityAttribute {
        retainedBy = retainedBy == null ? List.of() : List.copyOf(retainedBy);
        cleanedBy = cleanedBy == null ? List.of() : List.copyOf(cleanedBy);
    }
}
