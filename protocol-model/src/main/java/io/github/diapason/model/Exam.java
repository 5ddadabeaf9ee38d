package io.github.diapason.model;

import java.util.List;

/** The exam as a whole: its time budget, the participant, the equipment, and the ordered sequences. */
public record Exam(Quantity maximumDuration, Positioning positioning, LocalizedText participantInstructions,
                   LocalizedText agitatedParticipant, Equipment equipment, List<LocalizedText> externalReferences,
                   List<Sequence> sequences) {
    public Exam {
        externalReferences = Immutables.list(externalReferences);
        sequences = Immutables.list(sequences);
    }

    public Exam withSequences(List<Sequence> newSequences) {
        return new Exam(maximumDuration, positioning, participantInstructions, agitatedParticipant, equipment,
                externalReferences, newSequences);
    }
}
