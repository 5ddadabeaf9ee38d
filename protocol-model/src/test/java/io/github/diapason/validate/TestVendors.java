package io.github.diapason.validate;

import java.util.List;

/**
 * The vendor ids protocol-model's tests validate against. In production the list is the vendor
 * adapters' ids (vendor-adapters' VendorRegistryTest keeps the schemas equal to them).
 */
public final class TestVendors {
    public static final List<String> IDS = List.of("ge", "philips", "siemens");

    private TestVendors() {
    }
}
