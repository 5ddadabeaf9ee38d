package io.github.diapason.model;

/** The organisational part of a site's feasibility answers: research slots, staff, data transfer, IT. */
public record Organisation(LocalizedText researchSlots, LocalizedText staff, LocalizedText dataTransfer,
                           LocalizedText itSupport) {
}
