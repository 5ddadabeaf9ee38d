package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A scanner as its DICOM headers name it. {@code manufacturers} lists the spellings of
 * Manufacturer (0008,0070) the vendor writes, the usual one first (e.g. "Philips Medical
 * Systems" and "Philips"); {@code vendor} is the site file's vendor id. The period
 * {@code validFrom}..{@code validTo} (inclusive, open when null) and the DeviceSerialNumber
 * (0018,1000) select the rule set of an exam.
 */
public record ScannerIdentity(String vendor, List<String> manufacturers, String manufacturerModelName,
                              double magneticFieldStrength, List<String> softwareVersions,
                              String deviceSerialNumber, LocalDate validFrom, LocalDate validTo) {

    public ScannerIdentity {
        manufacturers = manufacturers == null ? List.of() : List.copyOf(manufacturers);
        softwareVersions = softwareVersions == null ? List.of() : List.copyOf(softwareVersions);
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether a Manufacturer value is one of this vendor's spellings (case and surrounding spaces ignored). */
    @JsonIgnore
    public boolean isManufacturer(String dicomManufacturer) {
        String m = dicomManufacturer == null ? "" : dicomManufacturer.trim().toLowerCase(Locale.ROOT);
        return manufacturers.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(m));
    }
}
