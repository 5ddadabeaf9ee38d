package io.github.diapason.vendor;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;

/**
 * A site's parameter set: its scanner, the sequences it runs in its console's words, the optional
 * ones it drops (with reasons), the exam's acquisition time, and every diagnostic.
 */
public record SiteParameterSet(String site, String vendor, String model, double fieldStrength, String softwareVersion,
                               List<VendorSequence> sequences, List<DroppedSequence> dropped,
                               AcquisitionTime examTime, List<Diagnostic> diagnostics) {
    public SiteParameterSet {
        sequences = List.copyOf(sequences);
        dropped = List.copyOf(dropped);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
