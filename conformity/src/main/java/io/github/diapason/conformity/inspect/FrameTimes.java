package io.github.diapason.conformity.inspect;

import io.github.diapason.conformity.dicom.DicomDataset;
import io.github.diapason.conformity.dicom.DicomElement;
import io.github.diapason.conformity.dicom.FunctionalGroups;

import java.util.ArrayList;
import java.util.List;

/**
 * Per frame of an enhanced MR file: its position (0020,0032 of Plane Position 0020,9113) and the time its acquisition
 * started (Frame Acquisition DateTime 0018,9074 of Frame Content 0020,9111), as {@code [x, y, z, seconds of the day]}:
 * what {@link EnhancedSliceTiming} needs. Frames missing either are left out.
 */
final class FrameTimes {

    private static final int PLANE_POSITION = 0x00209113;
    private static final int IMAGE_POSITION = 0x00200032;
    private static final int FRAME_CONTENT = 0x00209111;
    private static final int FRAME_ACQUISITION_DATE_TIME = 0x00189074;

    private FrameTimes() {
    }

    static List<List<Double>> of(DicomDataset root) {
        List<DicomDataset> frames = root.items(FunctionalGroups.PER_FRAME);
        List<List<Double>> out = new ArrayList<>(frames.size());
        for (DicomDataset frame : frames) {
            List<DicomDataset> position = frame.items(PLANE_POSITION);
            List<DicomDataset> content = frame.items(FRAME_CONTENT);
            if (position.isEmpty() || content.isEmpty()) {
                continue;
            }
            double[] p = position.get(0).get(IMAGE_POSITION).map(DicomElement::doubles).orElse(null);
            Double t = content.get(0).string(FRAME_ACQUISITION_DATE_TIME).map(FrameTimes::secondsOfDay).orElse(null);
            if (p != null && p.length == 3 && t != null) {
                out.add(List.of(p[0], p[1], p[2], t));
            }
        }
        return out;
    }

    /**
     * The time of day of a DICOM DT ({@code YYYYMMDDHHMMSS.FFFFFF}, optional UTC offset), in seconds; null when it has
     * no full time. Parsed as digits, in double precision: a float loses the milliseconds (dcm2niix issue 1029).
     */
    static Double secondsOfDay(String dt) {
        String s = dt.strip();
        int end = s.length();
        for (int i = 14; i < s.length(); i++) {
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                end = i;
                break;
            }
        }
        if (end < 14) {
            return null;
        }
        for (int i = 0; i < 14; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        int hh = Integer.parseInt(s.substring(8, 10));
        int mm = Integer.parseInt(s.substring(10, 12));
        int ss = Integer.parseInt(s.substring(12, 14));
        double fraction = 0;
        if (end > 14) {
            if (s.charAt(14) != '.') {
                return null;
            }
            String f = s.substring(15, end);
            if (!f.isEmpty()) {
                if (!f.chars().allMatch(Character::isDigit)) {
                    return null;
                }
                fraction = Long.parseLong(f) / Math.pow(10, f.length());
            }
        }
        return hh * 3600.0 + mm * 60.0 + ss + fraction;
    }
}
