package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ParameterName;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An excitation flip angle lies in (0°, 180°]. */
final class FlipAngleOutOfRange implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterSpecs p : ParameterSpecs.of(study.study().protocol())) {
            if (p.name() != ParameterName.FlipAngle || p.spec().parsedUnit().isEmpty()) {
                continue;
            }
            var unit = p.spec().parsedUnit().get();
            Stream.concat(Stream.of(p.spec().value(), p.spec().min(), p.spec().max()), p.spec().values().stream())
                    .filter(v -> v != null)
                    .filter(v -> unit.toCanonical(v) <= 0 || unit.toCanonical(v) > 180)
                    .findFirst()
                    .ifPresent(v -> out.add(Diagnostic.error(code(), "flip angle " + v + " " + unit.symbol()
                                    + " is outside (0, 180] deg", "use an angle above 0 and at most 180 degrees",
                            study.protocolSource().locate(p.pointer() + (p.spec().value() != null ? "/value" : "")))));
        }
        return out;
    }
}
