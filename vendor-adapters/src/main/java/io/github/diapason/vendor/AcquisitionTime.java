package io.github.diapason.vendor;

/** Acquisition time in seconds and as the vendor's console displays it (vendors.md section 5). */
public record AcquisitionTime(double seconds, String display) {
}
