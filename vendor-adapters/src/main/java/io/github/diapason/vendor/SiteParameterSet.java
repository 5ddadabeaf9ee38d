package io.github.diapason.vendor;

import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;

/**
 * A site's parameter set: its scanner (vendor id and the vendor's name as its adapter gives it), the sequences it runs in its console's words, those it does
 * not run (with the reasons, as facts), the exam's acquisition time, and every diagnostic.
 */
public record SiteParameterSet(String site, String vendor, String vendorName, String model, double fieldStrength, String softwareVersion,
                               List<VendorSequence> sequences, List<NotRun> notRun,
                               AcquisitionTime examTime, List<Diagnostic> diagnostics) {
    public SiteParameterSet {
        sequences = List.copyOf(sequences);
        notRun = List.copyOf(notRun);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The optional sequences the site drops. */
    public List<NotRun> dropped() {
        return notRun.stream().filter(NotRun::dropped).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
