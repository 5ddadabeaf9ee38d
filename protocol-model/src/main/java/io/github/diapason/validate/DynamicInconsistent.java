package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.DynamicOf;
import io.github.diapason.model.OverrideSelector;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.ProtocolOverride;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.SequencePatch;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A sequence an override makes a dynamic of another sequence's series ({@link DynamicOf}) names a sequence of the
 * exam, not itself, that is not a dynamic in turn; the dynamics of one series are numbered 2, 3, … without gap or
 * repeat (dynamic 1 is the host); and host and dynamic share technique, orientation and geometry, since a console
 * acquires its dynamics with one program. The dynamics declared by overrides with the same {@code when} are taken
 * together, as they apply together, over the protocol's own (every vendor's).
 */
final class DynamicInconsistent implements Rule {

    /** The parameters every dynamic of one series shares: its geometry. */
    private static final Set<ParameterName> GEOMETRY = Set.of(ParameterName.FieldOfViewRead,
            ParameterName.FieldOfViewPhase, ParameterName.AcquisitionMatrixRead, ParameterName.AcquisitionMatrixPhase,
            ParameterName.SliceThickness, ParameterName.SliceGap, ParameterName.NumberOfSlices,
            ParameterName.MRAcquisitionType);

    private record Declared(String id, DynamicOf dynamic, String pointer) {
    }

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        Protocol protocol = study.study().protocol();
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        protocol.exam().sequences().forEach(s -> sequences.put(s.id(), s));
        Map<OverrideSelector, List<Declared>> groups = new LinkedHashMap<>();
        Map<OverrideSelector, Map<String, Map<ParameterName, ParameterSpec>>> patched = new LinkedHashMap<>();
        List<ProtocolOverride> overrides = protocol.overrides();
        for (int o = 0; o < overrides.size(); o++) {
            ProtocolOverride override = overrides.get(o);
            for (Map.Entry<String, SequencePatch> e : override.sequences().entrySet()) {
                patched.computeIfAbsent(override.when(), k -> new TreeMap<>())
                        .computeIfAbsent(e.getKey(), k -> new EnumMap<>(ParameterName.class)).putAll(e.getValue().parameters());
                if (e.getValue().dynamicOf() != null) {
                    groups.computeIfAbsent(override.when(), k -> new ArrayList<>()).add(new Declared(e.getKey(),
                            e.getValue().dynamicOf(), "/overrides/" + o + "/sequences/" + Pointers.escape(e.getKey())
                            + "/dynamicOf"));
                }
            }
        }
        // the protocol's own dynamics (every vendor), then each vendor selection's over them
        List<Declared> base = new ArrayList<>();
        List<Sequence> all = protocol.exam().sequences();
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).dynamicOf() != null) {
                base.add(new Declared(all.get(k).id(), all.get(k).dynamicOf(), "/exam/sequences/" + k + "/dynamicOf"));
            }
        }
        java.util.Set<Diagnostic> out = new java.util.LinkedHashSet<>();
        check(study, sequences, base, Map.of(), out);
        groups.forEach((when, declared) -> {
            List<Declared> merged = new ArrayList<>(base.stream()
                    .filter(b -> declared.stream().noneMatch(d -> d.id().equals(b.id()))).toList());
            merged.addAll(declared);
            check(study, sequences, merged, patched.get(when), out);
        });
        return List.copyOf(out);
    }

    private void check(LoadedStudy study, Map<String, Sequence> sequences, List<Declared> declared,
                       Map<String, Map<ParameterName, ParameterSpec>> patched, java.util.Set<Diagnostic> out) {
        Map<String, Declared> byId = new LinkedHashMap<>();
        declared.forEach(d -> byId.put(d.id(), d));
        Map<String, List<Declared>> byHost = new TreeMap<>();
        for (Declared d : declared) {
            String host = d.dynamic().sequence();
            var at = study.protocolSource().locate(d.pointer() + "/sequence");
            if (!sequences.containsKey(host)) {
                String suggestion = Suggestions.didYouMean(host, List.copyOf(sequences.keySet()));
                out.add(Diagnostic.error(code(), "sequence '" + d.id() + "' is a dynamic of sequence '" + host
                        + "', which the exam does not have", (suggestion.isEmpty() ? "" : suggestion + " ")
                        + "name the sequence whose series holds it: " + String.join(", ", sequences.keySet()), at));
            } else if (host.equals(d.id())) {
                out.add(Diagnostic.error(code(), "sequence '" + d.id() + "' is a dynamic of its own series",
                        "name the other sequence whose series holds it, or remove dynamicOf", at));
            } else if (byId.containsKey(host)) {
                out.add(Diagnostic.error(code(), "sequence '" + d.id() + "' is a dynamic of '" + host
                        + "', which is itself a dynamic of '" + byId.get(host).dynamic().sequence() + "'",
                        "name the sequence whose series holds both: '" + byId.get(host).dynamic().sequence() + "'", at));
            } else {
                byHost.computeIfAbsent(host, k -> new ArrayList<>()).add(d);
                sameProgram(study, sequences.get(d.id()), sequences.get(host), d, patched, out);
            }
        }
        byHost.forEach((host, members) -> {
            int last = members.size() + 1;
            List<Integer> seen = new ArrayList<>();
            for (Declared d : members) {
                int k = d.dynamic().dynamic();
                var at = study.protocolSource().locate(d.pointer() + "/dynamic");
                if (seen.contains(k)) {
                    out.add(Diagnostic.error(code(), "sequences '" + members.get(seen.indexOf(k)).id() + "' and '"
                            + d.id() + "' are both dynamic " + k + " of the series of '" + host + "'",
                            "number the dynamics of one series 2 to " + last + ", each once", at));
                } else if (k < 2 || k > last) {
                    out.add(Diagnostic.error(code(), "sequence '" + d.id() + "' is dynamic " + k + " of the series of '"
                            + host + "', which has " + last + " dynamics", "number the dynamics of '" + host + "' 2 to "
                            + last + " (dynamic 1 is '" + host + "' itself)", at));
                }
                seen.add(k);
            }
        });
    }

    /** Host and dynamic are one program: the same technique, orientation and geometry (with this override's). */
    private void sameProgram(LoadedStudy study, Sequence dynamic, Sequence host, Declared d,
                             Map<String, Map<ParameterName, ParameterSpec>> patched, java.util.Set<Diagnostic> out) {
        var at = study.protocolSource().locate(d.pointer() + "/sequence");
        if (dynamic.technique() != host.technique() || dynamic.orientation() != host.orientation()) {
            out.add(Diagnostic.error(code(), "sequence '" + dynamic.id() + "' (" + program(dynamic)
                    + ") cannot be a dynamic of '" + host.id() + "' (" + program(host)
                    + "): a series' dynamics share one program",
                    "give both the same technique and orientation, or acquire them as two series", at));
            return;
        }
        Map<ParameterName, ParameterSpec> a = effective(dynamic, patched);
        Map<ParameterName, ParameterSpec> b = effective(host, patched);
        List<String> differ = GEOMETRY.stream().filter(p -> !Objects.equals(a.get(p), b.get(p)))
                .map(ParameterName::name).sorted().toList();
        if (!differ.isEmpty()) {
            out.add(Diagnostic.error(code(), "sequence '" + dynamic.id() + "' cannot be a dynamic of '" + host.id()
                    + "': their geometry differs (" + String.join(", ", differ) + ")",
                    "give both the same geometry, or acquire them as two series", at));
        }
    }

    private static String program(Sequence s) {
        return s.technique().id() + (s.orientation() == null ? "" : ", " + s.orientation().id());
    }

    private static Map<ParameterName, ParameterSpec> effective(Sequence s,
                                                               Map<String, Map<ParameterName, ParameterSpec>> patched) {
        Map<ParameterName, ParameterSpec> m = new EnumMap<>(ParameterName.class);
        m.putAll(s.parameters());
        m.putAll(patched.getOrDefault(s.id(), Map.of()));
        return m;
    }
}
