package io.github.diapason.compiler.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.words.Messages;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.ProtocolOverride;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.model.Tolerance;
import io.github.diapason.model.Unit;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.resolve.Provenance;
import io.github.diapason.vendor.Card;
import io.github.diapason.vendor.ConsoleParameter;
import io.github.diapason.vendor.VendorSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Compares two versions of a study after resolution and translation: for every site present in
 * both, its effective neutral parameters (overrides applied) and its console cards, sequence by
 * sequence; then the protocol-level facts (metadata, the sequence list, overrides,
 * de-identification, transfer). Produces facts only; policy is {@link VersionGate}'s business.
 * Pure: no I/O.
 */
final class ProtocolDiffer {

    private static final double EPSILON = 1e-9;
    private static final Set<ChangeKind> PARAMETER_KINDS = EnumSet.of(
            ChangeKind.ACQUISITION_PARAMETER_BEYOND_TOLERANCE, ChangeKind.OPTIONAL_ACQUISITION_PARAMETER_BEYOND_TOLERANCE,
            ChangeKind.ACQUISITION_PARAMETER_WITHIN_TOLERANCE, ChangeKind.TOLERANCE_WIDENED,
            ChangeKind.TOLERANCE_NARROWED, ChangeKind.SEQUENCE_SETUP_CHANGED, ChangeKind.SERIES_NAME_CHANGED,
            ChangeKind.SITE_SEQUENCE_DROPPED, ChangeKind.SITE_SEQUENCE_RESUMED, ChangeKind.SEQUENCE_MADE_MANDATORY);
    private static final Set<String> SETUP_FIELDS = Set.of("technique", "orientation", "diffusion", "functional",
            "requiredOptions");
    private static final Set<String> EXAM_SETUP = Set.of("/exam/maximumDuration", "/exam/positioning/patientPosition",
            "/exam/equipment/coil/minimumChannels", "/exam/equipment/contrastAgent/name");

    private final StudyCompiler compiler;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    public ProtocolDiffer(StudyCompiler compiler) {
        this.compiler = compiler;
    }

    /** One site as compiled in one version: the scanner chosen for the date, and the outcome when it compiled. */
    private record Side(Site site, Optional<ScannerPeriod> scanner, Optional<SiteOutcome> outcome) {
        boolean runs(String sequenceId) {
            return outcome.map(o -> o.sequences().stream().anyMatch(s -> s.sequence().id().equals(sequenceId)
                            && s.feasibility().runnable()))
                    .orElse(scanner.isPresent());
        }
    }

    public ProtocolDiff diff(LoadedStudy baseline, LoadedStudy current, Optional<LocalDate> date) {
        Map<String, Side> before = sides(baseline, date);
        Map<String, Side> after = sides(current, date);
        List<String> sites = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(s -> !after.containsKey(s)).forEach(sites::add);
        Protocol oldP = baseline.study().protocol();
        Protocol newP = current.study().protocol();

        List<Change> changes = new ArrayList<>();
        changes.addAll(protocolChanges(oldP, newP, before, after));
        Map<String, Map<String, List<ConsoleChange>>> console = new LinkedHashMap<>();
        for (String id : sites) {
            Side o = before.get(id);
            Side n = after.get(id);
            if (o == null) {
                changes.add(Change.site(ChangeKind.SITE_ADDED, id, "", "", scanner(n.scanner()), "", "/id"));
            } else if (n == null) {
                changes.add(Change.site(ChangeKind.SITE_REMOVED, id, "", scanner(o.scanner()), "", "", "/id"));
            } else {
                Map<String, List<ConsoleChange>> lines = new LinkedHashMap<>();
                changes.addAll(siteChanges(o, n, oldP, newP, changes, lines));
                if (!lines.isEmpty()) {
                    console.put(id, lines);
                }
            }
        }
        Map<String, String> scanners = new LinkedHashMap<>();
        sites.forEach(id -> scanners.put(id, scanner(Optional.ofNullable(after.get(id)).orElse(before.get(id)).scanner())));
        return new ProtocolDiff(newP.study().id(), oldP.study().version(), newP.study().version(), sites, scanners,
                changes, console);
    }

