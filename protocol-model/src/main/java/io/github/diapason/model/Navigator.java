package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * A navigator for prospective motion correction of a 3D scan (Siemens vNav in MPRAGE/MEMPRAGE/SPACE, GE PROMO in
 * BRAVO/CUBE; Philips has no product equivalent). {@code mode}: {@code none}, {@code prospective} (the field of view
 * follows the head) or {@code prospective-reacquire} (and the TRs acquired during motion are acquired again, up to
 * {@code maxReacquiredRepetitions} TRs or {@code maxReacquiredPercent} % of the scan): the scan time is then a range,
 * from none to all of them re-acquired.
 */
public record Navigator(String mode, Integer maxReacquiredRepetitions, Double maxReacquiredPercent) {

    @JsonCreator
    public Navigator {
        mode = mode == null ? "none" : mode.toLowerCase(Locale.ROOT);
    }

    /** The field of view follows the head. */
    public boolean correctsMotion() {
        return !"none".equals(mode);
    }

    /** TRs acquired during motion are acquired again. */
    public boolean reacquires() {
        return "prospective-reacquire".equals(mode);
    }
}
