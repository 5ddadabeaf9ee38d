package io.github.diapason.vendor.siemens;

import io.github.diapason.model.Orientation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import io.github.diapason.vendor.Console;
import io.github.diapason.vendor.ConsoleAdapter;
import io.github.diapason.vendor.ConsoleNote;
import io.github.diapason.vendor.ConsoleReading;
import io.github.diapason.vendor.ConsoleValue;
import io.github.diapason.vendor.NeutralValues;
import io.github.diapason.vendor.PatientAxes;
import io.github.diapason.vendor.Setting;
import io.github.diapason.vendor.SettingsBuilder;
import io.github.diapason.vendor.Shells;
import io.github.diapason.vendor.Techniques;
import io.github.diapason.vendor.diffusion.DirectionFile;
import io.github.diapason.vendor.diffusion.SiemensDvsFile;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Siemens syngo consoles (VE and XA lines). Conversions from vendors.md section 2: FoV phase and
 * Phase resolution in % of the read FoV and base resolution, phase lines = round(Base x Phase
 * resolution x FoV phase), Dist. factor in % of the slice thickness.
 */
public final class SiemensAdapter extends ConsoleAdapter {

    public SiemensAdapter() {
        super("/io/github/diapason/vendor/siemens/console.json");
    }

    @Override
    protected List<Setting> settings(Sequence sequence, NeutralValues n, Console c, ScannerPeriod scanner,
                                     List<ConsoleNote> notes) {
        SettingsBuilder b = new SettingsBuilder(c);
        boolean threeD = Techniques.is3D(sequence);
        Technique t = sequence.technique();
        // Routine card
        n.get(ParameterName.NumberOfSlices).ifPresent(v -> b.stepped(threeD ? "slicesPerSlab" : "slices", v));
        double thickness = n.getOr(ParameterName.SliceThickness, 1);
        if (!threeD) {
            n.get(ParameterName.SliceGap).ifPresent(gap -> b.stepped("distFactor", 100 * gap / thickness));
        }
        n.get(ParameterName.PhaseOversampling).ifPresent(v -> b.stepped("phaseOversampling", 100 * v));
        if (threeD) {
            n.get(ParameterName.SliceOversampling).ifPresent(v -> b.stepped("sliceOversampling", 100 * v));
        }
        n.code(ParameterName.PhaseEncodingDirection)
                .flatMap(code -> PatientAxes.of(sequence.orientation()).traversal(code))
                .ifPresent(tr -> b.text("phaseEncDir", c.profile().text("phaseEncoding.pattern")
                        .replace("{from}", tr.from()).replace("{to}", tr.to())));
        double fovRead = n.get(ParameterName.FieldOfViewRead).map(v -> b.stepped("fovRead", v)).orElse(Double.NaN);
        double fovPhasePercent = n.get(ParameterName.FieldOfViewPhase)
                .map(v -> b.stepped("fovPhase", 100 * v / fovRead)).orElse(100.0);
        n.get(ParameterName.SliceThickness).ifPresent(v -> b.stepped("sliceThickness", v));
        n.get(ParameterName.RepetitionTime).ifPresent(v -> b.stepped("tr", v));
        // cardiac triggering: the slices split into concatenations, each over its own triggers, and the Physio card
        // (spine-generic VE11C and XA61 DWI: Concatenations 5, 1st Signal/Mode Pulse/Trigger, Trigger pulse 1)
        triggering(sequence).ifPresent(trig -> {
            b.stepped("concatenations", trig.concatenations());
            b.text("physioSignal", c.text("physioSignal." + trig.mode()));
            b.stepped("triggerPulse", trig.beatsPerRepetition());
            triggerDelayMs(trig).ifPresent(d -> b.stepped("triggerDelay", d));
        });
        if (n.has(ParameterName.EchoTime)) {
            b.steppedEach("te", n.all(ParameterName.EchoTime));
        }
        if (sequence.diffusion() == null) {
            n.get(ParameterName.NumberOfAverages).ifPresent(v -> b.stepped("averages", v));
        } else {
            // a diffusion Routine card has no Averages: they are set per b-value on the Diff card
            // (spine-generic VE11C printout, DWI_no-ZOOMit: b-value 1 0 s/mm², 5; XA61: Averages 1 5, Averages 2 1)
            n.get(ParameterName.NumberOfAverages).ifPresent(v -> notes.add(ConsoleNote.about(ParameterName.NumberOfAverages,
                    "a Siemens diffusion protocol sets averages per b-value on the Diff card")));
        }
        // Contrast card
        n.get(ParameterName.InversionTime).ifPresent(v -> b.stepped("ti", v));
        n.get(ParameterName.FlipAngle).ifPresent(v -> b.stepped("flipAngle", v));
        n.code(ParameterName.FatSuppression).ifPresent(code -> b.text("fatSuppr", c.textOr("fatSuppression." + code, code)));
        n.code(ParameterName.FatSuppressionStrength).ifPresent(code -> b.text("fatSatMode", c.text("fatSatMode." + code)));
        n.code(ParameterName.MagnetizationTransfer).ifPresent(code -> b.text("mtc", c.text("mtc." + code)));
        // a 3D program's control only (spine-generic VE11C and XA61 printouts: on the 3D programs, never on the 2D ones)
        n.code(ParameterName.EllipticalScanning).filter(code -> threeD)
                .ifPresent(code -> b.text("ellipticalScanning", c.text("ellipticalScanning." + code)));
        // Resolution: Common
        n.get(ParameterName.AcquisitionMatrixRead).ifPresent(base -> {
            double achievedBase = b.stepped("baseResolution", base);
            n.get(ParameterName.AcquisitionMatrixPhase).ifPresent(lines -> b.stepped("phaseResolution",
                    100 * lines / (achievedBase * fovPhasePercent / 100)));
        });
        n.get(ParameterName.PartialFourier).ifPresent(pf -> b.text("phasePartialFourier",
                c.nearestNamed("phasePartialFourier", pf).name()));
        if (threeD) {
            n.get(ParameterName.PartialFourierSlice).ifPresent(pf -> b.text("slicePartialFourier",
                    c.nearestNamed("slicePartialFourier", pf).name()));
        }
        // Resolution: iPAT (XA: Acceleration)
        n.get(ParameterName.ParallelReductionFactorInPlane).ifPresent(r -> {
            // VE11 EPIs with SMS: "Accel. mode: Slice accel." (the slice factor on the same card)
            boolean sms = n.getOr(ParameterName.MultibandAccelerationFactor, 1) > 1;
            b.text("patMode", c.text(sms ? "patMode.sms" : r > 1 ? "patMode.on" : "patMode.off"));
            if (r > 1) {
                b.stepped("accelFactorPE", r);
                n.get(ParameterName.ParallelReferenceLines).ifPresent(ref -> b.stepped("refLinesPE", ref));
            }
        });
        n.get(ParameterName.ParallelReductionFactorOutOfPlane).ifPresent(r -> b.stepped("accelFactor3D", r));
        n.get(ParameterName.MultibandAccelerationFactor).ifPresent(mb -> b.stepped("accelFactorSlice", mb));
        // Sequence: Part 1
        n.get(ParameterName.PixelBandwidth).ifPresent(v -> b.stepped("bandwidth", v));
        n.get(ParameterName.EchoSpacing).ifPresent(v -> b.stepped("echoSpacing", v));
        n.get(ParameterName.EchoTrainLength).ifPresent(etl -> {
            if (t.isEpi()) {
                b.stepped("epiFactor", etl);
            } else if (Techniques.isTurboSpinEcho(t)) {
                b.stepped("turboFactor", etl);
            } else {
                notes.add(ConsoleNote.about(ParameterName.EchoTrainLength, "not a console setting of " + t.id()));
            }
        });
        // prospective motion correction by volumetric navigators (vNav), with its re-acquisition bound; XA61 prints
        // "Motion Correction None" on the spine-generic MPRAGE and SPACE; the words of the vNav choices are [U]
        navigator(sequence).ifPresent(nav -> {
            b.text("motionCorrection", c.text("motionCorrection." + nav.mode()));
            if (nav.reacquires() && nav.maxReacquiredRepetitions() != null) {
                b.stepped("reacquiredTrs", nav.maxReacquiredRepetitions());
            } else if (nav.reacquires() && nav.maxReacquiredPercent() != null) {
                b.stepped("reacquiredPercent", nav.maxReacquiredPercent());
            }
        });
        // BOLD / ASL / Diff cards
        n.get(ParameterName.NumberOfVolumes)
                .or(() -> sequence.functional() == null ? Optional.empty()
                        : Optional.of((double) sequence.functional().volumes()))
                .ifPresent(v -> b.stepped("measurements", v));
        n.get(ParameterName.LabelingDuration).ifPresent(v -> b.stepped("labelingDuration", v));
        n.get(ParameterName.PostLabelingDelay).ifPresent(v -> b.stepped("postLabelingDelay", v));
        if (sequence.diffusion() != null) {
            java.util.TreeMap<Double, Integer> shells = Shells.directionsByB(sequence.diffusion());
            boolean repeatedB0 = sequence.diffusion().b0Count() > 1;
            if (Shells.productScheme(sequence.diffusion()) && (!repeatedB0 || shells.tailMap(0.0, false).size() == 1)) {
                // MDDW: the same directions on every shell, b=0 repeated by its averages (1 x b0 averages + N x shells
                // volumes). The b=0 averages are separate volumes, not one averaged image: the spine-generic VE11C
                // Prisma sites programmed b-value 1 0 s/mm² with 5 averages and 30 directions at b 800 (printout
                // DWI_no-ZOOMit), and their BIDS data hold 35 volumes, b=0 first and in the last four
                // (spine-generic/data-multi-subject sub-cmrra01 and sub-geneva01 _dwi.bvec, dcm2niix). Repeated b=0
                // with several shells keeps the table: none of the corpora shows how MDDW orders them there
                b.text("diffMode", c.profile().text("diffusionMode.product"));
                b.stepped("diffWeightings", shells.size());
                int k = 1;
                for (double bValue : shells.keySet()) {
                    b.stepped("bValue." + k++, bValue);
                }
                if (repeatedB0) {
                    k = 1;
                    for (double bValue : shells.keySet()) {
                        b.stepped("bAverages." + k++, bValue > 0 ? 1 : shells.get(bValue));
                    }
                    notes.add(ConsoleNote.about(ParameterName.NumberOfAverages, "MDDW acquires the first b=0 image, then"
                            + " the diffusion directions, then the other " + (sequence.diffusion().b0Count() - 1)
                            + " b=0 averages, each a volume of its own"));
                }
                b.stepped("diffDirections", Shells.maxDirections(sequence.diffusion()));
            } else {
                // the study's own table (.dvs, b=0 rows included, lower shells as shorter vectors): one weighting at
                // b-max, as many directions as the table has volumes (unequal shells, explicit vectors,
                // interleaved b=0, repeated b=0 with several shells)
                b.text("diffMode", c.profile().text("diffusionMode.table"));
                b.stepped("diffWeightings", 1);
                b.stepped("bValue.1", shells.isEmpty() ? 0 : shells.lastKey());
                b.stepped("diffDirections", sequence.diffusion().volumeCount());
            }
        }
        return b.build();
    }

