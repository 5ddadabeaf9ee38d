package io.github.diapason.model;

import java.util.List;
import java.util.Optional;

/** A study as read from its folder: the protocol and the site files. */
public record StudyDefinition(Protocol protocol, List<Site> sites) {
    public StudyDefinition {
        sites = Immutables.list(sites);
    }

    public Optional<Site> site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
