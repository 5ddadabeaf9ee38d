package io.github.diapason.model;

import java.util.List;

/** Who runs the study and what it is for. {@code version} is a semantic version (MAJOR.MINOR.PATCH). */
public record StudyInfo(String id, LocalizedText title, String version, String date, LocalizedText objective,
                        String sponsor, String coordinatingCentre, List<Contact> contacts, List<String> languages,
                        List<Visit> visits) {
    public StudyInfo {
        contacts = Immutables.list(contacts);
        languages = Immutables.list(languages);
        visits = Immutables.list(visits);
    }

    /** A study without declared visits. */
    public StudyInfo(String id, LocalizedText title, String version, String date, LocalizedText objective,
                     String sponsor, String coordinatingCentre, List<Contact> contacts, List<String> languages) {
        this(id, title, version, date, objective, sponsor, coordinatingCentre, contacts, languages, null);
    }
}
