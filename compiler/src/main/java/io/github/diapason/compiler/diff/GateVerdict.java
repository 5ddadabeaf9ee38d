package io.github.diapason.compiler.diff;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;

/**
 * Policy applied to a diff: the bump the unaccepted changes require, the bump the version
 * actually made ({@code null} when it went down or cannot be read), the accepted changes with
 * their justifications, and the diagnostics (errors fail the build).
 */
public record GateVerdict(VersionBump required, VersionBump actual, String suggestedVersion,
                          List<Accepted> accepted, List<Diagnostic> diagnostics) {

    /** A change and the acceptance that covers it. */
    public record Accepted(Change change, AcceptedChange acceptance) {
    }

    public GateVerdict {
        accepted = List.copyOf(accepted);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean passed() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
