package io.github.diapason.compiler.qualify;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.qualify.Qualification.Evidence;
import io.github.diapason.compiler.qualify.Qualification.Finding;
import io.github.diapason.compiler.qualify.Qualification.NotCompared;
import io.github.diapason.compiler.qualify.Qualification.SequenceVerdict;
import io.github.diapason.compiler.qualify.Qualification.ValueCheck;
import io.github.diapason.conformity.export.ConsoleExport;
import io.github.diapason.conformity.export.ConsoleProgram;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.vendor.Card;
import io.github.diapason.vendor.ConsoleParameter;
import io.github.diapason.vendor.ConsoleValue;
import io.github.diapason.vendor.NeutralValues;
import io.github.diapason.vendor.VendorAdapter;
import io.github.diapason.vendor.VendorSequence;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One console export against a site's compiled cards. Each runnable sequence is given the program of the same
 * series name, else the program whose values agree best with its card (at least {@link #FINGERPRINT_SHARE} of
 * the card values the program shows). Each card value is looked up under its console label and compared the
 * console's way (numbers to the precision the export prints them, words ignoring case and spacing). A value
 * that differs is judged on the protocol: the card with that one value replaced is translated back to neutral
 * values by the site's vendor adapter, and every prescribed parameter the value changes must stay within the
 * protocol's tolerance (or range, or coded value); without a tolerance, the console may differ from the
 * prescription only as much as the card itself does (the console's step). A value that changes no prescribed
 * parameter is shown as "differs" for the people who sign, and does not fail. Pure: no I/O.
 */
final class ExportComparison {

    /** A program is taken for a sequence by fingerprint when it shows at least this share of the card's values the same. */
    static final double FINGERPRINT_SHARE = 0.6;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final SiteOutcome site;
    private final VendorAdapter adapter;
    private final List<AcceptedDifference> accepted;
    private final Set<AcceptedDifference> used = new HashSet<>();

    ExportComparison(SiteOutcome site, VendorAdapter adapter, List<AcceptedDifference> accepted) {
        this.site = site;
        this.adapter = adapter;
        this.accepted = accepted;
    }

    /** The acceptances some compared value used; the others are stale. */
    Set<AcceptedDifference> used() {
        return used;
    }

    record Result(Evidence evidence, List<Finding> findings) {
    }

    /**
     * A sequence acquired in the program matched to another sequence ({@code host}): qualified with it, its values
     * compared once, with the host's card ({@code how}: how it is acquired there).
     */
    private static SequenceVerdict sharedSeries(Sequence sequence, String series, ConsoleProgram program, String host,
                                                String how, String file, List<Finding> findings) {
        findings.add(new Finding("note", "SeriesShared", file, series, "", "sequence " + sequence.id()
                + " is acquired in the program " + program.name() + " " + how + ": its values were compared once, with "
                + host + "'s card", "", program.name()));
        return new SequenceVerdict(sequence.id(), series, sequence.isMandatory(), program.name(), "name", "qualified",
                List.of(), List.of(new NotCompared(program.name(), host, "shared-series")));
    }

    /** A sequence acquired as a dynamic of its host's series: qualified with the host's program, missing without it. */
    private static SequenceVerdict dynamicVerdict(Sequence sequence, java.util.Map<String, String> seriesOf,
                                                  java.util.Map<String, ConsoleProgram> programOf, String file,
                                                  List<Finding> findings) {
        String host = sequence.dynamicOf().sequence();
        String series = seriesOf.getOrDefault(host, host);
        ConsoleProgram program = programOf.get(host);
        return program == null
                ? new SequenceVerdict(sequence.id(), series, sequence.isMandatory(), "", "", "missing", List.of(), List.of())
                : sharedSeries(sequence, series, program, host, "as dynamic " + sequence.dynamicOf().dynamic()
                + " of sequence " + host, file, findings);
    }

    Result compare(ConsoleExport export) {
        String file = Path.of(export.file()).getFileName().toString();
        ScannerPeriod scanner = site.effective().scanner();
        List<Finding> findings = new ArrayList<>(ScannerIdentity.check(export, scanner, file));
        List<ConsoleProgram> free = new ArrayList<>(export.programs());
        List<SequenceVerdict> verdicts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int compared = 0;
        java.util.Map<String, String> takenBy = new java.util.HashMap<>();
        java.util.Map<String, ConsoleProgram> programOf = new java.util.HashMap<>(); // sequence id -> its matched program
        // the runnable sequences with a card, and those acquired as a dynamic of another's series (no card of their own)
        List<SequenceOutcome> runnable = site.sequences().stream().filter(o -> o.feasibility().runnable()
                && (o.vendor().isPresent() || o.sequence().dynamicOf() != null)).toList();
        java.util.Map<String, String> seriesOf = new java.util.HashMap<>();
        java.util.Map<Integer, Sequence> dynamics = new java.util.TreeMap<>(); // verdict index -> a dynamic sequence
        runnable.forEach(o -> seriesOf.put(o.sequence().id(), o.sequence().seriesNameOrId()));
        for (SequenceOutcome s : runnable) {
            Sequence sequence = s.sequence();
            if (sequence.dynamicOf() != null) {
                // judged with its host's program: now when the host came first, else once every program is matched
                dynamics.put(verdicts.size(), sequence);
                verdicts.add(programOf.containsKey(sequence.dynamicOf().sequence()) ? dynamicVerdict(sequence, seriesOf, programOf, file, findings) : null);
                continue;
            }
            VendorSequence card = s.vendor().orElseThrow();
            String series = sequence.seriesNameOrId();
            Optional<ConsoleProgram> byName = free.stream().filter(p -> p.name().strip().equalsIgnoreCase(series.strip())).findFirst();
            Optional<ConsoleProgram> shared = byName.isPresent() ? Optional.empty() : export.programs().stream()
                    .filter(p -> !free.contains(p) && takenBy.containsKey(key(p.name())) && key(p.name()).equals(key(series))).findFirst();
            if (shared.isPresent()) {
                // two sequences given one series name without a DynamicOf: the program was compared with the first; the
                // export shows one set of values, so this one is not compared again
                String first = takenBy.get(key(series));
                verdicts.add(sharedSeries(sequence, series, shared.get(), first,
                        "with sequence " + first + " (e.g. as its second dynamic)", file, findings));
                continue;
            }
            Optional<ConsoleProgram> program = byName.or(() -> byFingerprint(card, free));
            if (program.isEmpty()) {
                verdicts.add(new SequenceVerdict(sequence.id(), series, sequence.isMandatory(), "", "", "missing", List.of(), List.of()));
                findings.add(new Finding(sequence.isMandatory() ? "error" : "warning", "SequenceMissing", file, series, "",
                        "the export has no program for the " + (sequence.isMandatory() ? "mandatory" : "optional")
                                + " sequence " + series, series, ""));
                continue;
            }
            ConsoleProgram p = program.get();
            free.remove(p);
            programOf.put(sequence.id(), p);
            if (byName.isPresent()) {
                takenBy.put(key(series), sequence.id());
            }
            positions.add(export.programs().indexOf(p));
            SequenceVerdict verdict = compare(sequence, series, card, p, byName.isPresent() ? "name" : "fingerprint",
                    scanner, file, findings);
            compared += (int) verdict.values().stream().filter(v -> !v.outcome().isEmpty()).count();
            verdicts.add(verdict);
        }
        dynamics.forEach((index, sequence) -> {
            if (verdicts.get(index) == null) {
                verdicts.set(index, dynamicVerdict(sequence, seriesOf, programOf, file, findings));
            }
        });
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) < positions.get(i - 1)) {
                findings.add(new Finding("warning", "SequenceOutOfOrder", file, "", "",
                        "the export runs the protocol's sequences in another order", "", ""));
                break;
            }
        }
        List<String> extras = free.stream().map(ConsoleProgram::name).toList();
        extras.forEach(name -> findings.add(new Finding("note", "ProgramExtra", file, name, "",
                "program " + name + " is not in the protocol (kept by the site, e.g. a localiser): reported, not judged", "", name)));
        int shown = export.programs().stream().mapToInt(p -> p.values().size() + p.notRead().size()).sum();
        boolean qualified = findings.stream().noneMatch(f -> f.severity().equals("error"));
        return new Result(new Evidence(file, "export", export.format().name(), export.vendor(), export.model(), export.software(),
                qualified, verdicts, extras, shown, compared), findings);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The value the program shows for one card parameter: under the same console label, and, where the card repeats that
     * label (Philips prints the typed value of a user defined TR, TE, shot interval or delay on a line of its own labelled
     * "(ms)", spine_generic_philips_R53.pdf), the one right after the same label as on the card (the "(ms)" after "TR"),
     * never merely the first; another repeated label (Philips "MTC" on Contrast and on Dyn/Ang) the first after the line
     * that precedes it on the card.
     */
    static Optional<io.github.diapason.conformity.export.ConsoleValue> shown(List<ConsoleParameter> card, int index, ConsoleProgram program) {
        String label = card.get(index).label();
        if (card.stream().filter(c -> c.label().equals(label)).count() < 2) {
            return program.value(label);
        }
        if (index == 0) {
            return Optional.empty();
        }
        String anchor = card.get(index - 1).label();
        List<io.github.diapason.conformity.export.ConsoleValue> values = program.values();
        boolean typedValue = label.startsWith("(") && label.endsWith(")");
        for (int a = program.indexOf(anchor, -1); a >= 0; a = program.indexOf(anchor, a)) {
            if (typedValue) { // a typed value belongs to the choice right above it, or to none
                if (a + 1 < values.size() && values.get(a + 1).label().equals(label)) {
                    return Optional.of(values.get(a + 1));
                }
                continue;
            }
            int at = program.indexOf(label, a);
            if (at >= 0) {
                return Optional.of(values.get(at));
            }
        }
        return Optional.empty();
    }

    private Optional<ConsoleProgram> byFingerprint(VendorSequence card, List<ConsoleProgram> free) {
        ConsoleProgram best = null;
        double bestShare = 0;
        for (ConsoleProgram p : free) {
            int shown = 0;
            int same = 0;
            List<ConsoleParameter> all = parameters(card);
            for (int i = 0; i < all.size(); i++) {
                Optional<io.github.diapason.conformity.export.ConsoleValue> e = shown(all, i, p);
                if (e.isPresent()) {
                    shown++;
                    same += ConsoleAgreement.agrees(all.get(i), e.get()) ? 1 : 0;
                }
            }
            double share = shown == 0 ? 0 : (double) same / shown;
            if (shown >= 3 && share >= FINGERPRINT_SHARE && share > bestShare) {
                best = p;
                bestShare = share;
            }
        }
        return Optional.ofNullable(best);
    }

    private SequenceVerdict compare(Sequence sequence, String series, VendorSequence card, ConsoleProgram program, String by,
                                    ScannerPeriod scanner, String file, List<Finding> findings) {
        NeutralValues baseline = adapter.backTranslate(card, scanner);
        NeutralValues requested = NeutralValues.requestedBy(sequence);
        List<ValueCheck> values = new ArrayList<>();
        List<NotCompared> notCompared = new ArrayList<>();
        Set<String> cardLabels = new HashSet<>();
        boolean failed = false;
        List<ConsoleParameter> all = parameters(card);
        int index = -1;
        for (Card c : card.cards()) {
            for (ConsoleParameter p : c.parameters()) {
                index++;
                cardLabels.add(p.label());
                String expected = ConsoleAgreement.printed(p.value().display(), p.unit());
                Optional<io.github.diapason.conformity.export.ConsoleValue> shown = shown(all, index, program);
                if (shown.isEmpty()) {
                    notCompared.add(new NotCompared(p.label(), expected, "not-in-export"));
                    continue;
                }
                io.github.diapason.conformity.export.ConsoleValue e = shown.get();
                String found = ConsoleAgreement.printed(e.value(), e.unit());
                if (ConsoleAgreement.agrees(p, e)) {
                    values.add(new ValueCheck(c.name(), p.label(), expected, found, "same", "", "", ""));
                    continue;
                }
                if (!p.unit().isEmpty() && !e.unit().isEmpty() && !p.unit().equalsIgnoreCase(e.unit())) {
                    notCompared.add(new NotCompared(p.label(), found, "unit"));
                    continue;
                }
                Judgement j = judge(card, p, e, baseline, requested, sequence, scanner);
                String outcome = j.outcome();
                String justification = "";
                Optional<AcceptedDifference> acceptance = accepted.stream().filter(a -> a.matches(series, p.label())).findFirst();
                if (acceptance.isPresent() && (outcome.equals("out-of-tolerance") || outcome.equals("differs"))) {
                    used.add(acceptance.get());
                    outcome = "accepted";
                    justification = acceptance.get().justification();
                }
                if (outcome.equals("console-computed")) {
                    notCompared.add(new NotCompared(p.label(), found, "console-computed"));
                    continue;
                }
                values.add(new ValueCheck(c.name(), p.label(), expected, found, outcome, j.parameters(), j.allowed(), justification));
                if (outcome.equals("out-of-tolerance")) {
                    failed = true;
                    findings.add(new Finding("error", "ValueOutOfTolerance", file, series, p.label(),
                            series + ": " + p.label() + " is " + found + " where the card says " + expected + ": "
                                    + (j.allowed().isEmpty() ? j.parameters() + " differs from the protocol's"
                                    : "out of the protocol's tolerance (" + j.allowed() + ")"),
                            expected, found));
                } else if (outcome.equals("differs")) {
                    findings.add(new Finding("warning", "ValueDiffers", file, series, p.label(),
                            series + ": " + p.label() + " is " + found + " where the card shows " + expected
                                    + "; the protocol prescribes nothing it changes: review it", expected, found));
                }
            }
        }
        for (io.github.diapason.conformity.export.ConsoleValue v : program.values()) {
            if (!cardLabels.contains(v.label())) {
                notCompared.add(new NotCompared(v.label().isEmpty() ? v.key() : v.label(), ConsoleAgreement.printed(v.value(), v.unit()), "no-card-value"));
            }
        }
        program.notRead().forEach(k -> notCompared.add(new NotCompared(k, "", "not-read")));
        return new SequenceVerdict(sequence.id(), series, sequence.isMandatory(), program.name(), by,
                failed ? "not-qualified" : "qualified", values, notCompared);
    }

    private record Judgement(String outcome, String parameters, String allowed) {
    }

    /** A differing value judged on the protocol parameters it changes (see the class comment). */
    private Judgement judge(VendorSequence card, ConsoleParameter p, io.github.diapason.conformity.export.ConsoleValue e,
                            NeutralValues baseline, NeutralValues requested, Sequence sequence, ScannerPeriod scanner) {
        String text = e.value().strip();
        boolean number = NUMBER.matcher(text).matches();
        if (!number && p.value() instanceof ConsoleValue.Numeric) {
            // Minimum, shortest, user defined: the console computes or hides the number; nothing to compare
            return new Judgement("console-computed", "", "");
        }
        ConsoleValue replaced = number ? ConsoleValue.number(new BigDecimal(text)) : ConsoleValue.text(text);
        NeutralValues found = adapter.backTranslate(replace(card, p, replaced), scanner);
        Set<ParameterName> changed = EnumSet.noneOf(ParameterName.class);
        for (ParameterName n : ParameterName.values()) {
            if (!found.all(n).equals(baseline.all(n)) || !found.code(n).equals(baseline.code(n))) {
                changed.add(n);
            }
        }
        List<String> judged = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        boolean out = false;
        for (ParameterName n : changed) {
            Optional<ParameterSpec> spec = sequence.parameter(n);
            if (n.isCoded()) {
                if (spec.isPresent() && spec.get().code() != null) {
                    judged.add(n.name());
                    out |= !found.code(n).map(spec.get().code()::equals).orElse(false);
                }
                continue;
            }
            Optional<Double> want = requested.get(n);
            Optional<Double> got = found.get(n);
            if (want.isEmpty() || spec.isEmpty()) {
                continue; // not prescribed: derived or console-only
            }
            judged.add(n.name());
            if (got.isEmpty()) {
                out = true;
                continue;
            }
            ParameterSpec s = spec.get();
            if (s.isRange()) {
                double min = s.min() == null ? Double.NEGATIVE_INFINITY : s.parsedUnit().map(u -> u.toCanonical(s.min())).orElse(s.min());
                double max = s.max() == null ? Double.POSITIVE_INFINITY : s.parsedUnit().map(u -> u.toCanonical(s.max())).orElse(s.max());
                allowed.add(n.name() + " " + fmt(min) + ".." + fmt(max));
                out |= got.get() < min || got.get() > max;
                continue;
            }
            double slack = 1e-6 * Math.max(1, Math.abs(want.get()));
            double tolerance = s.tolerance() == null ? 0
                    : s.parsedUnit().map(u -> u.toCanonical(s.tolerance().allowedDeviation(s.nominal().orElse(0.0))))
                    .orElse(s.tolerance().allowedDeviation(s.nominal().orElse(0.0)));
            double cardDeviation = baseline.get(n).map(b -> Math.abs(b - want.get())).orElse(0.0);
            double limit = Math.max(tolerance, cardDeviation) + slack;
            allowed.add(n.name() + " " + fmt(want.get()) + " ± " + fmt(limit - slack));
            out |= Math.abs(got.get() - want.get()) > limit;
        }
        if (judged.isEmpty()) {
            return new Judgement("differs", "", "");
        }
        return new Judgement(out ? "out-of-tolerance" : "within-tolerance", String.join(", ", judged), String.join("; ", allowed));
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static VendorSequence replace(VendorSequence card, ConsoleParameter target, ConsoleValue value) {
        List<Card> cards = new ArrayList<>();
        for (Card c : card.cards()) {
            cards.add(new Card(c.name(), c.parameters().stream()
                    .map(p -> p == target ? new ConsoleParameter(p.concept(), p.label(), value, p.unit()) : p).toList()));
        }
        return new VendorSequence(card.sequenceId(), card.vendor(), card.technique(), card.orientation(), card.productName(),
                cards, card.approximations(), card.acquisitionTime(), card.diagnostics());
    }

    static List<ConsoleParameter> parameters(VendorSequence card) {
        return card.cards().stream().flatMap(c -> c.parameters().stream()).toList();
    }
}