    @Override
    protected NeutralValues neutral(Map<String, ConsoleValue> settings, Console c, ScannerPeriod scanner,
                                    Orientation orientation) {
        ConsoleReading r = new ConsoleReading(settings);
        Map<ParameterName, List<Double>> n = new EnumMap<>(ParameterName.class);
        r.number("slices").or(() -> r.number("slicesPerSlab")).ifPresent(v -> n.put(ParameterName.NumberOfSlices, List.of(v)));
        r.number("sliceThickness").ifPresent(th -> {
            n.put(ParameterName.SliceThickness, List.of(th));
            r.number("distFactor").ifPresent(d -> n.put(ParameterName.SliceGap, List.of(th * d / 100)));
            if (r.number("slicesPerSlab").isPresent()) {
                // partitions of a 3D slab are contiguous
                n.put(ParameterName.SliceGap, List.of(0.0));
            }
        });
        r.number("fovRead").ifPresent(fovRead -> {
            // the console displays 93.75 % as 93.8 %: back to the grid it was chosen on (vendors.md section 2)
            double percent = c.step("fovPhase", r.number("fovPhase").orElse(100.0));
            double fovPhase = fovRead * percent / 100;
            n.put(ParameterName.FieldOfViewRead, List.of(fovRead));
            n.put(ParameterName.FieldOfViewPhase, List.of(fovPhase));
            r.number("baseResolution").ifPresent(base -> {
                double lines = Math.round(base * r.number("phaseResolution").orElse(100.0) / 100 * percent / 100);
                n.put(ParameterName.AcquisitionMatrixRead, List.of(base));
                n.put(ParameterName.AcquisitionMatrixPhase, List.of(lines));
                n.put(ParameterName.VoxelSizeRead, List.of(fovRead / base));
                n.put(ParameterName.VoxelSizePhase, List.of(fovPhase / lines));
            });
        });
        put(n, ParameterName.RepetitionTime, r.numbers("tr"));
        put(n, ParameterName.EchoTime, r.numbers("te"));
        put(n, ParameterName.InversionTime, r.numbers("ti"));
        put(n, ParameterName.FlipAngle, r.numbers("flipAngle"));
        put(n, ParameterName.NumberOfAverages, r.numbers("averages"));
        put(n, ParameterName.PixelBandwidth, r.numbers("bandwidth"));
        r.text("phasePartialFourier").flatMap(name -> c.byName("phasePartialFourier", name))
                .ifPresent(pf -> n.put(ParameterName.PartialFourier, List.of(pf.value())));
        r.text("slicePartialFourier").flatMap(name -> c.byName("slicePartialFourier", name))
                .ifPresent(pf -> n.put(ParameterName.PartialFourierSlice, List.of(pf.value())));
        r.number("phaseOversampling").ifPresent(v -> n.put(ParameterName.PhaseOversampling, List.of(v / 100)));
        r.number("sliceOversampling").ifPresent(v -> n.put(ParameterName.SliceOversampling, List.of(v / 100)));
        r.text("patMode").ifPresent(mode -> n.put(ParameterName.ParallelReductionFactorInPlane,
                List.of(mode.equals(c.text("patMode.off")) ? 1.0 : r.number("accelFactorPE").orElse(1.0))));
        put(n, ParameterName.EchoSpacing, r.numbers("echoSpacing"));
        put(n, ParameterName.ParallelReferenceLines, r.numbers("refLinesPE"));
        put(n, ParameterName.ParallelReductionFactorOutOfPlane, r.numbers("accelFactor3D"));
        put(n, ParameterName.MultibandAccelerationFactor, r.numbers("accelFactorSlice"));
        r.number("turboFactor").or(() -> r.number("epiFactor"))
                .ifPresent(v -> n.put(ParameterName.EchoTrainLength, List.of(v)));
        put(n, ParameterName.NumberOfVolumes, r.numbers("measurements"));
        put(n, ParameterName.LabelingDuration, r.numbers("labelingDuration"));
        put(n, ParameterName.PostLabelingDelay, r.numbers("postLabelingDelay"));
        Map<ParameterName, String> codes = new EnumMap<>(ParameterName.class);
        r.text("phaseEncDir").flatMap(text -> phaseEncodingCode(text, orientation))
                .ifPresent(code -> codes.put(ParameterName.PhaseEncodingDirection, code));
        r.text("fatSuppr").flatMap(text -> codeShownAs(c, "fatSuppression.", text))
                .ifPresent(code -> codes.put(ParameterName.FatSuppression, code));
        r.text("fatSatMode").flatMap(text -> codeShownAs(c, "fatSatMode.", text))
                .ifPresent(code -> codes.put(ParameterName.FatSuppressionStrength, code));
        r.text("mtc").flatMap(text -> codeShownAs(c, "mtc.", text))
                .ifPresent(code -> codes.put(ParameterName.MagnetizationTransfer, code));
        r.text("ellipticalScanning").flatMap(text -> codeShownAs(c, "ellipticalScanning.", text))
                .ifPresent(code -> codes.put(ParameterName.EllipticalScanning, code));
        if (r.number("slicesPerSlab").isPresent() || r.number("slices").isPresent()) {
            codes.put(ParameterName.MRAcquisitionType, r.number("slicesPerSlab").isPresent() ? "3D" : "2D");
        }
        return new NeutralValues(n, codes);
    }

    /** {@code A >> P} back to the BIDS code on this orientation's image axes. */
    static Optional<String> phaseEncodingCode(String text, Orientation orientation) {
        String[] ends = text.split(">>");
        if (ends.length != 2) {
            return Optional.empty();
        }
        String from = ends[0].trim();
        String to = ends[1].trim();
        PatientAxes axes = PatientAxes.of(orientation);
        return Stream.of(axes.i().name(), axes.j().name())
                .filter(a -> a.contains(from) && a.contains(to)).findFirst()
                .flatMap(axis -> axes.bidsCode(axis, to));
    }

    private static void put(Map<ParameterName, List<Double>> n, ParameterName name, List<Double> values) {
        if (!values.isEmpty()) {
            n.put(name, values);
        }
    }

    @Override
    public DirectionFile directionFile() {
        return new SiemensDvsFile();
    }
}
