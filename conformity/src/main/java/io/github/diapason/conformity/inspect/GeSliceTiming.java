package io.github.diapason.conformity.inspect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code SliceTiming} of GE 2D EPI series (classic, one file per slice), in the two ways dcm2niix v1.0.20220720
 * writes it, checked against its sidecars of the 27 GE fMRI series of the dicom-qa corpus:
 * <ol>
 *   <li><b>Trigger Time</b> (0018,1060) when it differs between the slices of a volume: GE's product "epi" with the
 *   multi-phase option records each slice's time there ({@code GE/README.md} of dcm2niix, "Slice Timing"). The time
 *   of a location is its earliest (the first volume's), less the earliest of all.</li>
 *   <li>Otherwise the <b>protocol data block</b> model (dcm2niix {@code sliceTimeGE}; {@code slicetime.cpp} of
 *   neurolabusc/dcm_qa_ge): from the slice order {@code SLICEORDER} (0 sequential, 1 interleaved), the multiband
 *   factor (0043,xx B6), the number of locations, the prescribed TR (0018,0080) (what dcm2niix computes as its
 *   effective TR less the group delay) and the software release (releases before 27.0 R03 add an excitation when
 *   locations / multiband is even; from 27.0 R03 on, interleaved multiband swaps the last excitation with the one
 *   two before). Only for EPI that is not diffusion (dcm2niix: "this slice timing approach does not support GE's
 *   diffusion weighted imaging sequences"), with more than one volume, and not for multiband before release 26.</li>
 * </ol>
 * The RTIA timer (0021,105E) is not used: its first volume is wrong (dcm2niix's README says so) and dcm2niix's
 * sidecars of the corpus give the model's values, not the timer's (0.555556, not 0.5555).
 * <p>
 * Times are listed in the order of the NIfTI slices dcm2niix writes: locations ascending along the slice normal
 * (row × column direction of (0020,0037)). The model counts from the location of the series' first instance,
 * where GE starts the acquisition ("descending" series start at the top): when that location is the last along
 * the normal the list is reversed; when it is neither end nothing is written. Checked on axial series only.
 */
final class GeSliceTiming {

    /** GE's release in (0018,1020), e.g. {@code MR Software release:DV28.0_R02_1947.a}, {@code MR29.1_EA_2039.g}. */
    private static final Pattern RELEASE = Pattern.compile("[A-Z]{2}(\\d+)\\.(\\d+)_(?:R(\\d+)|EA)");

    private GeSliceTiming() {
    }

    /**
     * Adds {@code SliceTiming} to {@code out} when the series is GE 2D EPI and one of the two ways gives it.
     *
     * @param locations     the distinct image positions (0020,0032) of the series
     * @param triggerTimes  per location (same keys as {@code locations}), its earliest Trigger Time in seconds
     * @param firstLocation the position of the series' first instance (the representative file)
     */
    static void derive(Map<String, Object> rep, Map<String, Object> out, Collection<List<Double>> locations,
                       Map<List<Double>, Double> triggerTimes, List<Double> firstLocation) {
        if (out.containsKey("SliceTiming") || !isGe(rep) || !isEpi(rep)
                || !(out.get("NumberOfVolumes") instanceof Number volumes) || volumes.longValue() < 2
                || !(rep.get("RepetitionTime") instanceof Double tr) || tr <= 0) {
            return;
        }
        List<List<Double>> ordered = SliceTimes.ordered(rep, locations);
        if (ordered == null) {
            return;
        }
        List<Double> times = SliceTimes.relative(ordered, triggerTimes::get, tr);
        if (times == null) {
            times = fromProtocol(rep, ordered, firstLocation, SliceTimes.normal(rep.get("_ImageOrientationPatient")), tr);
        }
        if (times != null) {
            out.put("SliceTiming", Json.numbers(times));
        }
    }

    private static List<Double> fromProtocol(Map<String, Object> rep, List<List<Double>> ordered, List<Double> firstLocation,
                                             double[] normal, double tr) {
        if (!(rep.get("_GeSliceOrder") instanceof Double order) || (order != 0.0 && order != 1.0) || firstLocation == null
                || rep.get("_GeImagingOptions") instanceof String options && options.toUpperCase(Locale.ROOT).contains("DIFF")) {
            return null;
        }
        int multiband = rep.get("MultibandAccelerationFactor") instanceof Double mb && mb >= 1 ? mb.intValue() : 1;
        Boolean from27r3 = null;
        if (multiband > 1) {
            double[] release = release(rep.get("SoftwareVersions"));
            if (release == null || release[0] < 26) {
                return null; // dcm2niix: "Unable to determine slice times for early GE HyperBand"
            }
            from27r3 = release[0] > 27 || release[0] == 27 && (release[1] > 0 || release[2] >= 3);
        }
        double first = SliceTimes.along(firstLocation, normal);
        double low = SliceTimes.along(ordered.get(0), normal);
        double high = SliceTimes.along(ordered.get(ordered.size() - 1), normal);
        boolean reversed;
        if (Math.abs(first - low) < 0.05) {
            reversed = false;
        } else if (Math.abs(first - high) < 0.05) {
            reversed = true;
        } else {
            return null;
        }
        List<Double> times = model(ordered.size(), multiband, order == 1.0, Boolean.TRUE.equals(from27r3), tr);
        if (reversed) {
            java.util.Collections.reverse(times);
        }
        return times;
    }

    /**
     * dcm2niix's model of GE 2D EPI slice times, in acquisition order of the locations: {@code slices / multiband}
     * excitations (rounded up) spread evenly over the TR, sequential or interleaved (even-numbered first), each
     * excitation exciting every location that shares its index modulo the number of excitations.
     */
    static List<Double> model(int slices, int multiband, boolean interleaved, boolean from27r3, double tr) {
        int excitations = (int) Math.ceil((double) slices / multiband);
        if (multiband > 1 && !from27r3 && excitations % 2 == 0) {
            excitations++;
        }
        double perExcitation = tr / excitations;
        double[] t = new double[excitations];
        int odd = (excitations - 1) / 2;
        for (int i = 0; i < excitations; i++) {
            t[i] = (interleaved ? (i % 2 == 0 ? i / 2 : odd + (i + 1) / 2) : i) * perExcitation;
        }
        if (interleaved && multiband > 1 && from27r3 && excitations > 2 && excitations % 2 == 0) {
            double last = t[excitations - 1];
            t[excitations - 1] = t[excitations - 3];
            t[excitations - 3] = last;
        }
        List<Double> out = new ArrayList<>(slices);
        for (int i = 0; i < slices; i++) {
            out.add(t[i % excitations]);
        }
        return out;
    }

    /** Major, minor and release number of a GE software version ("EA" is release 0); null when not found. */
    static double[] release(Object softwareVersions) {
        if (!(softwareVersions instanceof String s)) {
            return null;
        }
        Matcher m = RELEASE.matcher(s);
        double[] found = null;
        while (m.find()) {
            found = new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                m.group(3) == null ? 0 : Double.parseDouble(m.group(3))};
        }
        return found;
    }

    private static boolean isGe(Map<String, Object> rep) {
        return rep.get("Manufacturer") instanceof String m && (m.toUpperCase(Locale.ROOT).startsWith("GE ") || m.equalsIgnoreCase("GE"));
    }

    private static boolean isEpi(Map<String, Object> rep) {
        return rep.get("ScanningSequence") instanceof List<?> seq && seq.contains("EP");
    }
}
