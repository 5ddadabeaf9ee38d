package io.github.diapason.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A participating site: its answers to the technical feasibility questionnaire. */
public record Site(String id, String name, String language, List<Contact> contacts, List<ScannerPeriod> scanners,
                   List<Coil> coils, List<String> licensedOptions, List<String> phantoms,
                   List<PlannedUpgrade> plannedUpgrades, Boolean referenceSite, List<Exclusion> excludedSequences,
                   String code, Integer plannedParticipants, Organisation organisation) {

    /** A site without the fields the pseudonym mask, the planning sheet and the questionnaire's organisational part use. */
    public Site(String id, String name, String language, List<Contact> contacts, List<ScannerPeriod> scanners,
                List<Coil> coils, List<String> licensedOptions, List<String> phantoms,
                List<PlannedUpgrade> plannedUpgrades, Boolean referenceSite, List<Exclusion> excludedSequences) {
        this(id, name, language, contacts, scanners, coils, licensedOptions, phantoms, plannedUpgrades, referenceSite,
                excludedSequences, null, null, null);
    }

    public Site {
        contacts = Immutables.list(contacts);
        scanners = Immutables.list(scanners);
        coils = Immutables.list(coils);
        licensedOptions = Immutables.list(licensedOptions);
        phantoms = Immutables.list(phantoms);
        plannedUpgrades = Immutables.list(plannedUpgrades);
        referenceSite = referenceSite != null && referenceSite;
        excludedSequences = Immutables.list(excludedSequences);
    }

    /** The scanner in use on {@code date}; the latest period that covers it. */
    public Optional<ScannerPeriod> scannerOn(LocalDate date) {
        return scanners.stream().filter(s -> s.validOn(date)).reduce((a, b) -> b);
    }
}
