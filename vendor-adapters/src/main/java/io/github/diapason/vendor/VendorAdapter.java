package io.github.diapason.vendor;

import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.vendor.diffusion.DirectionFile;
import java.util.List;
import java.util.Map;

/**
 * Translates resolved neutral sequences into one vendor console's parameter set and back.
 * Implementations are found through {@link java.util.ServiceLoader} and keyed by {@link #id()}
 * (the {@code vendor} of a site's {@link ScannerPeriod}).
 */
public interface VendorAdapter {

    /** The vendor id used in site files: "siemens", "ge", "philips". */
    String id();

    /** What this adapter knows about the vendor's console, including what it supports. */
    VendorProfile profile();

    /** Whether {@code site} can run {@code sequence} on {@code scanner}, and why not. */
    default Feasibility feasibility(Sequence sequence, Site site, ScannerPeriod scanner, Integer minimumChannels) {
        return Feasibility.assess(sequence, site, scanner, minimumChannels, profile());
    }

    /**
     * The console parameter set of one resolved sequence. Fails (no value, an error diagnostic)
     * only when the technique has no product on this vendor; approximations beyond tolerance are
     * diagnostics alongside the value.
     */
    Validated<VendorSequence> translate(Sequence sequence, ScannerPeriod scanner, SourceLocation location);

    /**
     * {@link #translate(Sequence, ScannerPeriod, SourceLocation)} for a sequence whose series also holds
     * {@code dynamics}, the sequences acquired as its dynamics ({@code DynamicOf}), in dynamic order: a console whose card
     * says how the dynamics differ (Philips "Dyn/Ang") shows it. Without dynamics, the same card.
     */
    default Validated<VendorSequence> translate(Sequence sequence, List<Sequence> dynamics, ScannerPeriod scanner,
                                                SourceLocation location) {
        return translate(sequence, scanner, location);
    }

    /** Neutral values in canonical units read back from a console parameter set (all echoes of TE). */
    NeutralValues backTranslate(VendorSequence vendorSequence, ScannerPeriod scanner);

    /** {@link #backTranslate} with one number per parameter, e.g. the PixelBandwidth the site's DICOM carries. */
    default Map<ParameterName, Double> neutralValues(VendorSequence vendorSequence, ScannerPeriod scanner) {
        return backTranslate(vendorSequence, scanner).firstValues();
    }

    /** The vendor's diffusion direction file format (vendors.md section 6). */
    DirectionFile directionFile();

    /** The direction file for a b-table, in this vendor's format. */
    default Validated<String> directionFile(DiffusionScheme scheme) {
        return directionFile().write(scheme);
    }
}
