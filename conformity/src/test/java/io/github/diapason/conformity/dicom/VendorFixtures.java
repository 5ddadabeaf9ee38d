package io.github.diapason.conformity.dicom;

import io.github.diapason.conformity.dicom.DicomTestWriter.Ds;
import io.github.diapason.conformity.dicom.DicomTestWriter.Syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test-scope DICOM files shaped like each vendor's MR output, with the values where vendors.md
 * section 4 says each vendor puts them: Siemens classic (CSA image and series headers with ASCCONV),
 * Siemens mosaic diffusion, Siemens XA enhanced multi-frame, GE classic with GEMS privates, Philips
 * classic and enhanced. Each carries a patient name and an institution, so that presence of
 * identifying attributes can be checked. {@code pixelBytes} adds pixel data of that size.
 */
public final class VendorFixtures {

    public static final String STUDY = "1.2.826.0.1.3680043.10.1.1";
    public static final String PATIENT_NAME = "Doe^Jane";

    private VendorFixtures() {
    }

    private static Ds common(String series, int seriesNumber, String description, String manufacturer, String model,
                             String software, int instance, double z) {
        return Ds.of()
                .text(0x00080005, Vr.CS, "ISO_IR 100")
                .text(0x00080008, Vr.CS, "ORIGINAL\\PRIMARY\\M\\ND")
                .text(0x00080016, Vr.UI, "1.2.840.10008.5.1.4.1.1.4")
                .text(0x00080018, Vr.UI, series + "." + instance)
                .text(0x00080060, Vr.CS, "MR")
                .text(0x00080070, Vr.LO, manufacturer)
                .text(0x00080080, Vr.LO, "Hopital Example")
                .text(0x0008103E, Vr.LO, description)
                .text(0x00081090, Vr.LO, model)
                .text(0x00100010, Vr.PN, PATIENT_NAME)
                .text(0x00100020, Vr.LO, "SUBJ-001")
                .text(0x00180087, Vr.DS, "3")
                .text(0x00181000, Vr.LO, "12345")
                .text(0x00181020, Vr.LO, software)
                .text(0x0020000D, Vr.UI, STUDY)
                .text(0x0020000E, Vr.UI, series)
                .text(0x00200011, Vr.IS, Integer.toString(seriesNumber))
                .text(0x00200013, Vr.IS, Integer.toString(instance))
                .text(0x00200032, Vr.DS, "-100\\-120\\" + z);
    }

    /** Adds the image pixel module and {@code pixelBytes} of 16-bit pixels (square frames), then writes the file with its elements sorted. */
    private static byte[] finish(Ds ds, int pixelBytes, int frames) {
        if (pixelBytes > 0) {
            int side = (int) Math.sqrt(pixelBytes / 2.0 / frames);
            ds.text(0x00200037, Vr.DS, "1\\0\\0\\0\\1\\0")
                    .us(0x00280002, 1).text(0x00280004, Vr.CS, "MONOCHROME2").us(0x00280010, side).us(0x00280011, side)
                    .us(0x00280100, 16).us(0x00280101, 12).us(0x00280102, 11).us(0x00280103, 0)
                    .raw(Tags.PIXEL_DATA, Vr.OW, new byte[side * side * 2 * frames]);
        }
        return DicomTestWriter.part10(Syntax.EXPLICIT_LE, ds.sorted());
    }


    private static String ascconv(String... lines) {
        return "<XProtocol> ...\n### ASCCONV BEGIN object=MrProtDataImpl@MrProtocolData version=41340006 ###\n"
                + String.join("\n", lines) + "\n### ASCCONV END ###\n";
    }

    /** Siemens VE11 MPRAGE, one file per slice: TR 2300, TE 2.98, TI 900, flip 9, GRAPPA 2 ("p2"), A >> P. */
    public static byte[] siemensClassic(String series, int instance, double z, int pixelBytes) {
        return siemensClassic(series, instance, z, pixelBytes, Map.of());
    }

