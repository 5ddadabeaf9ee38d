package io.github.diapason.vendor;

import java.util.Locale;

/** How a console displays an acquisition time (vendors.md section 1, last row, and section 5). */
enum TimeFormat {
    /** {@code m:ss}, seconds truncated: Siemens TA, 312.8 s shows as {@code 5:12} (vendors.md section 5). */
    MINUTES_SECONDS_TRUNCATED,
    /** {@code mm:ss.s}: Philips "Total scan duration" (vendors.md section 1). */
    MINUTES_SECONDS_TENTHS;

    public String format(double seconds) {
        return switch (this) {
            case MINUTES_SECONDS_TRUNCATED -> {
                long s = (long) Math.floor(seconds + 1e-9);
                yield String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
            }
            case MINUTES_SECONDS_TENTHS -> {
                long tenths = Math.round(seconds * 10);
                yield String.format(Locale.ROOT, "%02d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10);
            }
        };
    }
}
