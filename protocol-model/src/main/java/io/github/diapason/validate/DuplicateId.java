package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Sequence ids and override ids are unique: outputs, rules and diffs are keyed by them. */
final class DuplicateId implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        var protocol = study.study().protocol();
        duplicates(protocol.exam().sequences(), s -> s.id(), "/exam/sequences/", "sequence", study, out);
        duplicates(protocol.overrides(), o -> o.id(), "/overrides/", "override", study, out);
        return out;
    }

    private <T> void duplicates(List<T> items, Function<T, String> id, String prefix, String what, LoadedStudy study,
                                List<Diagnostic> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                out.add(Diagnostic.error(code(), what + " id '" + value + "' is used twice",
                        "give each " + what + " its own id; ids must stay stable across protocol versions",
                        study.protocolSource().locate(prefix + i + "/id")));
            }
        }
    }
}
