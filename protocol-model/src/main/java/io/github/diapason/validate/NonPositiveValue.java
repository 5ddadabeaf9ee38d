package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Dimension;
import io.github.diapason.model.ParameterName;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times, sizes, counts and bandwidths are positive (a slice gap and an oversampling may be zero); a partial Fourier
 * fraction lies in (0.5, 1]; counts are whole numbers except the acceleration factors and averages, which
 * consoles may set to fractions (ParameterName#allowsFraction).
 */
final class NonPositiveValue implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterSpecs p : ParameterSpecs.of(study.study().protocol())) {
            if (p.name().isCoded() || p.name() == ParameterName.FlipAngle) {
                continue;
            }
            List<Double> numbers = Stream.concat(Stream.of(p.spec().value(), p.spec().min(), p.spec().max()),
                    p.spec().values().stream()).filter(v -> v != null).toList();
            boolean zeroAllowed = p.name() == ParameterName.SliceGap || p.name() == ParameterName.PhaseOversampling
                    || p.name() == ParameterName.SliceOversampling;
            for (double v : numbers) {
                if (v < 0 || (v == 0 && !zeroAllowed)) {
                    out.add(Diagnostic.error(code(), p.name() + " must be " + (zeroAllowed ? "zero or more" : "positive")
                            + ", found " + v, "correct the value", study.protocolSource().locate(p.pointer())));
                    break;
                }
                if ((p.name() == ParameterName.PartialFourier || p.name() == ParameterName.PartialFourierSlice)
                        && (v <= 0.5 || v > 1)
                        && p.spec().parsedUnit().map(u -> u.toCanonical(v)).map(c -> c <= 0.5 || c > 1).orElse(true)) {
                    out.add(Diagnostic.error(code(), p.name() + " is a fraction in (0.5, 1], found " + v,
                            "write e.g. 0.75 with unit \"1\" for 6/8", study.protocolSource().locate(p.pointer())));
                    break;
                }
                if (p.name().dimension() == Dimension.COUNT && !p.name().allowsFraction() && v != Math.rint(v)) {
                    out.add(Diagnostic.error(code(), p.name() + " is a count and must be a whole number, found " + v,
                            "round it", study.protocolSource().locate(p.pointer())));
                    break;
                }
            }
        }
        return out;
    }
}
