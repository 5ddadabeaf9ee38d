package io.github.diapason.conformity.check;

import io.github.diapason.conformity.check.ExamReport.Match;
import io.github.diapason.conformity.check.Finding.Kind;
import io.github.diapason.conformity.inspect.Inspection;
import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.ConfidentialityAttribute;
import io.github.diapason.conformity.rules.DeidentificationRules;
import io.github.diapason.conformity.rules.ExpectedCounts;
import io.github.diapason.conformity.rules.Recognition;
import io.github.diapason.conformity.rules.RequiredField;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.ScannerIdentity;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checker (issue 5 item 4), a pure function from what {@code inspect} found and the sites'
 * rule files to a verdict per exam: selects the rule set (site, scanner period) of each exam,
 * matches series to sequences (series name first, parameter fingerprint second), then evaluates
 * scanner identity, parameters within tolerance, order, missing mandatory sequences, duplicates,
 * unexpected series, image and volume counts, analysis fields present and identifying attributes
 * absent. A finding names an identifying attribute; it never carries its value.
 */
public final class Checker {

    /** Required analysis fields of the rules → the value inspect reports when the field was found. */
    private static final Map<String, String> REQUIRED_FIELD_VALUES = Map.of(
            "DiffusionBValue", "DiffusionBValues",
            "DiffusionGradientDirection", "NumberOfDiffusionDirections");

    public CheckReport check(Inspection inspection, List<RuleFile> rules) {
        Map<String, List<SeriesValues>> exams = new LinkedHashMap<>();
        for (SeriesValues s : inspection.series()) {
            exams.computeIfAbsent(s.studyInstanceUid(), k -> new ArrayList<>()).add(s);
        }
        List<ExamReport> reports = new ArrayList<>();
        exams.forEach((study, series) -> reports.add(exam(study, series, rules)));
        return new CheckReport(reports, inspection.filesSeen(), inspection.dicomFiles(), inspection.diagnostics());
    }

    private record Selected(RuleFile file, RuleSet set) {
    }

