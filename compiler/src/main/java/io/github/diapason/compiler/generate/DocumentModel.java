package io.github.diapason.compiler.generate;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.words.Messages;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.model.Contact;
import io.github.diapason.model.Deidentification;
import io.github.diapason.model.Equipment;
import io.github.diapason.model.Exam;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.model.StudyInfo;
import io.github.diapason.model.Transfer;
import io.github.diapason.model.Visit;
import io.github.diapason.text.PseudonymMask;
import io.github.diapason.resolve.AppliedOverride;
import io.github.diapason.resolve.Provenance;
import io.github.diapason.vendor.Approximation;
import io.github.diapason.vendor.Card;
import io.github.diapason.vendor.ConsoleParameter;
import io.github.diapason.vendor.ConsoleValue;
import io.github.diapason.vendor.VendorSequence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The data model the templates receive, built from a compiled site: plain maps, lists, strings,
 * numbers and booleans, every text already in the document's language. It is what
 * {@code --dump-model} writes as JSON, so template authors can see every name without reading
 * our code. Absent values are absent keys (templates test them with {@code ??}).
 */
final class DocumentModel {


    private DocumentModel() {
    }

    public static Map<String, Object> site(SiteOutcome outcome, String language, Messages messages) {
        Words w = new Words(language, messages);
        Protocol protocol = outcome.effective().protocol();
        Site site = outcome.effective().site();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", language);
        m.put("study", study(protocol.study(), w));
        m.put("site", site(site, w));
        m.put("scanner", scanner(outcome));
        m.put("exam", exam(protocol.exam(), w));
        List<Map<String, Object>> sequences = new ArrayList<>();
        List<Map<String, Object>> dropped = new ArrayList<>();
        int number = 0;
        for (SequenceOutcome s : outcome.sequences()) {
            if (s.feasibility().runnable() && s.vendor().isPresent()) {
                sequences.add(sequence(++number, s, outcome, w));
            } else if (s.sequence().dynamicOf() != null && s.feasibility().runnable()) {
                continue; // listed under its host series (dynamics)
            } else {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", s.sequence().id());
                d.put("name", w.text(s.sequence().name()));
                d.put("mandatory", s.sequence().isMandatory());
                d.put("reasons", s.feasibility().reasons().stream().map(messages::reason).toList());
                dropped.add(d);
            }
        }
        m.put("sequences", sequences);
        m.put("dropped", dropped);
        m.put("overrides", outcome.effective().applied().stream().map(o -> override(o, w)).toList());
        m.put("timeline", Timeline.of(outcome.runnable(), protocol.exam(), w));
        putIfPresent(m, "deidentification", protocol.deidentification(), d -> deidentification(d, site.code(), w));
        putIfPresent(m, "transfer", protocol.transfer(), t -> transfer(t, w));
        return m;
    }

    static Map<String, Object> study(StudyInfo s, Words w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", w.text(s.title()));
        m.put("version", s.version());
        putIfPresent(m, "date", s.date(), Function.identity());
        putIfPresent(m, "objective", s.objective(), t -> w.text(t));
        putIfPresent(m, "sponsor", s.sponsor(), Function.identity());
        putIfPresent(m, "coordinatingCentre", s.coordinatingCentre(), Function.identity());
        m.put("contacts", s.contacts().stream().map(DocumentModel::contact).toList());
        m.put("languages", s.languages());
        m.put("visits", s.visits().stream().map(v -> visit(v, w)).toList());
        return m;
    }

    static Map<String, Object> visit(Visit v, Words w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("label", w.text(v.label()));
        putIfPresent(m, "window", v.window(), t -> w.text(t));
        m.put("contrast", v.withContrast());
        return m;
    }

    private static Map<String, Object> site(Site s, Words w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        putIfPresent(m, "code", s.code(), Function.identity());
        putIfPresent(m, "plannedParticipants", s.plannedParticipants(), Function.identity());
        m.put("language", s.language());
        m.put("referenceSite", s.referenceSite());
        m.put("contacts", s.contacts().stream().map(DocumentModel::contact).toList());
        m.put("coils", s.coils().stream().map(c -> Map.<String, Object>of("name", c.name(), "channels", c.channels())).toList());
        m.put("licensedOptions", s.licensedOptions());
        m.put("phantoms", s.phantoms());
        m.put("plannedUpgrades", s.plannedUpgrades().stream().map(u -> Map.<String, Object>of(
                "date", String.valueOf(u.date()), "description", w.text(u.description()))).toList());
        return m;
    }

