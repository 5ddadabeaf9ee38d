package io.github.diapason.model;

import java.util.List;

/**
 * The de-identification policy: a PS3.15 confidentiality profile ("basic") with its options
 * (e.g. "retain-longitudinal-dates", "retain-device-identity"), the pattern pseudonyms
 * follow, the attributes analysis needs kept (keywords), and the procedure told to sites.
 */
public record Deidentification(String profile, List<String> options, String pseudonymPattern, List<String> keep,
                               LocalizedText procedure) {
    public Deidentification {
        options = Immutables.list(options);
        keep = Immutables.list(keep);
    }
}
