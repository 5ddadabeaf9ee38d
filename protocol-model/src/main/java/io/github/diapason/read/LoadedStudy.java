package io.github.diapason.read;

import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.model.StudyDefinition;
import io.github.diapason.model.WaiverFile;
import java.util.List;
import java.util.Map;

/**
 * A study read from its folder, with source maps for the protocol and for each site (by site id),
 * and the study's waivers ({@code waivers.json}; none when the study has no such file) with theirs.
 */
public record LoadedStudy(StudyDefinition study, SourceMap protocolSource, Map<String, SourceMap> siteSources,
                          WaiverFile waivers, SourceMap waiverSource) {
    public LoadedStudy {
        siteSources = Map.copyOf(siteSources);
        waivers = waivers == null ? WaiverFile.NONE : waivers;
        waiverSource = waiverSource == null ? SourceMap.fileOnly(StudyReader.WAIVERS_FILE) : waiverSource;
    }

    /** A study without waivers. */
    public LoadedStudy(StudyDefinition study, SourceMap protocolSource, Map<String, SourceMap> siteSources) {
        this(study, protocolSource, siteSources, WaiverFile.NONE, null);
    }

    /** Top-level members of the protocol file: a pointer under one of them is the protocol's. */
    private static final List<String> PROTOCOL_MEMBERS = List.of("/study", "/exam", "/overrides",
            "/deidentification", "/transfer", "/planning");

    public SourceMap siteSource(String siteId) {
        return siteSources.getOrDefault(siteId, SourceMap.fileOnly("sites/" + siteId));
    }

    /**
     * The one place that tells which file a pointer belongs to: a pointer into the protocol's
     * members is located in the protocol file; any other pointer is the site's own (when a site
     * is named), else the protocol's.
     */
    public SourceLocation locate(String siteId, String pointer) {
        boolean protocol = siteId == null || siteId.isEmpty()
                || PROTOCOL_MEMBERS.stream().anyMatch(m -> pointer.equals(m) || pointer.startsWith(m + "/"));
        return protocol ? protocolSource.locate(pointer) : siteSource(siteId).locate(pointer);
    }
}
