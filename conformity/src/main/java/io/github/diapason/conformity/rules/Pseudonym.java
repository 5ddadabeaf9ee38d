package io.github.diapason.conformity.rules;

import java.util.List;

/** The pattern (a Java/ECMAScript regular expression) the pseudonym attributes must match. */
public record Pseudonym(String pattern, List<String> attributes) {

    public Pseudonym {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
