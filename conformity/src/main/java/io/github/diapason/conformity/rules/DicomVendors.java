package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the DICOM of each vendor looks like to a checker, read from the data file
 * {@code io/github/diapason/conformity/vendor-dicom.json} (vendors.md section 4, dcm2niix):
 * the Manufacturer spellings, the name dcm2niix writes in sidecars, where diffusion b-values
 * and directions live (standard and private), whether the phase-encoding polarity is
 * recorded, and the attributes whose DICOM value does not mean what the protocol prescribes
 * ("withheld": technique id, or "*" for all, → attribute → reason).
 */
public final class DicomVendors {

    private static final String RESOURCE = "/io/github/diapason/conformity/vendor-dicom.json";

    record Vendor(List<String> manufacturers, String dcm2niixManufacturer, boolean phaseEncodingPolarityRecorded,
                  PolarityFrom phaseEncodingPolarityRecordedFrom, PolarityFrom epiPhaseEncodingPolarityRecordedFrom,
                  List<TagLocation> bValue, List<TagLocation> gradientDirection,
                  Map<String, Map<String, String>> withheld) {
    }

    /** A vendor that records the polarity from a software release on, along some image axes only. */
    record PolarityFrom(int release, List<String> axes, String source) {
    }

    private static final java.util.regex.Pattern RELEASE = java.util.regex.Pattern.compile("(\\d+)");

    record Standard(List<TagLocation> bValue, List<TagLocation> gradientDirection) {
    }

    record Data(String source, Standard standard, Map<String, Vendor> vendors) {
    }

    private final Data data;

    private DicomVendors(Data data) {
        this.data = data;
    }

    /** The bundled data; a missing or malformed file is a packaging bug, not user input. */
    public static DicomVendors load() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = DicomVendors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("conformity data missing from the jar: " + RESOURCE);
            }
            return new DicomVendors(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("conformity data unreadable: " + RESOURCE, e);
        }
    }

    private Optional<Vendor> vendor(String vendorId) {
        return Optional.ofNullable(vendorId).map(v -> data.vendors().get(v.toLowerCase(Locale.ROOT)));
    }

    /** Manufacturer (0008,0070) spellings of a vendor, the usual one first; the vendor id itself when unknown. */
    public List<String> manufacturers(String vendorId) {
        return vendor(vendorId).map(Vendor::manufacturers).orElse(List.of(vendorId));
    }

    /** The Manufacturer dcm2niix writes in BIDS sidecars ("Siemens", "GE", "Philips"). */
    public Optional<String> dcm2niixManufacturer(String vendorId) {
        return vendor(vendorId).map(Vendor::dcm2niixManufacturer);
    }

    public boolean phaseEncodingPolarityRecorded(String vendorId) {
        return vendor(vendorId).map(Vendor::phaseEncodingPolarityRecorded).orElse(false);
    }

    /**
     * Whether the DICOM of this vendor's {@code softwareVersion} records the sign of phase-encoding {@code code}
     * (BIDS i, j-...) for a sequence that is, or is not, an {@code epi}: always for a vendor that records it, else from
     * the release and along the axes the data names (GE: (0018,9034) from Rx27 on, along COL; for EPI also the user
     * data (0043,xx2A), read from DV26 on; the release is the first number of the version, DV26.0_R03 → 26).
     */
    public boolean phaseEncodingPolarityRecorded(String vendorId, String softwareVersion, String code, boolean epi) {
        if (phaseEncodingPolarityRecorded(vendorId)) {
            return true;
        }
        return recordedFrom(vendor(vendorId).map(Vendor::phaseEncodingPolarityRecordedFrom).orElse(null), softwareVersion, code)
                || epi && recordedFrom(vendor(vendorId).map(Vendor::epiPhaseEncodingPolarityRecordedFrom).orElse(null),
                softwareVersion, code);
    }

    private static boolean recordedFrom(PolarityFrom from, String softwareVersion, String code) {
        if (from == null || softwareVersion == null || code == null) {
            return false;
        }
        java.util.regex.Matcher m = RELEASE.matcher(softwareVersion);
        return m.find() && m.group(1).length() < 6 && Integer.parseInt(m.group(1)) >= from.release()
                && from.axes().contains(code.replace("-", ""));
    }

    /** Why the DICOM value of {@code attribute} cannot be checked for this technique on this vendor, if so. */
    public Optional<String> withheld(String vendorId, String techniqueId, String attribute) {
        return vendor(vendorId).flatMap(v -> {
            Map<String, Map<String, String>> w = v.withheld() == null ? Map.of() : v.withheld();
            return Optional.ofNullable(w.getOrDefault(techniqueId, Map.of()).get(attribute))
                    .or(() -> Optional.ofNullable(w.getOrDefault("*", Map.of()).get(attribute)));
        });
    }

    /** Where diffusion b-values may be found: the standard attributes, then this vendor's private ones. */
    public List<TagLocation> bValueLocations(String vendorId) {
        List<TagLocation> all = new ArrayList<>(data.standard().bValue());
        vendor(vendorId).ifPresent(v -> all.addAll(v.bValue()));
        return List.copyOf(all);
    }

    /** Where diffusion gradient directions may be found: standard, then this vendor's private ones. */
    public List<TagLocation> gradientDirectionLocations(String vendorId) {
        List<TagLocation> all = new ArrayList<>(data.standard().gradientDirection());
        vendor(vendorId).ifPresent(v -> all.addAll(v.gradientDirection()));
        return List.copyOf(all);
    }
}
