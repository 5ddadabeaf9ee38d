package io.github.diapason.vendor;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Exam;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates an exam already resolved for one site (overrides applied) into that site's
 * parameter set: feasibility per sequence (as facts: the compile stage words them), translation
 * of the runnable ones, exam time against the exam's maximum.
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
        List<NotRun> notRun = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, List<Sequence>> dynamicsOf = new HashMap<>();
        exam.sequences().stream().filter(s -> s.dynamicOf() != null)
                .sorted(Comparator.comparingInt(s -> s.dynamicOf().dynamic()))
                .forEach(s -> dynamicsOf.computeIfAbsent(s.dynamicOf().sequence(), h -> new ArrayList<>()).add(s));
        for (int k = 0; k < exam.sequences().size(); k++) {
            Sequence sequence = exam.sequences().get(k);
            if (sequence.dynamicOf() != null) {
                continue; // acquired in its host's series: the host's card and time count it (DynamicOf)
            }
            SourceLocation location = SourceLocation.NONE.withPath("/exam/sequences/" + k);
            Feasibility feasibility = adapter.feasibility(sequence, site, scanner, minimumChannels);
            switch (feasibility.verdict()) {
                case DROPPED, INFEASIBLE -> notRun.add(new NotRun(sequence.id(), feasibility));
                case RUNNABLE -> {
                    Validated<VendorSequence> v = adapter.translate(sequence, dynamicsOf.getOrDefault(sequence.id(), List.of()), scanner,
                            location);
                    diagnostics.addAll(v.diagnostics());
                    v.value().ifPresent(sequences::add);
                }
            }
        }
        diagnostics.addAll(FieldMapPolarity.check(exam.sequences(), site.id()));
        double seconds = sequences.stream().mapToDouble(s -> s.acquisitionTime().seconds()).sum();
        AcquisitionTime examTime = new AcquisitionTime(seconds, adapter.profile().acquisitionTimeFormat().format(seconds));
        if (exam.maximumDuration() != null) {
            exam.maximumDuration().canonical().ifPresent(maxMs -> {
                if (seconds * 1000 > maxMs) {
                    diagnostics.add(Diagnostic.warning("ExamTooLong", String.format(Locale.ROOT,
                            "at site '%s' the sequences take %s, more than the exam's maximum of %s %s",
                            site.id(), examTime.display(), fmt(exam.maximumDuration().value()), exam.maximumDuration().unit()),
                            "shorten or drop optional sequences, or raise the maximum",
                            SourceLocation.NONE.withPath("/exam/maximumDuration")));
                }
            });
        }
        return Validated.of(new SiteParameterSet(site.id(), adapter.id(), adapter.profile().displayName(), scanner.model(), scanner.fieldStrength(),
                scanner.softwareVersion(), sequences, notRun, examTime, diagnostics), diagnostics);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
