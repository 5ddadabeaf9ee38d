package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ParameterName;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** For inversion-prepared techniques, the inversion delay fits in the repetition: TI &lt; TR. */
public final class InversionTimeNotBelowRepetitionTime implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterScope scope : ParameterScope.of(study.study().protocol())) {
            if (!scope.sequence().technique().usesInversion()) {
                continue;
            }
            Optional<Double> tr = scope.canonical(ParameterName.RepetitionTime);
            Optional<Double> ti = scope.canonical(ParameterName.InversionTime);
            if (tr.isPresent() && ti.isPresent() && ti.get() >= tr.get()
                    && scope.owns(ParameterName.InversionTime, ParameterName.RepetitionTime)) {
                out.add(Diagnostic.error(code(), scope.description() + ": TI "
                                + EchoTimeNotBelowRepetitionTime.fmt(ti.get()) + " ms is not below TR "
                                + EchoTimeNotBelowRepetitionTime.fmt(tr.get()) + " ms",
                        "shorten TI or lengthen TR (check the units)",
                        study.protocolSource().locate(scope.pointer(ParameterName.InversionTime))));
            }
        }
        return out;
    }
}
