package io.github.diapason.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed vocabulary of acquisition parameters. Names and meanings follow BIDS where BIDS
 * has the concept, DICOM otherwise (vendors.md section 1 maps each to the console labels).
 * Each knows its dimension, so "EchoTime in mm" is caught when the protocol is read.
 */
public enum ParameterName {
    RepetitionTime(Dimension.TIME, "(0018,0080)"),
    EchoTime(Dimension.TIME, "(0018,0081)"),
    InversionTime(Dimension.TIME, "(0018,0082)"),
    FlipAngle(Dimension.ANGLE, "(0018,1314)"),
    PixelBandwidth(Dimension.PIXEL_BANDWIDTH, "(0018,0095)"),
    SliceThickness(Dimension.LENGTH, "(0018,0050)"),
    /** Gap between adjacent slices (DICOM SpacingBetweenSlices = thickness + gap). */
    SliceGap(Dimension.LENGTH, "(0018,0088) minus (0018,0050)"),
    NumberOfSlices(Dimension.COUNT, "slices or 3D partitions"),
    FieldOfViewRead(Dimension.LENGTH, "(0018,1100)"),
    FieldOfViewPhase(Dimension.LENGTH, "(0018,1100) x (0018,0094)"),
    AcquisitionMatrixRead(Dimension.COUNT, "(0018,1310)"),
    AcquisitionMatrixPhase(Dimension.COUNT, "(0018,1310)"),
    VoxelSizeRead(Dimension.LENGTH, "(0028,0030)"),
    VoxelSizePhase(Dimension.LENGTH, "(0028,0030)"),
    NumberOfAverages(Dimension.COUNT, "(0018,0083)"),
    EchoTrainLength(Dimension.COUNT, "(0018,0091)"),
    ParallelReductionFactorInPlane(Dimension.COUNT, "(0018,9069)"),
    ParallelReductionFactorOutOfPlane(Dimension.COUNT, "(0018,9155)"),
    ParallelReferenceLines(Dimension.COUNT, "Siemens Ref. lines PE"),
    MultibandAccelerationFactor(Dimension.COUNT, "BIDS MultibandAccelerationFactor"),
    PartialFourier(Dimension.RATIO, "(0018,9081)"),
    /** Extra phase-encoding lines against wrap, as a fraction of the phase FOV (Siemens "Phase oversampling 80 %"). */
    PhaseOversampling(Dimension.RATIO, "Siemens Phase oversampling"),
    /**
     * Extra partitions of a 3D slab, as a fraction of the slices (Siemens "Slice oversampling 12.5 %"; Philips
     * "Slice oversampling user defined", "oversample factor 1.15" for 15 %).
     */
    SliceOversampling(Dimension.RATIO, "Siemens Slice oversampling"),
    /** Partial Fourier along the partitions of a 3D slab (Siemens "Slice partial Fourier 6/8"). */
    PartialFourierSlice(Dimension.RATIO, "(0018,9082)"),
    NumberOfVolumes(Dimension.COUNT, "BIDS dynamics / measurements"),
    LabelingDuration(Dimension.TIME, "BIDS LabelingDuration"),
    PostLabelingDelay(Dimension.TIME, "BIDS PostLabelingDelay"),
    MRAcquisitionType(Dimension.CODE, "(0018,0023) 2D or 3D"),
    PhaseEncodingDirection(Dimension.CODE, "BIDS i, j, k with optional -"),
    FatSuppression(Dimension.CODE, "(0018,0022) FS/WE"),
    SliceOrder(Dimension.CODE, "interleaved, ascending, descending"),
    /** The off-resonance magnetization-transfer pulse (Siemens MTC, GE MT imaging option, Philips MTC): on or off. */
    MagnetizationTransfer(Dimension.CODE, "(0018,9020) MagnetizationTransfer ON/OFF"),
    /**
     * Time between two echoes of the EPI readout as the console sets it (Siemens "Echo spacing"); BIDS
     * EffectiveEchoSpacing is this divided by the in-plane acceleration.
     */
    EchoSpacing(Dimension.TIME, "Siemens Echo spacing; BIDS EffectiveEchoSpacing x in-plane acceleration"),
    /** How strongly a fat-saturation or SPAIR/SPIR pulse suppresses fat (Siemens Fat sat. mode, Philips SPIR strength). */
    FatSuppressionStrength(Dimension.CODE, "Siemens Fat sat. mode, Philips SPIR strength: weak or strong"),
    /**
     * Elliptical sampling of a 3D scan's phase x partition plane: the corners outside the inscribed ellipse are not
     * acquired (Siemens "Elliptical scanning", Philips "Elliptical k-space shutter", whose ExamCard enumeration
     * EX_ACQ_kspace_shutter is NO or DEFAULT). On or off; no DICOM attribute records it.
     */
    EllipticalScanning(Dimension.CODE, "Siemens Elliptical scanning (sKSpace.ucEnableEllipticalScanning), Philips Elliptical k-space shutter: on or off");

    private final Dimension dimension;
    private final String dicom;

    ParameterName(Dimension dimension, String dicom) {
        this.dimension = dimension;
        this.dicom = dicom;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Where the value lives in DICOM, for people reading diagnostics and manuals. */
    public String dicom() {
        return dicom;
    }

    public boolean isCoded() {
        return dimension == Dimension.CODE;
    }

    /**
     * Counts a console may set to a fraction: Philips SENSE reductions (P reduction 2.6, S reduction 1.5, spine-generic
     * R5.3 ExamCard) and Siemens averages (Averages 1.4 on the spine-generic VE11C and XA61 SPACE). Whether a given
     * console accepts the fraction is the adapter's step (Siemens iPAT, GE ARC and ASSET factors are whole numbers).
     */
    public boolean allowsFraction() {
        return this == ParallelReductionFactorInPlane || this == ParallelReductionFactorOutOfPlane
                || this == NumberOfAverages;
    }

    public static Optional<ParameterName> byName(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** Allowed codes of a coded parameter; empty for numeric ones. */
    public List<String> codes() {
        return switch (this) {
            case MRAcquisitionType -> List.of("2D", "3D");
            case PhaseEncodingDirection -> List.of("i", "i-", "j", "j-", "k", "k-");
            case FatSuppression -> List.of("none", "fat-saturation", "water-excitation", "STIR", "SPAIR");
            case SliceOrder -> List.of("interleaved", "ascending", "descending");
            case MagnetizationTransfer -> List.of("on", "off");
            case FatSuppressionStrength -> List.of("weak", "strong");
            case EllipticalScanning -> List.of("on", "off");
            default -> List.of();
        };
    }
}
