package io.github.diapason.compiler.compile;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.resolve.EffectiveProtocol;
import io.github.diapason.vendor.SiteParameterSet;
import java.util.List;

/**
 * A site compiled: its effective protocol on the scanner in use, each sequence's outcome, the
 * diffusion direction files its console imports, and the problems found.
 */
public record SiteOutcome(EffectiveProtocol effective, SiteParameterSet parameterSet, List<SequenceOutcome> sequences,
                          List<DirectionFileText> directionFiles, List<Diagnostic> diagnostics) {
    public SiteOutcome {
        sequences = List.copyOf(sequences);
        directionFiles = List.copyOf(directionFiles);
        diagnostics = List.copyOf(diagnostics);
    }

    public java.util.Optional<DirectionFileText> directionFile(String sequenceId) {
        return directionFiles.stream().filter(f -> f.sequenceId().equals(sequenceId)).findFirst();
    }

    public List<SequenceOutcome> runnable() {
        return sequences.stream().filter(s -> s.feasibility().runnable() && s.vendor().isPresent()).toList();
    }
}