    private Map<String, Side> sides(LoadedStudy study, Optional<LocalDate> date) {
        Map<String, Side> sides = new LinkedHashMap<>();
        for (Site site : study.study().sites()) {
            Optional<ScannerPeriod> scanner = StudyCompiler.scannerFor(site, study, date);
            Optional<SiteOutcome> outcome = scanner.flatMap(s -> compiler.compile(study, site, s).value());
            sides.put(site.id(), new Side(site, scanner, outcome));
        }
        return sides;
    }

    // ---------------------------------------------------------------- protocol level

    private List<Change> protocolChanges(Protocol oldP, Protocol newP, Map<String, Side> before, Map<String, Side> after) {
        List<Change> out = new ArrayList<>();
        List<String> allNew = List.copyOf(after.keySet());
        ObjectNode oldStudy = tree(oldP.study());
        ObjectNode newStudy = tree(newP.study());
        for (ObjectNode n : List.of(oldStudy, newStudy)) {
            n.remove(List.of("version", "date"));
        }
        JsonLeaves.diff(oldStudy, newStudy, "/study").forEach(l -> out.add(leaf(ChangeKind.TEXT_ONLY, l, List.of())));

        ObjectNode oldExam = tree(oldP.exam());
        ObjectNode newExam = tree(newP.exam());
        oldExam.remove("sequences");
        newExam.remove("sequences");
        for (JsonLeaves.Leaf l : JsonLeaves.diff(oldExam, newExam, "/exam")) {
            boolean setup = EXAM_SETUP.stream().anyMatch(p -> l.pointer().startsWith(p));
            out.add(setup ? leaf(ChangeKind.EXAM_SETUP_CHANGED, l, allNew) : leaf(ChangeKind.TEXT_ONLY, l, List.of()));
        }
        JsonLeaves.diff(tree(oldP.deidentification()), tree(newP.deidentification()), "/deidentification")
                .forEach(l -> out.add(l.pointer().startsWith("/deidentification/procedure")
                        ? leaf(ChangeKind.TEXT_ONLY, l, List.of())
                        : leaf(ChangeKind.DEIDENTIFICATION_CHANGED, l, List.of())));
        JsonLeaves.diff(tree(oldP.transfer()), tree(newP.transfer()), "/transfer")
                .forEach(l -> out.add(l.pointer().startsWith("/transfer/instructions")
                        ? leaf(ChangeKind.TEXT_ONLY, l, List.of())
                        : leaf(ChangeKind.TRANSFER_CHANGED, l, allNew)));
        out.addAll(overrideChanges(oldP, newP, before, after));
        out.addAll(sequenceListChanges(oldP, newP, before, after));
        return out;
    }

    private List<Change> overrideChanges(Protocol oldP, Protocol newP, Map<String, Side> before, Map<String, Side> after) {
        List<Change> out = new ArrayList<>();
        Map<String, ProtocolOverride> olds = new LinkedHashMap<>();
        oldP.overrides().forEach(o -> olds.put(o.id(), o));
        Map<String, ProtocolOverride> news = new LinkedHashMap<>();
        newP.overrides().forEach(o -> news.put(o.id(), o));
        for (int i = 0; i < newP.overrides().size(); i++) {
            ProtocolOverride n = newP.overrides().get(i);
            ProtocolOverride o = olds.get(n.id());
            String pointer = "/overrides/" + i;
            if (o == null) {
                out.add(Change.override(ChangeKind.OVERRIDE_ADDED, appliesAt(n, after), n.id(), "", reason(n), pointer));
            } else if (!tree(o).equals(tree(n))) {
                Set<String> where = new TreeSet<>(appliesAt(o, before));
                where.addAll(appliesAt(n, after));
                List<String> sites = order(where, after, before);
                String what = JsonLeaves.diff(tree(o), tree(n), "").stream().map(l -> l.pointer().substring(1))
                        .distinct().reduce((a, b) -> a + ", " + b).orElse("");
                out.add(Change.override(ChangeKind.OVERRIDE_CHANGED, sites, n.id(), "changed: " + what, reason(n),
                        pointer));
            }
        }
        for (ProtocolOverride o : oldP.overrides()) {
            if (!news.containsKey(o.id())) {
                out.add(Change.override(ChangeKind.OVERRIDE_REMOVED, appliesAt(o, before), o.id(), "", reason(o),
                        "/overrides"));
            }
        }
        return out;
    }

