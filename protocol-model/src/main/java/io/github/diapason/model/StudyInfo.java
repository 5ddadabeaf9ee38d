package io.github.diapason.model;

import java.util.List;

/** Who runs the study and what it is for. {@code version} is a semantic version (MAJOR.MINOR.PATCH). */
public record StudyInfo(String id, LocalizedText title, String version, String date, LocalizedText objective,
                        String sponsor, String coordinatingCentre, List<Contact> contacts, List<String> languages) {
    public StudyInfo {
        contacts = Immutables.list(contacts);
        languages = Immutables.list(languages);
    }
}
