package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter is a value, a list of values, or a range — one of them — and a range has min ≤ max. A console
 * {@code setting} (minimum, maximum) belongs to a number, never to a code.
 */
final class InvalidRange implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterSpecs p : ParameterSpecs.of(study.study().protocol())) {
            var s = p.spec();
            int forms = (s.value() != null ? 1 : 0) + (s.values().isEmpty() ? 0 : 1)
                    + (s.min() != null || s.max() != null ? 1 : 0);
            if (forms > 1) {
                out.add(Diagnostic.error(code(), p.name() + " mixes value, values and min/max",
                        "keep one form: a value, a list of values, or a range",
                        study.protocolSource().locate(p.pointer())));
            } else if (s.setting() != null && p.name().isCoded()) {
                // a setting without numbers is InvalidCode's "has no value": the numbers are what the checker accepts
                out.add(Diagnostic.error(code(), p.name() + " is set to the console's " + s.setting()
                        + ", but it is a coded parameter", "remove \"setting\"",
                        study.protocolSource().locate(p.pointer() + "/setting")));
            } else if (s.min() != null && s.max() != null && s.min() > s.max()) {
                out.add(Diagnostic.error(code(), p.name() + " has min " + s.min() + " above max " + s.max(),
                        "swap min and max", study.protocolSource().locate(p.pointer() + "/min")));
            }
        }
        return out;
    }
}
