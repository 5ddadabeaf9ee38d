package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * What one protocol sequence must look like in this site's DICOM: its place in the exam
 * ({@code position}, 1-based among the sequences this site runs), whether it is mandatory and
 * repeated when non-conformant, how to recognise its series, the attribute values expected,
 * the image and volume counts, and the analysis fields that must be present. {@code notes}
 * {@code orientation} is the prescribed slice or slab orientation (axial, sagittal, coronal,
 * oblique). {@code notes}
 * say why an attribute one might expect has no rule (e.g. a vendor's TR semantics).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SequenceRule(String id, String name, String technique, String orientation, boolean mandatory,
                           boolean repeatIfNonConformant, int position, Recognition recognition, List<AttributeRule> attributes,
                           ExpectedCounts counts, List<RequiredField> requiredFields, List<String> notes) {

    public SequenceRule {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** How many series of this sequence one exam should hold (its runs; 1 unless the protocol runs it several times). */
    @JsonIgnore
    public int runs() {
        return counts == null ? 1 : counts.expectedRuns();
    }

    @JsonIgnore
    public Optional<AttributeRule> attribute(String name) {
        return attributes.stream().filter(a -> a.attribute().equals(name)).findFirst();
    }
}
