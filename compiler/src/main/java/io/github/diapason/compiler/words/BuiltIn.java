package io.github.diapason.compiler.words;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The built-in bundles per language, loaded once: the words of diagnostics and of machine outputs. */
final class BuiltIn {

    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private BuiltIn() {
    }

    static Messages messages(String language) {
        return CACHE.computeIfAbsent(language, l -> Messages.load(Optional.empty(), l));
    }
}
