package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Sequence;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every echo comes before the next excitation: TE (the last echo, for multi-echo) &lt; TR. */
final class EchoTimeNotBelowRepetitionTime implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterScope scope : ParameterScope.of(study.study().protocol())) {
            if (scope.reports(EchoTimeNotBelowRepetitionTime::violated, ParameterName.EchoTime,
                    ParameterName.RepetitionTime)) {
                double tr = scope.canonical(ParameterName.RepetitionTime).orElseThrow();
                double te = lastEcho(scope.sequence().parameter(ParameterName.EchoTime)).orElseThrow();
                out.add(Diagnostic.error(code(), scope.description() + ": TE " + fmt(te) + " ms is not below TR "
                                + fmt(tr) + " ms",
                        "shorten TE or lengthen TR (check the units)",
                        study.protocolSource().locate(scope.pointer(ParameterName.EchoTime))));
            }
        }
        return out;
    }

    private static boolean violated(Sequence s) {
        Optional<Double> tr = s.parameter(ParameterName.RepetitionTime).flatMap(ParameterSpec::canonical);
        Optional<Double> te = lastEcho(s.parameter(ParameterName.EchoTime));
        return tr.isPresent() && te.isPresent() && te.get() >= tr.get();
    }

    static Optional<Double> lastEcho(Optional<ParameterSpec> te) {
        return te.flatMap(spec -> {
            if (spec.values().isEmpty()) {
                return spec.canonical();
            }
            double max = spec.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            return spec.parsedUnit().map(u -> u.toCanonical(max));
        });
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
