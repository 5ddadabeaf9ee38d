package io.github.diapason.validate;

import java.util.List;

/** The semantic rules Diapason applies, in the order they run. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
