package io.github.diapason.read;

import io.github.diapason.model.StudyDefinition;
import java.util.Map;

/** A study read from its folder, with source maps for the protocol and for each site (by site id). */
public record LoadedStudy(StudyDefinition study, SourceMap protocolSource, Map<String, SourceMap> siteSources) {
    public LoadedStudy {
        siteSources = Map.copyOf(siteSources);
    }

    public SourceMap siteSource(String siteId) {
        return siteSources.getOrDefault(siteId, SourceMap.fileOnly("sites/" + siteId));
    }
}