    private ExamReport exam(String study, List<SeriesValues> series, List<RuleFile> rules) {
        List<Finding> findings = new ArrayList<>();
        Optional<Selected> selected = select(series, rules);
        if (selected.isEmpty()) {
            findings.add(new Finding(Kind.NO_RULE_SET, Severity.ERROR, "", "", "", "", "", "",
                    "no rule set applies to this exam (or several sites' do): check --rules, the scanner's serial"
                            + " number and the exam date against the sites' scanner histories"));
            return new ExamReport(study, "", "", "", false, List.of(), findings, List.of());
        }
        RuleSet set = selected.get().set();
        scanner(set.scanner(), series, findings);

        // match: name first, fingerprint second; series in acquisition order
        List<SeriesValues> ordered = new ArrayList<>(series);
        ordered.sort(Comparator.comparingDouble(Checker::seriesNumber));
        Map<String, List<SeriesValues>> bySequence = new LinkedHashMap<>();
        Map<String, String> how = new LinkedHashMap<>();
        List<Match> matches = new ArrayList<>();
        for (SeriesValues s : ordered) {
            Optional<SequenceRule> byName = set.sequences().stream().filter(r -> nameMatches(r.recognition(), s)).findFirst();
            Optional<SequenceRule> rule = byName.isPresent() ? byName
                    : set.sequences().stream().filter(r -> fingerprintMatches(r.recognition(), s)).findFirst();
            if (rule.isEmpty()) {
                findings.add(finding(Kind.UNEXPECTED_SERIES, Severity.WARNING, "", s, "", "", "",
                        "series not in the protocol (neither its name nor its parameters match a sequence)"));
                matches.add(new Match(s.seriesInstanceUid(), label(s), "", "", true));
                continue;
            }
            bySequence.computeIfAbsent(rule.get().id(), k -> new ArrayList<>()).add(s);
            how.put(s.seriesInstanceUid(), byName.isPresent() ? "name" : "fingerprint");
        }

        Set<String> toRepeat = new LinkedHashSet<>();
        Set<String> failedSeries = new TreeSet<>();
        List<SeriesValues> chosenInOrder = new ArrayList<>();
        Map<String, SequenceRule> chosenRule = new LinkedHashMap<>();
        for (SequenceRule rule : set.sequences()) {
            List<SeriesValues> found = bySequence.getOrDefault(rule.id(), List.of());
            if (found.isEmpty()) {
                boolean mandatory = rule.mandatory();
                findings.add(new Finding(mandatory ? Kind.MISSING_SEQUENCE : Kind.MISSING_OPTIONAL_SEQUENCE,
                        mandatory ? Severity.ERROR : Severity.NOTE, rule.id(), "", "", "", "", "",
                        (mandatory ? "mandatory" : "optional") + " sequence " + rule.name() + " was not received"));
                if (mandatory) {
                    toRepeat.add(rule.id());
                }
                continue;
            }
            // a re-acquisition: the last one is evaluated, the earlier ones are duplicates
            SeriesValues chosen = found.get(found.size() - 1);
            for (SeriesValues dup : found.subList(0, found.size() - 1)) {
                findings.add(finding(Kind.DUPLICATE, Severity.ERROR, rule.id(), dup, "", "1 series", found.size() + " series",
                        rule.name() + " was received " + found.size() + " times; series " + label(chosen) + " is the one evaluated"));
            }
            chosenInOrder.add(chosen);
            chosenRule.put(chosen.seriesInstanceUid(), rule);
            int before = findings.size();
            parameters(rule, chosen, findings);
            counts(rule, chosen, findings);
            requiredFields(rule, chosen, findings);
            if (findings.subList(before, findings.size()).stream().anyMatch(Finding::failing)) {
                failedSeries.add(chosen.seriesInstanceUid());
                if (rule.repeatIfNonConformant()) {
                    toRepeat.add(rule.id());
                }
            }
        }
        order(chosenInOrder, chosenRule, findings);
        identity(set.deidentification(), ordered, findings);

        for (SeriesValues s : ordered) {
            String id = s.seriesInstanceUid();
            if (how.containsKey(id)) {
                SequenceRule r = rulesOf(bySequence, id, set);
                boolean ok = findings.stream().noneMatch(f -> f.failing() && f.seriesInstanceUid().equals(id));
                matches.add(new Match(id, label(s), r.id(), how.get(id), ok));
            }
        }
        matches.sort(Comparator.comparing(m -> ordered.indexOf(ordered.stream()
                .filter(s -> s.seriesInstanceUid().equals(m.seriesInstanceUid())).findFirst().orElseThrow())));
        List<String> repeat = set.sequences().stream().map(SequenceRule::id).filter(toRepeat::contains).toList();
        boolean conformant = findings.stream().noneMatch(Finding::failing);
        ScannerIdentity sc = set.scanner();
        String period = String.join(" ", sc.manufacturerModelName(), String.join("/", sc.softwareVersions()),
                "from", String.valueOf(sc.validFrom()), "to", sc.validTo() == null ? "now" : sc.validTo().toString());
        return new ExamReport(study, selected.get().file().siteId(), sc.vendor(), period, conformant, matches, findings, repeat);
    }

    private static SequenceRule rulesOf(Map<String, List<SeriesValues>> bySequence, String seriesUid, RuleSet set) {
        for (Map.Entry<String, List<SeriesValues>> e : bySequence.entrySet()) {
            if (e.getValue().stream().anyMatch(s -> s.seriesInstanceUid().equals(seriesUid))) {
                return set.sequence(e.getKey()).orElseThrow();
            }
        }
        throw new IllegalStateException("series matched to no sequence: " + seriesUid);
    }

