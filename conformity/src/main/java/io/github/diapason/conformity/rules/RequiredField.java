package io.github.diapason.conformity.rules;

import java.util.List;

/**
 * An analysis field that must be PRESENT in a series (e.g. diffusion b-values): present when
 * any of {@code anyOf} is found — the standard attribute or this vendor's private location
 * (vendors.md section 4).
 */
public record RequiredField(String field, String purpose, List<TagLocation> anyOf) {

    public RequiredField {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }
}