    static Map<String, Object> scanner(SiteOutcome outcome) {
        ScannerPeriod p = outcome.effective().scanner();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", p.vendor());
        m.put("vendorName", outcome.parameterSet().vendorName());
        m.put("model", p.model());
        m.put("fieldStrength", p.fieldStrength());
        m.put("softwareVersion", p.softwareVersion());
        putIfPresent(m, "deviceSerialNumber", p.deviceSerialNumber(), Function.identity());
        putIfPresent(m, "validFrom", p.validFrom(), String::valueOf);
        putIfPresent(m, "validTo", p.validTo(), String::valueOf);
        return m;
    }

    private static Map<String, Object> exam(Exam e, Words w) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfPresent(m, "maximumDuration", e.maximumDuration(), q -> Map.of("value", q.value(), "unit", q.unit()));
        Map<String, Object> positioning = new LinkedHashMap<>();
        if (e.positioning() != null) {
            putIfPresent(positioning, "patientPosition", e.positioning().patientPosition(), Function.identity());
            putIfPresent(positioning, "instructions", e.positioning().instructions(), t -> w.text(t));
        }
        m.put("positioning", positioning);
        putIfPresent(m, "participantInstructions", e.participantInstructions(), t -> w.text(t));
        putIfPresent(m, "agitatedParticipant", e.agitatedParticipant(), t -> w.text(t));
        Equipment eq = e.equipment();
        Map<String, Object> coil = new LinkedHashMap<>();
        if (eq != null && eq.coil() != null) {
            putIfPresent(coil, "description", eq.coil().description(), t -> w.text(t));
            putIfPresent(coil, "minimumChannels", eq.coil().minimumChannels(), Function.identity());
        }
        m.put("coil", coil);
        if (eq != null && eq.contrastAgent() != null) {
            Map<String, Object> ca = new LinkedHashMap<>();
            ca.put("name", eq.contrastAgent().name());
            putIfPresent(ca, "dose", eq.contrastAgent().dose(), t -> w.text(t));
            putIfPresent(ca, "administration", eq.contrastAgent().administration(), t -> w.text(t));
            m.put("contrastAgent", ca);
        }
        m.put("sensors", eq == null ? List.of() : w.texts(eq.sensors()));
        m.put("other", eq == null ? List.of() : w.texts(eq.other()));
        m.put("externalReferences", w.texts(e.externalReferences()));
        return m;
    }

    private static Map<String, Object> sequence(int number, SequenceOutcome outcome, SiteOutcome site, Words w) {
        Sequence s = outcome.sequence();
        VendorSequence v = outcome.vendor().orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("id", s.id());
        m.put("name", w.text(s.name()));
        m.put("technique", s.technique().id());
        m.put("mandatory", s.isMandatory());
        m.put("repeatIfNonConformant", s.repeatIfNonConformant());
        putIfPresent(m, "orientation", s.orientation(), o -> o.id());
        putIfPresent(m, "coverage", s.coverage(), t -> w.text(t));
        putIfPresent(m, "landmark", s.landmark(), t -> w.text(t));
        putIfPresent(m, "seriesName", s.seriesName(), Function.identity());
        m.put("runs", s.runs());
        m.put("runSeriesNames", s.runSeriesNames());
        m.put("dynamics", dynamics(s, site, w));
        m.put("productName", w.typography(v.productName()));
        m.put("cards", v.cards().stream().map(c -> card(c, w)).toList());
        m.put("approximations", v.approximations().stream().map(a -> approximation(a, w)).toList());
        m.put("acquisitionTime", Map.of("seconds", v.acquisitionTime().seconds(),
                "display", w.numbers(v.acquisitionTime().display())));
        if (s.diffusion() != null) {
            m.put("diffusion", Map.of("shells", s.diffusion().shells().stream().map(sh -> {
                Map<String, Object> shell = new LinkedHashMap<>();
                shell.put("bValue", sh.bValue());
                shell.put("directions", sh.directions());
                putIfPresent(shell, "reversedPhase", sh.reversedPhase(), Function.identity());
                return shell;
            }).toList()));
            site.directionFile(s.id()).ifPresent(f -> m.put("directionFile", f.path()));
        }
        if (s.functional() != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("task", s.functional().task());
            f.put("volumes", s.functional().volumes());
            putIfPresent(f, "dummyVolumes", s.functional().dummyVolumes(), Function.identity());
            m.put("functional", f);
        }
        m.put("checksBeforeStart", w.texts(s.checksBeforeStart()));
        m.put("allowedAdaptations", w.texts(s.allowedAdaptations()));
        m.put("reconstructions", w.texts(s.reconstructions()));
        m.put("requiredOptions", s.requiredOptions());
        List<Map<String, Object>> adjustments = new ArrayList<>();
        site.effective().provenance().getOrDefault(s.id(), Map.of()).forEach((parameter, steps) -> {
            Provenance last = steps.get(steps.size() - 1);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("parameter", parameter.name());
            a.put("parameterName", w.msg("parameter." + parameter.name()));
            a.put("value", w.numbers(describe(last.value())));
            a.put("overrideId", last.overrideId());
            a.put("level", last.level().name());
            a.put("reason", w.text(last.reason()));
            putIfPresent(a, "replaced", last.replaced(), r -> w.numbers(describe(r)));
            adjustments.add(a);
        });
        m.put("adjustments", adjustments);
        return m;
    }

    /**
     * The sequences this site's console acquires as further dynamics of {@code host}'s series (DynamicOf), in
     * dynamic order: each with its name, its dynamic number and the series holding it.
     */
    private static List<Map<String, Object>> dynamics(Sequence host, SiteOutcome site, Words w) {
        return site.sequences().stream().map(SequenceOutcome::sequence)
                .filter(d -> d.dynamicOf() != null && d.dynamicOf().sequence().equals(host.id()))
                .sorted(java.util.Comparator.comparingInt(d -> d.dynamicOf().dynamic()))
                .map(d -> Map.<String, Object>of("id", d.id(), "name", w.text(d.name()),
                        "number", d.dynamicOf().dynamic(), "text", w.msg("sequence.dynamic",
                                w.text(d.name()), d.dynamicOf().dynamic(), host.seriesNameOrId())))
                .toList();
    }

    /** A console card: labels as the console shows them, values with the document's decimal separator. */
    private static Map<String, Object> card(Card c, Words w) {
        return Map.of("name", c.name(), "parameters", c.parameters().stream().map(p -> parameter(p, w)).toList());
    }

    private static Map<String, Object> parameter(ConsoleParameter p, Words w) {
        // a protocol range is set within, never at a middle the radiographer would type
        String value = p.value() instanceof ConsoleValue.Range r
                ? w.msg("card.range", w.numbers(r.low().toPlainString()), w.numbers(r.high().toPlainString()))
                : w.numbers(p.value().display());
        return Map.of("label", p.label(), "value", value, "unit", p.unit());
    }

    private static Map<String, Object> approximation(Approximation a, Words w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameter", a.parameter().name());
        m.put("parameterName", w.msg("parameter." + a.parameter().name()));
        m.put("requested", round(a.requested()));
        m.put("achieved", round(a.achieved()));
        m.put("unit", a.unit());
        m.put("allowed", round(a.allowedDeviation()));
        m.put("withinTolerance", a.withinTolerance());
        return m;
    }

    private static Map<String, Object> override(AppliedOverride o, Words w) {
        return Map.of("id", o.id(), "level", o.level().name(), "reason", w.text(o.reason()),
                "sequences", o.sequences());
    }

    private static Map<String, Object> deidentification(Deidentification d, String siteCode, Words w) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfPresent(m, "profile", d.profile(), Function.identity());
        m.put("options", d.options());
        putIfPresent(m, "pseudonymPattern", d.pseudonymPattern(), Function.identity());
        if (d.pseudonymPattern() != null) {
            // The mask a site fills in by hand (MSC-07-____); absent when the pattern cannot be one (validate warns).
            PseudonymMask.parse(d.pseudonymPattern()).mask().ifPresent(mask -> m.put("pseudonymMask", mask.fill(siteCode)));
        }
        m.put("keep", d.keep());
        putIfPresent(m, "procedure", d.procedure(), t -> w.text(t));
        return m;
    }

    private static Map<String, Object> transfer(Transfer t, Words w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", t.method());
        putIfPresent(m, "destination", t.destination(), Function.identity());
        putIfPresent(m, "instructions", t.instructions(), x -> w.text(x));
        return m;
    }

    private static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        putIfPresent(m, "role", c.role(), Function.identity());
        putIfPresent(m, "email", c.email(), Function.identity());
        putIfPresent(m, "phone", c.phone(), Function.identity());
        return m;
    }

    /** A neutral spec as a short text: "450 ms", "4.92, 7.38 ms", "0.9–1.1 mm", "j-". */
    static String describe(ParameterSpec p) {
        String unit = p.unit() == null || "1".equals(p.unit()) || "count".equals(p.unit()) ? "" : " " + p.unit();
        if (p.code() != null) {
            return p.code();
        }
        if (p.value() != null) {
            return number(p.value()) + unit;
        }
        if (!p.values().isEmpty()) {
            return String.join(", ", p.values().stream().map(DocumentModel::number).toList()) + unit;
        }
        return (p.min() == null ? "" : number(p.min())) + "–" + (p.max() == null ? "" : number(p.max())) + unit;
    }

    /** {@link io.github.diapason.compiler.words.Messages#plain}: whole numbers without a decimal point, others without trailing zeros. */
    static String number(double v) {
        return io.github.diapason.compiler.words.Messages.plain(v);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
    }

    private static <T> void putIfPresent(Map<String, Object> m, String key, T value, Function<T, Object> f) {
        if (value != null) {
            m.put(key, f.apply(value));
        }
    }
}
