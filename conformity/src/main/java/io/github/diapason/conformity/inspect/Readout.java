package io.github.diapason.conformity.inspect;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values computed from several header values of a series' representative file, with the BIDS
 * definitions and dcm2niix's documented conventions ({@code console/nii_dicom_batch.cpp},
 * {@code nii_SaveBIDSX}):
 * <ul>
 *   <li>{@code ReconMatrixPE}: the reconstructed image size along the phase-encoding axis (rows when
 *   (0018,1312) is COL, columns when ROW; one tile of a Siemens mosaic);</li>
 *   <li>{@code EffectiveEchoSpacing} (BIDS: the sampling interval between lines in the phase-encoding
 *   direction of the <em>reconstructed</em> image): Siemens 1 / (BandwidthPerPixelPhaseEncode ×
 *   ReconMatrixPE), which accounts for acceleration, oversampling, phase resolution and interpolation;
 *   GE from the echo spacing (0043,xx2C) over the lines actually acquired, see {@link #ge};</li>
 *   <li>{@code TotalReadoutTime} = EffectiveEchoSpacing × (ReconMatrixPE − 1) (BIDS, FSL's definition);</li>
 *   <li>{@code AcquisitionVoxelSizeFrequency} / {@code AcquisitionVoxelSizePE}: the reconstructed field of
 *   view over the acquisition matrix (0018,1310), i.e. the acquired, not the interpolated, voxel;</li>
 *   <li>{@code SliceTiming} of a Siemens mosaic (CSA MosaicRefAcqTimes, in seconds);</li>
 *   <li>{@code RepetitionTimeEffective}: GE's TR plus its group delay (what dcm2niix writes as TR).</li>
 * </ul>
 * Nothing is written when a value it needs is missing: a value the header does not give is not guessed.
 */
final class Readout {

    private Readout() {
    }

    static void derive(Map<String, Object> rep, Map<String, Object> out) {
        String axis = axis(rep);
        int[] image = imageSize(rep);
        if (axis == null || image == null) {
            timing(rep, out);
            return;
        }
        boolean col = axis.equals("COL");
        int reconPe = col ? image[0] : image[1];
        int reconFreq = col ? image[1] : image[0];
        out.put("ReconMatrixPE", (long) reconPe);
        voxel(rep, out, col, reconPe, reconFreq);
        double ees = 0;
        double trt = 0;
        if (rep.get("BandwidthPerPixelPhaseEncode") instanceof Double bw && bw > 0 && reconPe > 1) {
            ees = 1.0 / (bw * reconPe);
            trt = ees * (reconPe - 1);
        } else if (rep.get("_EffectiveEchoSpacingGE") instanceof Double esp && esp > 0 && reconPe > 1
                && out.get("AcquisitionMatrixPE") instanceof Number lines) {
            trt = ge(esp, lines.doubleValue(), acceleration(rep), partialFourier(rep));
            ees = trt / (reconPe - 1);
        }
        if (ees > 0) {
            out.put("EffectiveEchoSpacing", Json.number(ees));
            out.put("TotalReadoutTime", Json.number(trt));
        }
        timing(rep, out);
    }

    /**
     * GE total readout time (dcm2niix's GE convention): the lines acquired, {@code lines / R} rounded up
     * to a multiple of 2 (of 4 with partial Fourier), minus one, times the echo spacing (0043,xx2C).
     */
    static double ge(double echoSpacing, double lines, double acceleration, boolean partialFourier) {
        double round = partialFourier ? 4 : 2;
        return (Math.ceil(lines / acceleration / round) * round - 1) * echoSpacing;
    }

    private static void timing(Map<String, Object> rep, Map<String, Object> out) {
        if (rep.get("_MosaicRefAcqTimes") instanceof List<?> times && !times.isEmpty() && plausible(times, rep.get("RepetitionTime"))) {
            out.put("SliceTiming", Json.value(times));
        }
        if (rep.get("_GroupDelay") instanceof Double delay && delay > 0 && rep.get("RepetitionTime") instanceof Double tr) {
            out.put("RepetitionTimeEffective", Json.number(tr + delay));
        }
    }

    /**
     * Slice times must lie within one TR. Some CMRR multiband mosaics (Siemens B17) store times that
     * run past the TR or wrap at midnight; dcm2niix rebuilds them from the slice order, which we do
     * not guess: no SliceTiming then.
     */
    private static boolean plausible(List<?> times, Object tr) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Object t : times) {
            double d = ((Number) t).doubleValue();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return min >= 0 && tr instanceof Double r && max - min < r;
    }

    private static void voxel(Map<String, Object> rep, Map<String, Object> out, boolean col, int reconPe, int reconFreq) {
        if (!(rep.get("PixelSpacing") instanceof List<?> ps) || ps.size() != 2) {
            return;
        }
        double betweenRows = ((Number) ps.get(0)).doubleValue();
        double betweenColumns = ((Number) ps.get(1)).doubleValue();
        double fovPe = (col ? betweenRows : betweenColumns) * reconPe;
        double fovFreq = (col ? betweenColumns : betweenRows) * reconFreq;
        if (out.get("AcquisitionMatrixPE") instanceof Number pe && pe.doubleValue() > 0) {
            out.put("AcquisitionVoxelSizePE", Json.number(round(fovPe / pe.doubleValue())));
        }
        if (out.get("AcquisitionMatrixFrequency") instanceof Number f && f.doubleValue() > 0) {
            out.put("AcquisitionVoxelSizeFrequency", Json.number(round(fovFreq / f.doubleValue())));
        }
    }

    private static double round(double mm) {
        return Math.round(mm * 1e4) / 1e4;
    }

    private static String axis(Map<String, Object> rep) {
        if (rep.get("_InPlanePhaseEncodingDirection") instanceof String s) {
            String a = s.strip().toUpperCase(Locale.ROOT);
            return a.equals("COL") || a.equals("COLUMN") ? "COL" : a.equals("ROW") ? "ROW" : null;
        }
        return null;
    }

    /** Rows and columns of one image: the whole frame, or one tile of a Siemens mosaic. */
    private static int[] imageSize(Map<String, Object> rep) {
        if (!(rep.get("_Rows") instanceof Double rows) || !(rep.get("_Columns") instanceof Double cols) || rows < 1 || cols < 1) {
            return null;
        }
        int tiles = 1;
        if (rep.get("_NumberOfImagesInMosaic") instanceof Double n && n > 1) {
            tiles = (int) Math.ceil(Math.sqrt(n));
        }
        return new int[] {rows.intValue() / tiles, cols.intValue() / tiles};
    }

    private static double acceleration(Map<String, Object> rep) {
        return rep.get("ParallelReductionFactorInPlane") instanceof Double r && r > 1 ? r : 1;
    }

    /** GE marks partial Fourier in ScanOptions (0018,0022): PFF (frequency) or PFP (phase). */
    private static boolean partialFourier(Map<String, Object> rep) {
        return rep.get("ScanOptions") instanceof List<?> options
                && options.stream().anyMatch(o -> o.equals("PFF") || o.equals("PFP"));
    }
}
