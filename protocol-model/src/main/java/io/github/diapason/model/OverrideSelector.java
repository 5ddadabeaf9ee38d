package io.github.diapason.model;

/**
 * Which sites and scanners an override applies to; every criterion given must match.
 * {@code softwareVersion} matches exactly, or as a prefix when it ends with {@code *}.
 */
public record OverrideSelector(Double fieldStrength, String vendor, String model, String softwareVersion,
                               String site) {

    /** The most specific criterion present decides where the override sits in the cascade. */
    public OverrideLevel level() {
        if (site != null) {
            return OverrideLevel.SITE;
        }
        if (softwareVersion != null) {
            return OverrideLevel.SOFTWARE_VERSION;
        }
        if (model != null) {
            return OverrideLevel.MODEL;
        }
        if (vendor != null) {
            return OverrideLevel.VENDOR;
        }
        return OverrideLevel.FIELD_STRENGTH;
    }

    public boolean isEmpty() {
        return fieldStrength == null && vendor == null && model == null && softwareVersion == null && site == null;
    }

    public boolean matches(String siteId, ScannerPeriod scanner) {
        return (site == null || site.equals(siteId))
                && (vendor == null || vendor.equalsIgnoreCase(scanner.vendor()))
                && (model == null || model.equalsIgnoreCase(scanner.model()))
                && (fieldStrength == null || Math.abs(fieldStrength - scanner.fieldStrength()) < 0.05)
                && (softwareVersion == null || softwareMatches(scanner.softwareVersion()));
    }

    private boolean softwareMatches(String actual) {
        if (actual == null) {
            return false;
        }
        if (softwareVersion.endsWith("*")) {
            return actual.startsWith(softwareVersion.substring(0, softwareVersion.length() - 1));
        }
        return actual.equals(softwareVersion);
    }
}