    /**
     * The same with {@code overrides}: attribute → text value (VR from the dictionary; "" writes an
     * empty value), e.g. another RepetitionTime, PatientName or StudyInstanceUID.
     */
    public static byte[] siemensClassic(String series, int instance, double z, int pixelBytes, Map<String, String> overrides) {
        Ds ds = common(series, 2, "t1_mprage_sag", "SIEMENS", "Prisma", "syngo MR E11", instance, z)
                .text(0x00180020, Vr.CS, "GR\\IR").text(0x00180021, Vr.CS, "SK\\SP\\MP").text(0x00180023, Vr.CS, "3D")
                .text(0x00180024, Vr.SH, "*tfl3d1_16ns")
                .text(0x00180050, Vr.DS, "1").text(0x00180080, Vr.DS, "2300").text(0x00180081, Vr.DS, "2.98")
                .text(0x00180082, Vr.DS, "900").text(0x00180083, Vr.DS, "1").text(0x00180091, Vr.IS, "1")
                .text(0x00180095, Vr.DS, "240").text(0x00181030, Vr.LO, "t1_mprage_sag")
                .text(0x00181250, Vr.SH, "HeadNeck_64").us(0x00181310, 0, 256, 240, 0)
                .text(0x00181312, Vr.CS, "COL").text(0x00181314, Vr.DS, "9")
                .text(0x00280030, Vr.DS, "1\\1")
                .text(0x00290010, Vr.LO, SiemensCsa.CREATOR)
                .raw(0x00291010, Vr.OB, DicomTestWriter.csa2(DicomTestWriter.tags(
                        "PhaseEncodingDirectionPositive", new String[] {"1"},
                        "B_value", new String[] {})))
                .raw(0x00291020, Vr.OB, DicomTestWriter.csa2(DicomTestWriter.tags(
                        "MrPhoenixProtocol", new String[] {ascconv("tProtocolName\t = \t\"\"t1_mprage_sag\"\"",
                                "sPat.lAccelFactPE\t = \t2", "sKSpace.ucPhasePartialFourier\t = \t0x10")})))
                .text(0x00510010, Vr.LO, "SIEMENS MR HEADER")
                .text(0x00511011, Vr.LO, "p2");
        return finish(override(ds, overrides), pixelBytes, 1);
    }

