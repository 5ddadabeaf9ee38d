package io.github.diapason.model;

import java.time.LocalDate;

/** An announced hardware or software change (practice reference section 9). */
public record PlannedUpgrade(LocalDate date, LocalizedText description) {
}