    /** The rule set of the exam: each site's by date and serial; several sites are told apart by serial, then by scanner. */
    private static Optional<Selected> select(List<SeriesValues> series, List<RuleFile> rules) {
        String serial = first(series, "DeviceSerialNumber");
        LocalDate date = series.stream().map(SeriesValues::studyDate).filter(Objects::nonNull).findFirst()
                .flatMap(Checker::date).orElse(null);
        List<Selected> candidates = new ArrayList<>();
        for (RuleFile f : rules) {
            f.select(date, serial).ifPresent(s -> candidates.add(new Selected(f, s)));
        }
        if (candidates.size() > 1 && serial != null) {
            List<Selected> bySerial = candidates.stream()
                    .filter(c -> serial.trim().equals(c.set().scanner().deviceSerialNumber())).toList();
            if (!bySerial.isEmpty()) {
                candidates.retainAll(bySerial);
            }
        }
        if (candidates.size() > 1) {
            String manufacturer = first(series, "Manufacturer");
            String model = first(series, "ManufacturersModelName");
            candidates.removeIf(c -> !c.set().scanner().isManufacturer(manufacturer)
                    || !c.set().scanner().manufacturerModelName().equalsIgnoreCase(String.valueOf(model).trim()));
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static Optional<LocalDate> date(String dicomDate) {
        try {
            return Optional.of(LocalDate.parse(dicomDate.trim(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String first(List<SeriesValues> series, String field) {
        return series.stream().map(s -> s.get(field)).filter(v -> v instanceof String).map(String.class::cast)
                .findFirst().orElse(null);
    }

    private static void scanner(ScannerIdentity expected, List<SeriesValues> series, List<Finding> findings) {
        Set<String> said = new TreeSet<>();
        for (SeriesValues s : series) {
            check(said, findings, s, "Manufacturer", String.join(" or ", expected.manufacturers()),
                    v -> expected.manufacturers().isEmpty() || expected.isManufacturer(v));
            check(said, findings, s, "ManufacturersModelName", expected.manufacturerModelName(),
                    v -> expected.manufacturerModelName() == null || expected.manufacturerModelName().equalsIgnoreCase(v.trim()));
            check(said, findings, s, "SoftwareVersions", String.join(" or ", expected.softwareVersions()),
                    v -> expected.softwareVersions().isEmpty() || expected.softwareVersions().stream()
                            .anyMatch(sw -> v.trim().equalsIgnoreCase(sw.trim()) || v.contains(sw.trim())));
            check(said, findings, s, "DeviceSerialNumber", expected.deviceSerialNumber(),
                    v -> expected.deviceSerialNumber() == null || expected.deviceSerialNumber().isBlank()
                            || expected.deviceSerialNumber().trim().equals(v.trim()));
            if (s.get("MagneticFieldStrength") instanceof Number b
                    && Math.abs(b.doubleValue() - expected.magneticFieldStrength()) > 0.05
                    && said.add("MagneticFieldStrength=" + b)) {
                findings.add(finding(Kind.SCANNER, Severity.ERROR, "", s, "MagneticFieldStrength",
                        expected.magneticFieldStrength() + " T", b + " T", "the exam was not acquired at the site's field strength"));
            }
        }
    }

    private static void check(Set<String> said, List<Finding> findings, SeriesValues s, String field, String expected,
                              java.util.function.Predicate<String> accepts) {
        if (s.get(field) instanceof String v && !accepts.test(v) && said.add(field + "=" + v)) {
            findings.add(finding(Kind.SCANNER, Severity.ERROR, "", s, field, expected, v,
                    field + " is not the one of the site's scanner for this period"));
        }
    }

    private static boolean nameMatches(Recognition r, SeriesValues s) {
        if (r == null || r.seriesNames().isEmpty()) {
            return false;
        }
        List<String> attributes = r.nameAttributes().isEmpty() ? Recognition.NAME_ATTRIBUTES : r.nameAttributes();
        for (String a : attributes) {
            if (s.get(a) instanceof String v) {
                String name = v.trim().replaceFirst("__dup\\d+$", ""); // ReproIn re-acquisitions
                if (r.seriesNames().stream().anyMatch(n -> n.trim().equals(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean fingerprintMatches(Recognition r, SeriesValues s) {
        if (r == null || r.fingerprint().isEmpty()) {
            return false;
        }
        return r.fingerprint().stream().allMatch(a -> violation(a, s.get(a.attribute())).isEmpty()
                && s.get(a.attribute()) != null);
    }

    private static void parameters(SequenceRule rule, SeriesValues s, List<Finding> findings) {
        for (AttributeRule a : rule.attributes()) {
            Object actual = s.get(a.attribute());
            if (actual == null) {
                findings.add(finding(Kind.VALUE_NOT_FOUND, Severity.WARNING, rule.id(), s, a.attribute(), expected(a), "",
                        a.attribute() + " was not found in the header" + (a.dicom() == null ? "" : " (" + a.dicom() + ")")
                                + ": it cannot be checked"));
                continue;
            }
            violation(a, actual).ifPresent(why -> findings.add(finding(Kind.PARAMETER, Severity.ERROR, rule.id(), s,
                    a.attribute(), expected(a), Reports.print(actual) + unit(a), why)));
        }
    }

    /** Why {@code actual} does not conform to {@code a}, if it does not. */
    private static Optional<String> violation(AttributeRule a, Object actual) {
        if (actual == null) {
            return Optional.of("missing");
        }
        if (a.coded()) {
            String v = actual instanceof List<?> l ? String.join("\\", l.stream().map(String::valueOf).toList()) : String.valueOf(actual);
            return a.accepts(v) ? Optional.empty() : Optional.of(a.attribute() + " is " + v + ", expected " + a.code());
        }
        List<Double> values = new ArrayList<>();
        if (actual instanceof Number n) {
            values.add(n.doubleValue());
        } else if (actual instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Number n) {
                    values.add(n.doubleValue());
                }
            }
        }
        if (values.isEmpty()) {
            return Optional.of(a.attribute() + " is not a number");
        }
        if (a.expected().size() > 1 && values.size() != a.expected().size()) {
            return Optional.of(values.size() + " value(s) where the protocol has " + a.expected().size());
        }
        for (int i = 0; i < values.size(); i++) {
            if (!a.accepts(values.get(i), i)) {
                return Optional.of(a.attribute() + " out of tolerance");
            }
        }
        return Optional.empty();
    }

    private static String expected(AttributeRule a) {
        if (a.coded()) {
            return a.code();
        }
        if (!a.expected().isEmpty()) {
            return Reports.print(a.expected().size() == 1 ? a.expected().get(0) : a.expected())
                    + (a.tolerance() == null || a.tolerance() == 0 ? "" : " ± " + Reports.print(a.tolerance())) + unit(a);
        }
        return (a.min() == null ? "" : Reports.print(a.min())) + ".." + (a.max() == null ? "" : Reports.print(a.max())) + unit(a);
    }

    private static String unit(AttributeRule a) {
        return a.unit() == null || a.unit().equals("count") ? "" : " " + a.unit();
    }

    private static void counts(SequenceRule rule, SeriesValues s, List<Finding> findings) {
        ExpectedCounts c = rule.counts();
        if (c == null || c.isEmpty()) {
            return;
        }
        long images = s.get("NumberOfImages") instanceof Number n ? n.longValue() : -1;
        long volumes = s.get("NumberOfVolumes") instanceof Number n ? n.longValue() : -1;
        if (c.slices() != null && volumes > 0 && images / volumes != c.slices()) {
            findings.add(finding(Kind.COUNT, Severity.ERROR, rule.id(), s, "slices per volume", c.slices().toString(),
                    Long.toString(images / volumes), "the number of slices differs: images missing or coverage changed"));
        }
        if (c.volumes() != null && volumes != c.volumes()) {
            findings.add(finding(Kind.COUNT, Severity.ERROR, rule.id(), s, "NumberOfVolumes", c.volumes().toString(),
                    Long.toString(volumes), "the number of volumes differs: the run was stopped early or files are missing"));
        }
        if (c.diffusionVolumes() != null && volumes != c.diffusionVolumes()) {
            findings.add(finding(Kind.COUNT, Severity.ERROR, rule.id(), s, "diffusion volumes", c.diffusionVolumes().toString(),
                    Long.toString(volumes), "the number of diffusion volumes differs"));
        }
        if (!c.bValues().isEmpty()) {
            List<Double> actual = new ArrayList<>();
            if (s.get("DiffusionBValues") instanceof List<?> l) {
                l.forEach(o -> actual.add(((Number) o).doubleValue()));
            }
            boolean same = actual.size() == c.bValues().size() && c.bValues().stream()
                    .allMatch(b -> actual.stream().anyMatch(x -> Math.abs(x - b) <= 1));
            if (!same) {
                findings.add(finding(Kind.COUNT, Severity.ERROR, rule.id(), s, "DiffusionBValues", Reports.print(c.bValues()),
                        Reports.print(actual), "the b-values differ from the protocol's shells"));
            }
        }
    }

    private static void requiredFields(SequenceRule rule, SeriesValues s, List<Finding> findings) {
        for (RequiredField f : rule.requiredFields()) {
            Object v = s.get(REQUIRED_FIELD_VALUES.getOrDefault(f.field(), f.field()));
            boolean present = v != null && !(v instanceof Number n && n.doubleValue() == 0) && !(v instanceof List<?> l && l.isEmpty());
            if (!present) {
                findings.add(finding(Kind.ANALYSIS_FIELD_MISSING, Severity.ERROR, rule.id(), s, f.field(), "present", "absent",
                        f.field() + " is needed for analysis (" + f.purpose() + ") and was found in none of its places"));
            }
        }
    }

    private static void order(List<SeriesValues> chosen, Map<String, SequenceRule> rules, List<Finding> findings) {
        List<SeriesValues> byNumber = new ArrayList<>(chosen);
        byNumber.sort(Comparator.comparingDouble(Checker::seriesNumber));
        int highest = 0;
        for (SeriesValues s : byNumber) {
            SequenceRule r = rules.get(s.seriesInstanceUid());
            if (r.position() < highest) {
                findings.add(finding(Kind.ORDER, Severity.ERROR, r.id(), s, "position", Integer.toString(r.position()),
                        "after position " + highest, r.name() + " was acquired after a sequence the protocol puts later"));
            }
            highest = Math.max(highest, r.position());
        }
    }

    /** Identifying attributes left, named once per exam; pseudonym attributes that do not look like one. */
    private static void identity(DeidentificationRules rules, List<SeriesValues> series, List<Finding> findings) {
        if (rules == null) {
            return;
        }
        Set<String> flaggable = flaggable(rules);
        Set<String> said = new TreeSet<>();
        for (SeriesValues s : series) {
            if (s.get("IdentifyingAttributesPresent") instanceof List<?> present) {
                for (Object o : present) {
                    String attribute = String.valueOf(o);
                    if (flaggable.contains(attribute) && said.add(attribute)) {
                        findings.add(finding(Kind.IDENTIFYING_ATTRIBUTE, Severity.ERROR, "", s, attribute, "absent or emptied",
                                "present", attribute + " still holds a value: de-identification must remove or empty it"
                                        + " (its value is not copied here)"));
                    }
                }
            }
            if (s.get("NotMatchingPseudonym") instanceof List<?> wrong) {
                for (Object o : wrong) {
                    String attribute = String.valueOf(o);
                    if (said.add("pseudonym:" + attribute)) {
                        findings.add(finding(Kind.NOT_A_PSEUDONYM, Severity.ERROR, "", s, attribute,
                                "a pseudonym matching " + rules.pseudonym().pattern(), "another value",
                                attribute + " is not the study pseudonym: the participant may be identifiable"
                                        + " (its value is not copied here)"));
                    }
                }
            }
        }
    }

    /**
     * The attributes whose mere content is a finding: the profile's list minus what the protocol keeps,
     * minus the pseudonym attributes (checked against the pattern), UIDs (replaced, not removed), dummies
     * (D: cannot be told from real values) and descriptors kept cleaned by an option.
     */
    public static Set<String> flaggable(DeidentificationRules rules) {
        Set<String> out = new TreeSet<>();
        Set<String> pseudonyms = rules.pseudonym() == null ? Set.of() : Set.copyOf(rules.pseudonym().attributes());
        for (ConfidentialityAttribute a : rules.mustBeAbsentOrReplaced()) {
            String action = a.action() == null ? "" : a.action().toUpperCase(Locale.ROOT);
            boolean removable = action.contains("X") || action.contains("Z");
            boolean cleaned = a.cleanedBy().stream().anyMatch(rules.options()::contains);
            if (removable && !cleaned && !rules.kept().contains(a.keyword()) && !pseudonyms.contains(a.keyword())) {
                out.add(a.keyword());
            }
        }
        return out;
    }

    private static Finding finding(Kind kind, Severity severity, String sequence, SeriesValues s, String attribute,
                                   String expected, String actual, String message) {
        return new Finding(kind, severity, sequence, s.seriesInstanceUid(), label(s), attribute, expected, actual, message);
    }

    static String label(SeriesValues s) {
        Object n = s.get("SeriesNumber");
        Object d = s.get("SeriesDescription");
        return (n == null ? "?" : Reports.print(n)) + (d == null ? "" : " " + d);
    }

    private static double seriesNumber(SeriesValues s) {
        return s.get("SeriesNumber") instanceof Number n ? n.doubleValue() : Double.MAX_VALUE;
    }
}
