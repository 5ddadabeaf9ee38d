package io.github.diapason.conformity.check;

import io.github.diapason.conformity.check.ExamReport.Match;
import io.github.diapason.conformity.inspect.Inspection;
import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.ConsoleWords;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.ScannerIdentity;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checker, a pure function from what {@code inspect} found and the sites' rule files to a verdict
 * per exam: {@link RuleSetSelection} picks the rule set (site, scanner period) of each exam,
 * {@link SeriesMatching} matches series to sequences, then each {@link ExamRule} of {@link ExamRules}
 * reports its findings as {@link Diagnostic}s located at a DICOM file and tag (or at the rule that
 * a missing sequence leaves unmet). A finding names an identifying attribute; it never carries its value.
 */
final class Checker {

    private final List<ExamRule> rules;

    public Checker() {
        this(ExamRules.all());
    }

    Checker(List<ExamRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public CheckReport check(Inspection inspection, List<RulesSource> sites) {
        Map<String, List<SeriesValues>> exams = new LinkedHashMap<>();
        for (SeriesValues s : inspection.series()) {
            exams.computeIfAbsent(s.studyInstanceUid(), k -> new ArrayList<>()).add(s);
        }
        List<ExamReport> reports = new ArrayList<>();
        exams.forEach((study, series) -> reports.add(exam(study, series, sites)));
        return new CheckReport(reports, inspection.filesSeen(), inspection.dicomFiles(), inspection.diagnostics());
    }

    private ExamReport exam(String study, List<SeriesValues> series, List<RulesSource> sites) {
        List<SeriesValues> ordered = new ArrayList<>(series);
        ordered.sort(Comparator.comparingDouble(Checker::seriesNumber));
        Optional<RuleSetSelection.Selected> selected = RuleSetSelection.select(ordered, sites);
        if (selected.isEmpty()) {
            return new ExamReport(study, "", "", "", false, List.of(), List.of(NoRuleSet.of(ordered)), List.of(), Map.of());
        }
        RuleSet set = selected.get().set();
        String site = selected.get().site().rules().siteId();
        Exam exam = new Exam(study, site, selected.get().site().file(), selected.get().index(), set, ordered,
                SeriesMatching.match(set, ordered));
        List<Diagnostic> found = new ArrayList<>();
        for (ExamRule rule : rules) {
            found.addAll(rule.check(exam));
        }
        Optional<LocalDate> date = RuleSetSelection.examDate(ordered);
        Waivers.Applied waivers = Waivers.apply(selected.get().site().rules().waivers(), date.orElse(null), found);
        List<Diagnostic> findings = waivers.findings();
        List<Match> matches = matches(exam, findings);
        boolean conformant = findings.stream().noneMatch(Diagnostic::isError);
        return new ExamReport(study, site, set.scanner().vendor(), period(set.scanner()), conformant, matches, findings,
                toRepeat(exam, findings), consoleWords(set), date.map(LocalDate::toString).orElse(""),
                softwareVersions(ordered), waivers.waived());
    }

    /** The scanner software the headers name, distinct values in acquisition order. */
    private static String softwareVersions(List<SeriesValues> series) {
        Set<String> out = new LinkedHashSet<>();
        for (SeriesValues s : series) {
            Object v = s.get("SoftwareVersions");
            if (v instanceof List<?> l) {
                l.forEach(x -> out.add(String.valueOf(x).trim()));
            } else if (v != null) {
                out.add(String.valueOf(v).trim());
            }
        }
        out.remove("");
        return String.join(" ", out);
    }

    /** The header's values of the attributes the sequence's rules check, in rule order. */
    private static Map<String, Object> values(Exam exam, String sequence, SeriesValues s) {
        Map<String, Object> out = new LinkedHashMap<>();
        exam.rules().sequence(sequence).ifPresent(rule -> {
            for (AttributeRule a : rule.attributes()) {
                Object v = s.get(a.attribute());
                if (v != null) {
                    out.putIfAbsent(a.attribute(), v);
                }
            }
        });
        return out;
    }

    private static Map<String, ConsoleWords> consoleWords(RuleSet set) {
        Map<String, ConsoleWords> out = new LinkedHashMap<>();
        for (SequenceRule rule : set.sequences()) {
            for (AttributeRule a : rule.attributes()) {
                if (a.console() != null) {
                    out.put(rule.id() + "/" + a.attribute(), a.console());
                }
            }
        }
        return out;
    }

    /** Every series in acquisition order, with the sequence it was taken for and whether a finding fails it. */
    private static List<Match> matches(Exam exam, List<Diagnostic> findings) {
        Map<String, String> sequenceOf = new LinkedHashMap<>();
        exam.matching().bySequence().forEach((id, list) -> list.forEach(s -> sequenceOf.put(s.seriesInstanceUid(), id)));
        List<Match> out = new ArrayList<>();
        for (SeriesValues s : exam.series()) {
            String uid = s.seriesInstanceUid();
            boolean failing = !s.file().isEmpty() && findings.stream()
                    .anyMatch(d -> d.isError() && d.location().file().equals(s.file()));
            String sequence = sequenceOf.getOrDefault(uid, "");
            out.add(new Match(uid, Findings.name(s), sequence,
                    exam.matching().how().getOrDefault(uid, exam.matching().scouts().contains(s) ? "scout" : ""),
                    !failing, s.file(), values(exam, sequence, s)));
        }
        return out;
    }

    /** Mandatory sequences missing (or missing runs), and non-conformant ones the protocol says to repeat, in protocol order. */
    private static List<String> toRepeat(Exam exam, List<Diagnostic> findings) {
        Set<String> out = new LinkedHashSet<>();
        for (SequenceRule rule : exam.rules().sequences()) {
            Optional<SeriesValues> evaluated = exam.matching().evaluated(rule);
            if (evaluated.isEmpty()) {
                // a waiver may accept the missing sequence: its finding is then no longer an error
                boolean waived = findings.stream().anyMatch(d -> !d.isError() && d.subject().sequence().equals(rule.id())
                        && d.code().equals(MissingSequence.class.getSimpleName()));
                if (rule.mandatory() && !waived) {
                    out.add(rule.id());
                }
                continue;
            }
            boolean runMissing = findings.stream().anyMatch(d -> d.isError() && d.subject().sequence().equals(rule.id())
                    && d.code().equals(MissingRun.class.getSimpleName()));
            if (runMissing) {
                out.add(rule.id());
                continue;
            }
            Set<String> files = new HashSet<>();
            exam.matching().checked(rule).forEach(s -> files.add(s.file()));
            // acquiring a series again does not fix the order it was acquired in
            boolean failing = findings.stream().anyMatch(d -> d.isError() && d.subject().sequence().equals(rule.id())
                    && files.contains(d.location().file()) && !d.code().equals(SequenceOutOfOrder.class.getSimpleName()));
            if (failing && rule.repeatIfNonConformant()) {
                out.add(rule.id());
            }
        }
        return List.copyOf(out);
    }

    private static String period(ScannerIdentity sc) {
        return String.join(" ", sc.manufacturerModelName(), String.join("/", sc.softwareVersions()),
                "from", String.valueOf(sc.validFrom()), "to", sc.validTo() == null ? "now" : sc.validTo().toString());
    }

    static double seriesNumber(SeriesValues s) {
        return s.get("SeriesNumber") instanceof Number n ? n.doubleValue() : Double.MAX_VALUE;
    }
}
