package io.github.diapason.model;

/**
 * How specific an override is. Overrides apply from the least to the most specific, so a
 * site's own adjustment wins over its model's, which wins over its vendor's, and so on.
 */
public enum OverrideLevel {
    FIELD_STRENGTH, VENDOR, MODEL, SOFTWARE_VERSION, SITE
}
