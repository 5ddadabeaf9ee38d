package io.github.diapason.model;

import java.time.LocalDate;

/**
 * One scanner configuration of a site, valid from a date to a date (open-ended when null).
 * A site's history lists them in order; a planned upgrade is a period starting in the future.
 */
public record ScannerPeriod(String vendor, String model, double fieldStrength, String softwareVersion,
                            String deviceSerialNumber, LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
