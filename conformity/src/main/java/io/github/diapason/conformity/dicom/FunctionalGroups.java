package io.github.diapason.conformity.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Enhanced (multi-frame) MR: values live in functional group macros, either shared by all
 * frames (5200,9229) or per frame (5200,9230). A lookup for a frame looks in that frame's
 * macro first, then in the shared one, as PS3.3 C.7.6.16 prescribes.
 */
public final class FunctionalGroups {

    public static final int SHARED = 0x52009229;
    public static final int PER_FRAME = 0x52009230;

    public static final int MR_TIMING_AND_RELATED_PARAMETERS = 0x00189112;
    public static final int MR_FOV_GEOMETRY = 0x00189125;
    public static final int MR_ECHO = 0x00189114;
    public static final int MR_MODIFIER = 0x00189115;
    public static final int MR_IMAGING_MODIFIER = 0x00189006;
    public static final int MR_RECEIVE_COIL = 0x00189042;
    public static final int MR_AVERAGES = 0x00189119;
    public static final int MR_DIFFUSION = 0x00189117;
    public static final int PIXEL_MEASURES = 0x00289110;
    public static final int FRAME_CONTENT = 0x00209111;
    public static final int PLANE_ORIENTATION = 0x00209116;

    public static final int REPETITION_TIME = 0x00180080;
    public static final int FLIP_ANGLE = 0x00181314;
    public static final int ECHO_TRAIN_LENGTH = 0x00180091;
    public static final int EFFECTIVE_ECHO_TIME = 0x00189082;
    public static final int INVERSION_TIMES = 0x00189079;
    public static final int PIXEL_BANDWIDTH = 0x00180095;
    public static final int NUMBER_OF_AVERAGES = 0x00180083;
    public static final int DIFFUSION_B_VALUE = 0x00189087;
    public static final int DIFFUSION_GRADIENT_DIRECTION_SEQUENCE = 0x00189076;
    public static final int DIFFUSION_GRADIENT_ORIENTATION = 0x00189089;
    public static final int PIXEL_SPACING = 0x00280030;
    public static final int SLICE_THICKNESS = 0x00180050;

    /** A value found in a functional group, with the tag path it came from (for diagnostics). */
    public record Found(DicomElement element, String path) {
    }

    private final DicomDataset shared;
    private final List<DicomDataset> perFrame;

    private FunctionalGroups(DicomDataset shared, List<DicomDataset> perFrame) {
        this.shared = shared;
        this.perFrame = perFrame;
    }

    public static FunctionalGroups of(DicomDataset dataset) {
        List<DicomDataset> sharedItems = dataset.items(SHARED);
        return new FunctionalGroups(sharedItems.isEmpty() ? DicomDataset.EMPTY : sharedItems.get(0), dataset.items(PER_FRAME));
    }

    /** Whether the data set has functional groups at all (an enhanced multi-frame object). */
    public boolean isPresent() {
        return shared != DicomDataset.EMPTY || !perFrame.isEmpty();
    }

    public int frameCount() {
        return perFrame.size();
    }

    /** {@code attribute} of {@code macro} for frame {@code frame}: the frame's own macro, else the shared one. */
    public Optional<Found> find(int frame, int macro, int attribute) {
        if (frame >= 0 && frame < perFrame.size()) {
            Optional<Found> own = in(perFrame.get(frame), macro, attribute,
                    Tags.format(PER_FRAME) + "[" + frame + "]/");
            if (own.isPresent()) {
                return own;
            }
        }
        return shared(macro, attribute);
    }

    public Optional<Found> shared(int macro, int attribute) {
        return in(shared, macro, attribute, Tags.format(SHARED) + "[0]/");
    }

    /** The value for every frame (frames without it are left out), in frame order. */
    public List<Found> allFrames(int macro, int attribute) {
        List<Found> out = new ArrayList<>();
        if (perFrame.isEmpty()) {
            shared(macro, attribute).ifPresent(out::add);
            return out;
        }
        for (int i = 0; i < perFrame.size(); i++) {
            find(i, macro, attribute).ifPresent(out::add);
        }
        return out;
    }

    /** Distinct first numeric values over all frames (e.g. the b-values, or the echo times of a multi-echo series). */
    public List<Double> distinctNumbers(int macro, int attribute) {
        List<Double> out = new ArrayList<>();
        for (Found f : allFrames(macro, attribute)) {
            f.element().number().filter(d -> !out.contains(d)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Found> in(DicomDataset group, int macro, int attribute, String prefix) {
        List<DicomDataset> items = group.items(macro);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String path = prefix + Tags.format(macro) + "[0]/" + Tags.format(attribute);
        return items.get(0).get(attribute).map(e -> new Found(e, path));
    }
}
