package io.github.diapason.model;

/**
 * How the participant lies: DICOM PatientPosition code (HFS, FFS, HFP…) and free instructions
 * (limbs, padding, landmark).
 */
public record Positioning(String patientPosition, LocalizedText instructions) {
}
