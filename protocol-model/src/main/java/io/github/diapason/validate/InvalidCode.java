package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** Coded parameters take one of their codes and no number; numeric ones take no code. */
final class InvalidCode implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterSpecs p : ParameterSpecs.of(study.study().protocol())) {
            var at = study.protocolSource().locate(p.pointer());
            if (p.name().isCoded()) {
                String code = p.spec().code();
                if (code == null || p.isNumeric()) {
                    out.add(Diagnostic.error(code(), p.name() + " is coded: give \"code\" and no number",
                            "allowed codes: " + String.join(", ", p.name().codes()), at));
                } else if (!p.name().codes().contains(code)) {
                    String s = Suggestions.didYouMean(code, p.name().codes());
                    out.add(Diagnostic.error(code(), "'" + code + "' is not a code of " + p.name(),
                            (s.isEmpty() ? "" : s + " ") + "allowed codes: " + String.join(", ", p.name().codes()),
                            study.protocolSource().locate(p.pointer() + "/code")));
                }
            } else if (p.spec().code() != null) {
                out.add(Diagnostic.error(code(), p.name() + " is numeric and takes no code",
                        "replace \"code\" with \"value\" and \"unit\"", study.protocolSource().locate(p.pointer() + "/code")));
            } else if (!p.isNumeric()) {
                out.add(Diagnostic.error(code(), p.name() + " has no value",
                        "give \"value\", \"values\" or \"min\"/\"max\" with a \"unit\"", at));
            }
        }
        return out;
    }
}