    private static Ds override(Ds ds, Map<String, String> overrides) {
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(overrides).entrySet()) {
            int tag = DicomDictionary.standard().tag(e.getKey()).orElseThrow(() -> new IllegalArgumentException(e.getKey()));
            ds.text(tag, DicomDictionary.standard().vr(tag).orElse(Vr.LO), e.getValue());
        }
        return ds;
    }

    /** Siemens VE11 diffusion mosaic (one file per volume, 60 images each): b and direction in the CSA header, P >> A. */
    public static byte[] siemensMosaic(String series, int instance, double b, double[] direction, int pixelBytes) {
        return siemensMosaic(series, instance, b, direction, pixelBytes, Map.of());
    }

    public static byte[] siemensMosaic(String series, int instance, double b, double[] direction, int pixelBytes,
                                       Map<String, String> overrides) {
        List<Object> csa = new ArrayList<>(List.of(
                "NumberOfImagesInMosaic", new String[] {"60"},
                "PhaseEncodingDirectionPositive", new String[] {"0"},
                "B_value", new String[] {Long.toString(Math.round(b))}));
        if (direction != null) {
            csa.add("DiffusionGradientDirection");
            csa.add(new String[] {Double.toString(direction[0]), Double.toString(direction[1]), Double.toString(direction[2])});
        }
        Ds ds = common(series, 5, "ep2d_diff_mb3", "SIEMENS", "Prisma", "syngo MR E11", instance, -60)
                .text(0x00080008, Vr.CS, "ORIGINAL\\PRIMARY\\DIFFUSION\\NONE\\ND\\MOSAIC")
                .text(0x00180020, Vr.CS, "EP").text(0x00180023, Vr.CS, "2D").text(0x00180050, Vr.DS, "2")
                .text(0x00180080, Vr.DS, "3600").text(0x00180081, Vr.DS, "92").text(0x00180095, Vr.DS, "1780")
                .text(0x00181030, Vr.LO, "ep2d_diff_mb3").text(0x00181312, Vr.CS, "COL").text(0x00181314, Vr.DS, "90")
                .text(0x00280030, Vr.DS, "2\\2")
                .text(0x00290010, Vr.LO, SiemensCsa.CREATOR)
                .raw(0x00291010, Vr.OB, DicomTestWriter.csa2(DicomTestWriter.tags(csa.toArray())))
                .raw(0x00291020, Vr.OB, DicomTestWriter.csa2(DicomTestWriter.tags(
                        "MrPhoenixProtocol", new String[] {ascconv("sPat.lAccelFactPE\t = \t2",
                                "sSliceAcceleration.lMultiBandFactor\t = \t3", "sKSpace.ucPhasePartialFourier\t = \t4")})))
                .text(0x00510010, Vr.LO, "SIEMENS MR HEADER")
                .text(0x00511011, Vr.LO, "p2");
        return finish(override(ds, overrides), pixelBytes, 1);
    }

    /**
     * Siemens XA enhanced MR, one file of {@code slices} × 2 echoes frames: TR 2000, TE 15 and 30 per frame,
     * GRAPPA 2 and SMS 4 in MR Modifier, polarity 0 in (0021,111C) of creator SIEMENS MR SDI 02 inside a private
     * shared sequence (R >> L → "i-"), beside SIEMENS MR SDS 01's unrelated three-valued DS (0021,101C), as XA writes them.
     */
    public static byte[] siemensXaEnhanced(String series, int slices, int pixelBytes) {
        return siemensXaEnhanced(series, slices, pixelBytes, true);
    }

    /** As {@link #siemensXaEnhanced(String, int, int)}; without {@code polarity} the SDI 02 block is left out. */
    public static byte[] siemensXaEnhanced(String series, int slices, int pixelBytes, boolean polarity) {
        List<Ds> frames = new ArrayList<>();
        for (int echo = 0; echo < 2; echo++) {
            for (int s = 0; s < slices; s++) {
                frames.add(Ds.of()
                        .sq(FunctionalGroups.MR_ECHO, Ds.of().fd(FunctionalGroups.EFFECTIVE_ECHO_TIME, echo == 0 ? 15 : 30))
                        .sq(0x00209113, Ds.of().text(0x00200032, Vr.DS, "-100\\-120\\" + (s * 3.0))));
            }
        }
        Ds shared = Ds.of()
                .sq(FunctionalGroups.MR_TIMING_AND_RELATED_PARAMETERS, Ds.of().text(FunctionalGroups.REPETITION_TIME, Vr.DS, "2000")
                        .text(FunctionalGroups.FLIP_ANGLE, Vr.DS, "70").text(FunctionalGroups.ECHO_TRAIN_LENGTH, Vr.IS, "1"))
                .sq(FunctionalGroups.MR_FOV_GEOMETRY, Ds.of().text(0x00181312, Vr.CS, "ROW"))
                .sq(FunctionalGroups.MR_MODIFIER, Ds.of().fd(0x00189069, 2).fd(0x00189155, 4))
                .sq(FunctionalGroups.MR_IMAGING_MODIFIER, Ds.of().text(FunctionalGroups.PIXEL_BANDWIDTH, Vr.DS, "2300"))
                .sq(FunctionalGroups.MR_RECEIVE_COIL, Ds.of().text(0x00181250, Vr.SH, "HeadNeck_20_TCS"))
                .sq(FunctionalGroups.PIXEL_MEASURES, Ds.of().text(FunctionalGroups.PIXEL_SPACING, Vr.DS, "2.5\\2.5")
                        .text(FunctionalGroups.SLICE_THICKNESS, Vr.DS, "2.5"))
                .text(0x00210010, Vr.LO, "SIEMENS MR SDS 01")
                .sq(0x002110FE, xaPrivate(polarity));
        Ds ds = common(series, 7, "bold_me_sms4", "Siemens Healthineers", "MAGNETOM Prisma", "syngo MR XA30", 1, 0)
                .text(0x00080008, Vr.CS, "ORIGINAL\\PRIMARY\\M\\NONE")
                .text(0x00080016, Vr.UI, "1.2.840.10008.5.1.4.1.1.4.1")
                .text(0x00180023, Vr.CS, "2D").text(0x00181030, Vr.LO, "bold_me_sms4").text(0x00189005, Vr.SH, "epfid2d1_64")
                .text(0x00280008, Vr.IS, Integer.toString(frames.size()))
                .sq(FunctionalGroups.SHARED, shared)
                .sq(FunctionalGroups.PER_FRAME, frames.toArray(Ds[]::new));
        return finish(ds, pixelBytes, frames.size());
    }

    private static Ds xaPrivate(boolean polarity) {
        Ds item = Ds.of().text(0x00210010, Vr.LO, "SIEMENS MR SDS 01");
        if (polarity) {
            item = item.text(0x00210011, Vr.LO, "SIEMENS MR SDI 02");
        }
        item = item.text(0x00211019, Vr.OB, ascconv("sSliceAcceleration.lMultiBandFactor\t = \t4"))
                .text(0x0021101C, Vr.DS, "1\\0\\0");
        return polarity ? item.text(0x0021111C, Vr.IS, "0") : item;
    }

    /** GE MR750 DTI, one file per slice per volume: ASSET R = 2 stored as 0.5, HyperBand 3, b with the 1e9 offset. */
    public static byte[] geClassic(String series, int instance, double z, double b, double[] direction, int pixelBytes) {
        Ds ds = common(series, 9, "DTI 30dir", "GE MEDICAL SYSTEMS", "DISCOVERY MR750", "27\\LX\\MR Software release:DV26.0",
                instance, z)
                .text(0x00180020, Vr.CS, "EP\\SE").text(0x00180023, Vr.CS, "2D").text(0x00180050, Vr.DS, "2")
                .text(0x00180080, Vr.DS, "7800").text(0x00180081, Vr.DS, "85.1").text(0x00180091, Vr.IS, "1")
                .text(0x00180095, Vr.DS, "1953.12").text(0x00181030, Vr.LO, "DTI 30dir")
                .text(0x00181250, Vr.SH, "32Ch Head").text(0x00181312, Vr.CS, "COL").text(0x00181314, Vr.DS, "90")
                .text(0x00280030, Vr.DS, "2\\2")
                .text(0x00190010, Vr.LO, "GEMS_ACQU_01")
                .fl(0x0019105A, 468_000_000f).text(0x0019109C, Vr.LO, "epi2")
                .text(0x001910BB, Vr.DS, Double.toString(direction[0])).text(0x001910BC, Vr.DS, Double.toString(direction[1]))
                .text(0x001910BD, Vr.DS, Double.toString(direction[2]))
                .text(0x00430010, Vr.LO, "GEMS_PARM_01")
                .text(0x00431039, Vr.IS, (1_000_000_000L + Math.round(b)) + "\\8\\0\\0")
                .text(0x00431083, Vr.DS, "0.5\\1")
                .text(0x004310B6, Vr.LO, "3\\0\\0\\0");
        return finish(ds, pixelBytes, 1);
    }

    /** Philips Ingenia classic DWI: b in (2001,xx03), direction in (2005,xxB0..B2); no phase-encode polarity. */
    public static byte[] philipsClassic(String series, int instance, double z, double b, double[] direction, int pixelBytes) {
        Ds ds = common(series, 11, "DTI_32", "Philips Medical Systems", "Ingenia", "5.4.1\\5.4.1.0", instance, z)
                .text(0x00180020, Vr.CS, "SE").text(0x00180023, Vr.CS, "2D").text(0x00180050, Vr.DS, "2")
                .text(0x00180080, Vr.DS, "4800").text(0x00180081, Vr.DS, "80").text(0x00180091, Vr.IS, "55")
                .text(0x00180095, Vr.DS, "2500").text(0x00181030, Vr.LO, "DTI_32").text(0x00181312, Vr.CS, "COL")
                .text(0x00181314, Vr.DS, "90").text(0x00280030, Vr.DS, "2\\2")
                .text(0x20010010, Vr.LO, "Philips Imaging DD 001")
                .fl(0x20011003, (float) b)
                .text(0x20050010, Vr.LO, "Philips MR Imaging DD 001")
                .fl(0x200510B0, (float) direction[0]).fl(0x200510B1, (float) direction[1]).fl(0x200510B2, (float) direction[2]);
        return finish(ds, pixelBytes, 1);
    }

    /** Philips enhanced MR (one multi-frame file): b-values and directions in the per-frame MR Diffusion macro. */
    public static byte[] philipsEnhanced(String series, int slices, double[] bValues, double[][] directions, int pixelBytes) {
        List<Ds> frames = new ArrayList<>();
        for (int v = 0; v < bValues.length; v++) {
            for (int s = 0; s < slices; s++) {
                Ds diffusion = Ds.of().fd(FunctionalGroups.DIFFUSION_B_VALUE, bValues[v]);
                if (directions[v] != null) {
                    diffusion.sq(FunctionalGroups.DIFFUSION_GRADIENT_DIRECTION_SEQUENCE,
                            Ds.of().fd(FunctionalGroups.DIFFUSION_GRADIENT_ORIENTATION, directions[v]));
                }
                frames.add(Ds.of().sq(FunctionalGroups.MR_DIFFUSION, diffusion)
                        .sq(0x00209113, Ds.of().text(0x00200032, Vr.DS, "-100\\-120\\" + (s * 2.0))));
            }
        }
        Ds shared = Ds.of()
                .sq(FunctionalGroups.MR_TIMING_AND_RELATED_PARAMETERS, Ds.of().text(FunctionalGroups.REPETITION_TIME, Vr.DS, "4800")
                        .text(FunctionalGroups.FLIP_ANGLE, Vr.DS, "90").text(FunctionalGroups.ECHO_TRAIN_LENGTH, Vr.IS, "55"))
                .sq(FunctionalGroups.MR_ECHO, Ds.of().fd(FunctionalGroups.EFFECTIVE_ECHO_TIME, 80))
                .sq(FunctionalGroups.MR_FOV_GEOMETRY, Ds.of().text(0x00181312, Vr.CS, "COL"))
                .sq(FunctionalGroups.MR_MODIFIER, Ds.of().fd(0x00189069, 2.5))
                .sq(FunctionalGroups.PIXEL_MEASURES, Ds.of().text(FunctionalGroups.PIXEL_SPACING, Vr.DS, "2\\2")
                        .text(FunctionalGroups.SLICE_THICKNESS, Vr.DS, "2"));
        Ds ds = common(series, 12, "DTI_32_enh", "Philips", "Achieva dStream", "5.6.1\\5.6.1.0", 1, 0)
                .text(0x00080016, Vr.UI, "1.2.840.10008.5.1.4.1.1.4.1")
                .text(0x00180023, Vr.CS, "2D").text(0x00181030, Vr.LO, "DTI_32_enh")
                .text(0x00280008, Vr.IS, Integer.toString(frames.size()))
                .sq(FunctionalGroups.SHARED, shared)
                .sq(FunctionalGroups.PER_FRAME, frames.toArray(Ds[]::new));
        return finish(ds, pixelBytes, frames.size());
    }

    /** Not DICOM: what a folder received from a site may also hold. */
    public static byte[] notDicom() {
        return "scan notes: participant moved during run 2\n".getBytes(StandardCharsets.US_ASCII);
    }
}
