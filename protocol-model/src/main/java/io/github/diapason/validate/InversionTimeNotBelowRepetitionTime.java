package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Sequence;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** For inversion-prepared techniques, the inversion delay fits in the repetition: TI &lt; TR. */
final class InversionTimeNotBelowRepetitionTime implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterScope scope : ParameterScope.of(study.study().protocol())) {
            if (!scope.sequence().technique().usesInversion()) {
                continue;
            }
            if (scope.reports(InversionTimeNotBelowRepetitionTime::violated, ParameterName.InversionTime,
                    ParameterName.RepetitionTime)) {
                double tr = scope.canonical(ParameterName.RepetitionTime).orElseThrow();
                double ti = scope.canonical(ParameterName.InversionTime).orElseThrow();
                out.add(Diagnostic.error(code(), scope.description() + ": TI "
                                + EchoTimeNotBelowRepetitionTime.fmt(ti) + " ms is not below TR "
                                + EchoTimeNotBelowRepetitionTime.fmt(tr) + " ms",
                        "shorten TI or lengthen TR (check the units)",
                        study.protocolSource().locate(scope.pointer(ParameterName.InversionTime))));
            }
        }
        return out;
    }

    private static boolean violated(Sequence s) {
        Optional<Double> tr = s.parameter(ParameterName.RepetitionTime).flatMap(ParameterSpec::canonical);
        Optional<Double> ti = s.parameter(ParameterName.InversionTime).flatMap(ParameterSpec::canonical);
        return tr.isPresent() && ti.isPresent() && ti.get() >= tr.get();
    }
}
