package io.github.diapason.validate;

import io.github.diapason.model.ProtocolOverride;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.SequencePatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of parameters that must be consistent together: a base sequence, or a base sequence
 * with one override's patch applied. Each parameter remembers the JSON pointer it was written
 * at, so a rule can point at the override that introduced an inconsistency.
 */
record ParameterScope(String description, Sequence sequence, Sequence base, Map<ParameterName, String> pointers,
                      boolean patched) {

    static List<ParameterScope> of(Protocol protocol) {
        List<ParameterScope> scopes = new ArrayList<>();
        List<Sequence> sequences = protocol.exam().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            Sequence s = sequences.get(i);
            Map<ParameterName, String> pointers = new EnumMap<>(ParameterName.class);
            String base = "/exam/sequences/" + i + "/parameters/";
            s.parameters().keySet().forEach(p -> pointers.put(p, base + p.name()));
            scopes.add(new ParameterScope("sequence '" + s.id() + "'", s, s, pointers, false));
        }
        for (int o = 0; o < protocol.overrides().size(); o++) {
            ProtocolOverride override = protocol.overrides().get(o);
            for (Map.Entry<String, SequencePatch> patch : override.sequences().entrySet()) {
                int index = indexOf(sequences, patch.getKey());
                if (index < 0) {
                    continue; // DanglingReference reports it
                }
                Sequence s = sequences.get(index);
                Map<ParameterName, ParameterSpec> merged = new EnumMap<>(ParameterName.class);
                merged.putAll(s.parameters());
                merged.putAll(patch.getValue().parameters());
                Map<ParameterName, String> pointers = new EnumMap<>(ParameterName.class);
                String base = "/exam/sequences/" + index + "/parameters/";
                s.parameters().keySet().forEach(p -> pointers.put(p, base + p.name()));
                String over = "/overrides/" + o + "/sequences/" + Pointers.escape(patch.getKey()) + "/parameters/";
                patch.getValue().parameters().keySet().forEach(p -> pointers.put(p, over + p.name()));
                scopes.add(new ParameterScope("sequence '" + s.id() + "' with override '" + override.id() + "'",
                        s.withParameters(merged), s, pointers, true));
            }
        }
        return scopes;
    }

    private static int indexOf(List<Sequence> sequences, String id) {
        for (int i = 0; i < sequences.size(); i++) {
            if (sequences.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    Optional<Double> canonical(ParameterName name) {
        return sequence.parameter(name).flatMap(ParameterSpec::canonical);
    }

    String pointer(ParameterName name) {
        return pointers.get(name);
    }

    /**
     * Whether this scope should report a problem that {@code violated} detects: a base sequence
     * reports its own problems; a patched one only those the override introduced (the base
     * sequence is fine, and the override wrote one of the parameters involved).
     */
    boolean reports(java.util.function.Predicate<Sequence> violated, ParameterName... involved) {
        if (!violated.test(sequence)) {
            return false;
        }
        if (!patched) {
            return true;
        }
        if (violated.test(base)) {
            return false;
        }
        for (ParameterName p : involved) {
            String at = pointers.get(p);
            if (at != null && at.startsWith("/overrides/")) {
                return true;
            }
        }
        return false;
    }
}
