package io.github.diapason.vendor;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Exam;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translates an exam already resolved for one site (overrides applied) into that site's
 * parameter set: feasibility per sequence, translation of the runnable ones, exam time against
 * the exam's maximum.
 */
public final class SiteTranslator {
    private final VendorAdapters adapters;

    public SiteTranslator(VendorAdapters adapters) {
        this.adapters = adapters;
    }

    /** @param siteFile the site's file, for diagnostic locations ("" when unknown) */
    public Validated<SiteParameterSet> translate(Exam exam, Site site, ScannerPeriod scanner, String siteFile) {
        SourceLocation siteLocation = new SourceLocation(siteFile, 0, 0, "/scanners");
        Validated<VendorAdapter> found = adapters.find(scanner.vendor(), siteLocation);
        if (found.value().isEmpty()) {
            return Validated.failed(found.diagnostics());
        }
        VendorAdapter adapter = found.value().get();
        Integer minimumChannels = exam.equipment() == null || exam.equipment().coil() == null ? null
                : exam.equipment().coil().minimumChannels();
        List<VendorSequence> sequences = new ArrayList<>();
        List<DroppedSequence> dropped = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int k = 0; k < exam.sequences().size(); k++) {
            Sequence sequence = exam.sequences().get(k);
            SourceLocation location = SourceLocation.NONE.withPath("/exam/sequences/" + k);
            Feasibility feasibility = adapter.feasibility(sequence, site, scanner, minimumChannels);
            switch (feasibility.verdict()) {
                case DROPPED -> {
                    String reason = String.join("; ", feasibility.reasons());
                    dropped.add(new DroppedSequence(sequence.id(), reason));
                    diagnostics.add(new Diagnostic(Severity.NOTE, "SEQUENCE_DROPPED",
                            "optional sequence '" + sequence.id() + "' is dropped at site '" + site.id() + "': " + reason,
                            "", location));
                }
                case INFEASIBLE -> diagnostics.add(Diagnostic.error("SEQUENCE_INFEASIBLE",
                        "mandatory sequence '" + sequence.id() + "' cannot run at site '" + site.id() + "': "
                                + String.join("; ", feasibility.reasons()),
                        "license the option, change the site's equipment, or make the sequence optional", location));
                case RUNNABLE -> {
                    Validated<VendorSequence> v = adapter.translate(sequence, scanner, location);
                    diagnostics.addAll(v.diagnostics());
                    v.value().ifPresent(sequences::add);
                }
            }
        }
        double seconds = sequences.stream().mapToDouble(s -> s.acquisitionTime().seconds()).sum();
        AcquisitionTime examTime = new AcquisitionTime(seconds, adapter.profile().acquisitionTimeFormat().format(seconds));
        if (exam.maximumDuration() != null) {
            exam.maximumDuration().canonical().ifPresent(maxMs -> {
                if (seconds * 1000 > maxMs) {
                    diagnostics.add(Diagnostic.warning("EXAM_TOO_LONG", String.format(Locale.ROOT,
                            "at site '%s' the sequences take %s, more than the exam's maximum of %s %s",
                            site.id(), examTime.display(), fmt(exam.maximumDuration().value()), exam.maximumDuration().unit()),
                            "shorten or drop optional sequences, or raise the maximum",
                            SourceLocation.NONE.withPath("/exam/maximumDuration")));
                }
            });
        }
        return Validated.of(new SiteParameterSet(site.id(), adapter.id(), scanner.model(), scanner.fieldStrength(),
                scanner.softwareVersion(), sequences, dropped, examTime, diagnostics), diagnostics);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
