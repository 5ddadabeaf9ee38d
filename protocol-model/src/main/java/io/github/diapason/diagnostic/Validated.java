package io.github.diapason.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value, when one could be built, together with every diagnostic found while building it.
 * The caller decides whether to stop: a value may be present alongside errors.
 */
public record Validated<T>(Optional<T> value, List<Diagnostic> diagnostics) {

    public Validated {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Validated<T> of(T value, List<Diagnostic> diagnostics) {
        return new Validated<>(Optional.ofNullable(value), diagnostics);
    }

    public static <T> Validated<T> failed(List<Diagnostic> diagnostics) {
        return new Validated<>(Optional.empty(), diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The value, only when it exists and no error was found. */
    public Optional<T> valid() {
        return hasErrors() ? Optional.empty() : value;
    }

    public <R> Validated<R> map(Function<T, R> f) {
        return new Validated<>(value.map(f), diagnostics);
    }

    public Validated<T> plus(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new Validated<>(value, all);
    }
}
