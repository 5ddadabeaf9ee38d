package io.github.diapason.validate;

import io.github.diapason.model.ProtocolOverride;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.SequencePatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every parameter spec written in a protocol (base sequences and override patches), with its pointer. */
record ParameterSpecs(ParameterName name, ParameterSpec spec, String pointer) {

    static List<ParameterSpecs> of(Protocol protocol) {
        List<ParameterSpecs> all = new ArrayList<>();
        List<Sequence> sequences = protocol.exam().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            add(all, sequences.get(i).parameters(), "/exam/sequences/" + i + "/parameters/");
        }
        List<ProtocolOverride> overrides = protocol.overrides();
        for (int o = 0; o < overrides.size(); o++) {
            for (Map.Entry<String, SequencePatch> e : overrides.get(o).sequences().entrySet()) {
                add(all, e.getValue().parameters(),
                        "/overrides/" + o + "/sequences/" + Pointers.escape(e.getKey()) + "/parameters/");
            }
        }
        return all;
    }

    private static void add(List<ParameterSpecs> all, Map<ParameterName, ParameterSpec> params, String prefix) {
        params.forEach((name, spec) -> all.add(new ParameterSpecs(name, spec, prefix + name.name())));
    }

    boolean isNumeric() {
        return spec.value() != null || !spec.values().isEmpty() || spec.min() != null || spec.max() != null;
    }
}
