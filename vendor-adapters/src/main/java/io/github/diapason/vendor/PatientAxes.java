package io.github.diapason.vendor;

import io.github.diapason.model.Orientation;
import java.util.Optional;

/**
 * Which patient axis each image axis runs along, and towards which patient direction its index
 * grows in the NIfTI written by dcm2niix (rows flipped from DICOM). BIDS PhaseEncodingDirection
 * {@code j-} on an axial image is therefore traversal towards P, Siemens {@code A >> P}
 * (vendors.md section 4). Letters: R, L, A, P, F (feet), H (head).
 */
public record PatientAxes(Axis i, Axis j, String sliceAxis) {

    /** A patient axis ("RL", "AP", "FH") and the direction its image index grows towards. */
    public record Axis(String name, String towards) {
        public String from() {
            return name.replace(towards, "");
        }
    }

    public static PatientAxes of(Orientation orientation) {
        Orientation o = orientation == null ? Orientation.AXIAL : orientation;
        return switch (o) {
            case AXIAL, OBLIQUE -> new PatientAxes(new Axis("RL", "L"), new Axis("AP", "A"), "FH");
            case SAGITTAL -> new PatientAxes(new Axis("AP", "P"), new Axis("FH", "H"), "RL");
            case CORONAL -> new PatientAxes(new Axis("RL", "L"), new Axis("FH", "H"), "AP");
        };
    }

    /**
     * The BIDS code used when a protocol names no phase-encoding direction: anterior-posterior for
     * axial and sagittal images, right-left for coronal ones [U: common practice, not a vendor rule].
     */
    public static String defaultPhaseCode(Orientation orientation) {
        return orientation == Orientation.SAGITTAL || orientation == Orientation.CORONAL ? "i" : "j";
    }

    /** The phase-encoding traversal of a BIDS code: axis, from, to; empty for slice-axis or unknown codes. */
    public Optional<Traversal> traversal(String bidsCode) {
        if (bidsCode == null || bidsCode.isEmpty()) {
            return Optional.empty();
        }
        Axis axis = switch (bidsCode.charAt(0)) {
            case 'i' -> i;
            case 'j' -> j;
            default -> null;
        };
        if (axis == null) {
            return Optional.empty();
        }
        boolean negative = bidsCode.endsWith("-");
        String to = negative ? axis.from() : axis.towards();
        String from = negative ? axis.towards() : axis.from();
        return Optional.of(new Traversal(axis.name(), from, to, readAxis(axis)));
    }

    private String readAxis(Axis phase) {
        return phase == i ? j.name() : i.name();
    }

    /** Back from a traversal to the BIDS code. */
    public Optional<String> bidsCode(String axisName, String to) {
        if (i.name().equals(axisName)) {
            return Optional.of(i.towards().equals(to) ? "i" : "i-");
        }
        if (j.name().equals(axisName)) {
            return Optional.of(j.towards().equals(to) ? "j" : "j-");
        }
        return Optional.empty();
    }

    /** Phase encoding along {@code axis} from {@code from} to {@code to}; readout runs along {@code readAxis}. */
    public record Traversal(String axis, String from, String to, String readAxis) {
    }
}
