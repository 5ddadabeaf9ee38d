package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * The rules for one scanner period of one site: what the scanner is, which sequences an exam
 * holds in which order and with which DICOM values, the optional sequences this site does not
 * run, and what de-identification must have removed or replaced.
 */
public record RuleSet(ScannerIdentity scanner, List<SequenceRule> sequences, List<DroppedSequenceRule> dropped,
                      DeidentificationRules deidentification) {

    public RuleSet {
        sequences = sequences == null ? List.of() : List.copyOf(sequences);
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
    }

    @JsonIgnore
    public Optional<SequenceRule> sequence(String id) {
        return sequences.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