    private List<Change> sequenceListChanges(Protocol oldP, Protocol newP, Map<String, Side> before,
                                             Map<String, Side> after) {
        List<Change> out = new ArrayList<>();
        List<String> oldIds = oldP.exam().sequences().stream().map(Sequence::id).toList();
        List<String> newIds = newP.exam().sequences().stream().map(Sequence::id).toList();
        for (int k = 0; k < newIds.size(); k++) {
            Sequence n = newP.exam().sequences().get(k);
            String pointer = "/exam/sequences/" + k;
            Optional<Sequence> o = oldP.sequence(n.id());
            List<String> runsNew = running(after, n.id());
            if (o.isEmpty()) {
                out.add(Change.sequence(n.isMandatory() ? ChangeKind.SEQUENCE_ADDED_MANDATORY
                                : ChangeKind.SEQUENCE_ADDED_OPTIONAL, runsNew, n.id(), "", "",
                        n.isMandatory() ? "mandatory" : "optional", pointer));
                continue;
            }
            if (!o.get().isMandatory() && n.isMandatory()) {
                out.add(Change.sequence(ChangeKind.SEQUENCE_MADE_MANDATORY, runsNew, n.id(), "", "optional", "mandatory",
                        pointer + "/mandatory"));
            } else if (o.get().isMandatory() && !n.isMandatory()) {
                out.add(Change.sequence(ChangeKind.SEQUENCE_MADE_OPTIONAL, runsNew, n.id(), "", "mandatory", "optional",
                        pointer + "/mandatory"));
            }
            ObjectNode ot = tree(o.get());
            ObjectNode nt = tree(n);
            for (ObjectNode t : List.of(ot, nt)) {
                t.remove(List.of("id", "parameters", "mandatory"));
            }
            TreeSet<String> fields = new TreeSet<>();
            ot.fieldNames().forEachRemaining(fields::add);
            nt.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                if (SETUP_FIELDS.contains(field)) {
                    if (!Objects.equals(ot.get(field), nt.get(field))) {
                        out.add(Change.sequence(ChangeKind.SEQUENCE_SETUP_CHANGED, runsNew, n.id(), field,
                                JsonLeaves.text(ot.get(field)), JsonLeaves.text(nt.get(field)), pointer + "/" + field));
                    }
                } else if (field.equals("seriesName")) {
                    if (!Objects.equals(ot.get(field), nt.get(field))) {
                        out.add(Change.sequence(ChangeKind.SERIES_NAME_CHANGED, runsNew, n.id(), field,
                                JsonLeaves.text(ot.get(field)), JsonLeaves.text(nt.get(field)), pointer + "/" + field));
                    }
                } else {
                    JsonLeaves.diff(ot.get(field), nt.get(field), pointer + "/" + field).forEach(l -> out.add(
                            Change.sequence(ChangeKind.TEXT_ONLY, List.of(), n.id(), subject(l.pointer(), pointer),
                                    l.before(), l.after(), l.pointer())));
                }
            }
        }
        for (String id : oldIds) {
            if (!newIds.contains(id)) {
                out.add(Change.sequence(ChangeKind.SEQUENCE_REMOVED, running(before, id), id, "", "", "", "/exam/sequences"));
            }
        }
        List<String> oldOrder = oldIds.stream().filter(newIds::contains).toList();
        List<String> newOrder = newIds.stream().filter(oldIds::contains).toList();
        if (!oldOrder.equals(newOrder)) {
            out.add(Change.protocol(ChangeKind.SEQUENCE_ORDER_CHANGED, List.copyOf(after.keySet()), "order",
                    String.join(" > ", oldOrder), String.join(" > ", newOrder), "/exam/sequences"));
        }
        return out;
    }

    // ---------------------------------------------------------------- site level

    private List<Change> siteChanges(Side o, Side n, Protocol oldP, Protocol newP, List<Change> protocolLevel,
                                     Map<String, List<ConsoleChange>> console) {
        String id = n.site().id();
        List<Change> out = new ArrayList<>();
        ObjectNode os = tree(o.site());
        ObjectNode ns = tree(n.site());
        for (JsonLeaves.Leaf l : JsonLeaves.diff(os, ns, "")) {
            String top = l.pointer().split("/")[1];
            if (top.equals("scanners")) {
                continue; // the period in use is compared below; other periods are history
            }
            boolean text = Set.of("name", "language", "contacts").contains(top);
            out.add(Change.site(text ? ChangeKind.TEXT_ONLY : ChangeKind.SITE_EQUIPMENT_CHANGED, id,
                    l.pointer().substring(1), l.before(), l.after(), "", l.pointer()));
        }
        if (o.scanner().isPresent() && n.scanner().isPresent()) {
            ScannerPeriod a = o.scanner().get();
            ScannerPeriod b = n.scanner().get();
            if (!a.vendor().equalsIgnoreCase(b.vendor()) || !Objects.equals(a.model(), b.model())
                    || Math.abs(a.fieldStrength() - b.fieldStrength()) > EPSILON) {
                out.add(Change.site(ChangeKind.SITE_SCANNER_CHANGED, id, "scanner", scanner(o.scanner()),
                        scanner(n.scanner()), "longitudinal data cross systems: plan a comparison scan", "/scanners"));
            } else if (!Objects.equals(a.softwareVersion(), b.softwareVersion())) {
                out.add(Change.site(ChangeKind.SOFTWARE_VERSION_CHANGED, id, "softwareVersion", a.softwareVersion(),
                        b.softwareVersion(), "longitudinal data cross software versions", "/scanners"));
            }
            if (!Objects.equals(a.deviceSerialNumber(), b.deviceSerialNumber())) {
                out.add(Change.site(ChangeKind.SERIAL_CHANGED, id, "deviceSerialNumber", a.deviceSerialNumber(),
                        b.deviceSerialNumber(), "another device: longitudinal data cross systems", "/scanners"));
            }
        }
        if (o.outcome().isEmpty() || n.outcome().isEmpty()) {
            return out;
        }
        SiteOutcome oo = o.outcome().get();
        SiteOutcome no = n.outcome().get();
        for (int k = 0; k < newP.exam().sequences().size(); k++) {
            String seq = newP.exam().sequences().get(k).id();
            Optional<SequenceOutcome> os2 = outcome(oo, seq);
            Optional<SequenceOutcome> ns2 = outcome(no, seq);
            if (os2.isEmpty() || ns2.isEmpty()) {
                continue; // added or removed: a protocol-level fact
            }
            boolean ran = os2.get().feasibility().runnable();
            boolean runs = ns2.get().feasibility().runnable();
            String pointer = "/exam/sequences/" + k;
            if (ran && !runs) {
                out.add(Change.atSite(ChangeKind.SITE_SEQUENCE_DROPPED, id, seq, "", "runs", "not run",
                        ns2.get().feasibility().reasons().stream().map(Messages.builtIn("en")::reason)
                                .collect(java.util.stream.Collectors.joining("; ")), List.of(), pointer));
                continue;
            }
            if (!ran && runs) {
                out.add(Change.atSite(ChangeKind.SITE_SEQUENCE_RESUMED, id, seq, "", "not run", "runs", "", List.of(),
                        pointer));
            }
            if (!runs) {
                continue;
            }
            Sequence before = os2.get().sequence();
            Sequence after = ns2.get().sequence();
            boolean mandatory = before.isMandatory() || after.isMandatory();
            List<Change> found = new ArrayList<>();
            Set<ParameterName> names = new TreeSet<>(before.parameters().keySet());
            names.addAll(after.parameters().keySet());
            for (ParameterName p : names) {
                List<String> reasons = reasons(oo.effective().history(seq, p), no.effective().history(seq, p));
                String where = parameterPointer(newP, no.effective().history(seq, p), seq, pointer, p);
                for (Classified c : classify(before.parameters().get(p), after.parameters().get(p), mandatory)) {
                    found.add(Change.atSite(c.kind(), id, seq, p.name(), c.before(), c.after(), c.detail(), reasons, where));
                }
            }
            out.addAll(found);
            List<ConsoleChange> lines = ran ? consoleChanges(seq, os2.get().vendor(), ns2.get().vendor()) : List.of();
            if (!lines.isEmpty()) {
                console.put(seq, lines);
                Predicate<Change> explains = c -> c.sequence().equals(seq) && PARAMETER_KINDS.contains(c.kind())
                        && c.sites().contains(id);
                boolean explained = found.stream().anyMatch(explains) || protocolLevel.stream().anyMatch(explains)
                        || out.stream().anyMatch(explains);
                if (!explained) {
                    for (ConsoleChange line : lines) {
                        out.add(Change.atSite(ChangeKind.CONSOLE_VALUE_CHANGED, id, seq,
                                line.card().isEmpty() ? line.label() : line.card() + " › " + line.label(),
                                line.before(), line.after(), "", List.of(), pointer));
                    }
                }
            }
        }
        return out;
    }

    private record Classified(ChangeKind kind, String before, String after, String detail) {
    }

    /** How one effective parameter changed: nothing, within or beyond the old tolerance, a tolerance change. */
    static List<Classified> classify(ParameterSpec o, ParameterSpec n, boolean mandatory) {
        ChangeKind beyond = mandatory ? ChangeKind.ACQUISITION_PARAMETER_BEYOND_TOLERANCE
                : ChangeKind.OPTIONAL_ACQUISITION_PARAMETER_BEYOND_TOLERANCE;
        if (Objects.equals(o, n)) {
            return List.of();
        }
        if (o == null) {
            return List.of(new Classified(beyond, "", show(n), "newly prescribed"));
        }
        if (n == null) {
            return List.of(new Classified(beyond, show(o), "", "no longer prescribed"));
        }
        if (o.code() != null || n.code() != null) {
            return Objects.equals(o.code(), n.code()) ? List.of()
                    : List.of(new Classified(beyond, show(o), show(n), ""));
        }
        if (!Objects.equals(o.setting(), n.setting())) {
            // typing a number and choosing the console's minimum are different acquisitions on the console
            return List.of(new Classified(beyond, show(o), show(n), "console setting changed"));
        }
        List<Classified> out = new ArrayList<>();
        List<Double> ov = nominals(o);
        List<Double> nv = nominals(n);
        if (!ov.isEmpty() && !nv.isEmpty()) {
            if (ov.size() != nv.size()) {
                return List.of(new Classified(beyond, show(o), show(n), "number of values changed"));
            }
            double worst = 0;
            double allowed = Double.MAX_VALUE;
            for (int i = 0; i < ov.size(); i++) {
                worst = Math.max(worst, Math.abs(nv.get(i) - ov.get(i)));
                allowed = Math.min(allowed, canonicalAllowance(o, ov.get(i)));
            }
            if (worst > EPSILON) {
                boolean within = worst <= allowed + EPSILON;
                out.add(new Classified(within ? ChangeKind.ACQUISITION_PARAMETER_WITHIN_TOLERANCE : beyond, show(o),
                        show(n), (within ? "within" : "beyond") + " the tolerance of " + tolerance(o)));
            }
            double oldAllowance = canonicalAllowance(o, ov.get(0));
            double newAllowance = canonicalAllowance(n, nv.get(0));
            if (Math.abs(oldAllowance - newAllowance) > EPSILON) {
                out.add(new Classified(newAllowance > oldAllowance ? ChangeKind.TOLERANCE_WIDENED
                        : ChangeKind.TOLERANCE_NARROWED, tolerance(o), tolerance(n), ""));
            }
            return out;
        }
        if (o.isRange() && n.isRange()) {
            double olo = bound(o, o.min(), Double.NEGATIVE_INFINITY);
            double ohi = bound(o, o.max(), Double.POSITIVE_INFINITY);
            double nlo = bound(n, n.min(), Double.NEGATIVE_INFINITY);
            double nhi = bound(n, n.max(), Double.POSITIVE_INFINITY);
            if (Math.abs(olo - nlo) <= EPSILON && Math.abs(ohi - nhi) <= EPSILON) {
                return List.of();
            }
            if (nlo <= olo + EPSILON && nhi >= ohi - EPSILON) {
                return List.of(new Classified(ChangeKind.TOLERANCE_WIDENED, show(o), show(n), "allowed range"));
            }
            if (nlo >= olo - EPSILON && nhi <= ohi + EPSILON) {
                return List.of(new Classified(ChangeKind.TOLERANCE_NARROWED, show(o), show(n), "allowed range"));
            }
        }
        return List.of(new Classified(beyond, show(o), show(n), "prescription changed form"));
    }

    private static List<Double> nominals(ParameterSpec s) {
        List<Double> raw = !s.values().isEmpty() ? s.values() : s.value() != null ? List.of(s.value()) : List.of();
        return raw.stream().map(v -> canonical(s, v)).toList();
    }

    private static double canonical(ParameterSpec s, double v) {
        return s.parsedUnit().map(u -> u.toCanonical(v)).orElse(v);
    }

    private static double bound(ParameterSpec s, Double v, double open) {
        return v == null ? open : canonical(s, v);
    }

    /** The tolerance around a canonical nominal, in canonical units (the tolerance is written in the spec's unit). */
    private static double canonicalAllowance(ParameterSpec s, double canonicalNominal) {
        if (s.tolerance() == null) {
            return 0;
        }
        Optional<Unit> unit = s.parsedUnit();
        double nominal = unit.map(u -> u.fromCanonical(canonicalNominal)).orElse(canonicalNominal);
        double allowed = s.tolerance().allowedDeviation(nominal);
        return unit.map(u -> u.toCanonical(allowed)).orElse(allowed);
    }

    static String show(ParameterSpec s) {
        if (s == null) {
            return "";
        }
        if (s.code() != null) {
            return s.code();
        }
        String unit = s.unit() == null || s.unit().equals("count") ? "" : " " + s.unit();
        String text;
        if (!s.values().isEmpty()) {
            text = String.join(", ", s.values().stream().map(ProtocolDiffer::number).toList());
        } else if (s.value() != null) {
            text = number(s.value());
        } else {
            text = (s.min() == null ? "" : number(s.min())) + ".." + (s.max() == null ? "" : number(s.max()));
        }
        return (s.setting() == null ? "" : s.setting() + " ") + text + unit;
    }

    static String tolerance(ParameterSpec s) {
        Tolerance t = s.tolerance();
        if (t == null || (t.absolute() == null && t.percent() == null)) {
            return "none";
        }
        String unit = s.unit() == null || s.unit().equals("count") ? "" : " " + s.unit();
        List<String> parts = new ArrayList<>();
        if (t.absolute() != null) {
            parts.add("±" + number(t.absolute()) + unit);
        }
        if (t.percent() != null) {
            parts.add("±" + number(t.percent()) + " %");
        }
        return String.join(" or ", parts);
    }

    /** {@link io.github.diapason.compiler.words.Messages#plain}: whole numbers without a decimal point, others without trailing zeros. */
    static String number(double v) {
        return io.github.diapason.compiler.words.Messages.plain(v);
    }

    private static List<ConsoleChange> consoleChanges(String seq, Optional<VendorSequence> o, Optional<VendorSequence> n) {
        if (o.isEmpty() || n.isEmpty()) {
            return List.of();
        }
        Map<List<String>, String> before = lines(o.get());
        Map<List<String>, String> after = lines(n.get());
        List<ConsoleChange> out = new ArrayList<>();
        after.forEach((key, value) -> {
            String old = before.getOrDefault(key, "");
            if (!old.equals(value)) {
                out.add(new ConsoleChange(seq, key.get(0), key.get(1), old, value));
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                out.add(new ConsoleChange(seq, key.get(0), key.get(1), value, ""));
            }
        });
        return out;
    }

    private static Map<List<String>, String> lines(VendorSequence v) {
        Map<List<String>, String> out = new LinkedHashMap<>();
        out.put(List.of("", "Sequence"), v.productName());
        for (Card card : v.cards()) {
            for (ConsoleParameter p : card.parameters()) {
                out.putIfAbsent(List.of(card.name(), p.label()),
                        p.value().display() + (p.unit() == null || p.unit().isEmpty() ? "" : " " + p.unit()));
            }
        }
        out.put(List.of("", "Acquisition time"), v.acquisitionTime().display());
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static Optional<SequenceOutcome> outcome(SiteOutcome o, String seq) {
        return o.sequences().stream().filter(s -> s.sequence().id().equals(seq)).findFirst();
    }

    private static List<String> running(Map<String, Side> sides, String seq) {
        return sides.values().stream().filter(s -> s.runs(seq)).map(s -> s.site().id()).toList();
    }

    private static List<String> appliesAt(ProtocolOverride o, Map<String, Side> sides) {
        return sides.values().stream()
                .filter(s -> s.scanner().isPresent() && !o.when().isEmpty()
                        && o.when().matches(s.site().id(), s.scanner().get()))
                .map(s -> s.site().id()).toList();
    }

    private static List<String> order(Set<String> wanted, Map<String, Side> first, Map<String, Side> second) {
        List<String> out = new ArrayList<>(first.keySet().stream().filter(wanted::contains).toList());
        second.keySet().stream().filter(wanted::contains).filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    private static String reason(ProtocolOverride o) {
        return o.id() + ": " + (o.reason() == null ? "(no reason)" : o.reason().in("en"));
    }

    private static List<String> reasons(List<Provenance> before, List<Provenance> after) {
        List<String> out = new ArrayList<>();
        after.forEach(p -> out.add(p.overrideId() + ": " + (p.reason() == null ? "" : p.reason().in("en"))));
        Set<String> still = new TreeSet<>(after.stream().map(Provenance::overrideId).toList());
        before.stream().filter(p -> !still.contains(p.overrideId())).forEach(p -> out.add(p.overrideId()
                + " (no longer applies): " + (p.reason() == null ? "" : p.reason().in("en"))));
        return out.stream().distinct().toList();
    }

    /** Where the parameter's new value is written: the last override that set it, else the sequence. */
    private static String parameterPointer(Protocol p, List<Provenance> history, String seq, String seqPointer,
                                           ParameterName name) {
        if (!history.isEmpty()) {
            String last = history.get(history.size() - 1).overrideId();
            for (int i = 0; i < p.overrides().size(); i++) {
                if (p.overrides().get(i).id().equals(last)) {
                    return "/overrides/" + i + "/sequences/" + seq + "/parameters/" + name.name();
                }
            }
        }
        return seqPointer + "/parameters/" + name.name();
    }

    private static String subject(String pointer, String prefix) {
        return pointer.startsWith(prefix + "/") ? pointer.substring(prefix.length() + 1) : pointer;
    }

    private static Change leaf(ChangeKind kind, JsonLeaves.Leaf l, List<String> sites) {
        return Change.protocol(kind, sites, l.pointer().substring(1), l.before(), l.after(), l.pointer());
    }

    private static String scanner(Optional<ScannerPeriod> s) {
        return s.map(p -> p.vendor() + " " + p.model() + " " + number(p.fieldStrength()) + " T"
                + (p.softwareVersion() == null ? "" : ", software " + p.softwareVersion())).orElse("no scanner in use");
    }

    private ObjectNode tree(Object value) {
        JsonNode node = value == null ? json.createObjectNode() : json.valueToTree(value);
        return node.isObject() ? (ObjectNode) node : json.createObjectNode();
    }
}
