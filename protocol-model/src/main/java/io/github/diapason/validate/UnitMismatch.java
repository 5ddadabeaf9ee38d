package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Unit;
import io.github.diapason.read.LoadedStudy;
import java.util.List;
import java.util.Locale;

/** A parameter's unit measures what the parameter is: EchoTime in mm is a typo that must not reach a site. */
final class UnitMismatch implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        return ParameterSpecs.of(study.study().protocol()).stream()
                .filter(p -> p.spec().unit() != null)
                .filter(p -> p.name().isCoded()
                        || p.spec().parsedUnit().map(u -> u.dimension() != p.name().dimension()).orElse(false))
                .map(p -> p.name().isCoded()
                        ? Diagnostic.error(code(), p.name() + " is a coded parameter and takes no unit",
                                "remove \"unit\" and give \"code\"", study.protocolSource().locate(p.pointer() + "/unit"))
                        : Diagnostic.error(code(), p.name() + " is a " + dimension(p) + " but its unit '"
                                        + p.spec().unit() + "' is not",
                                "use one of " + String.join(", ", Unit.symbolsOf(p.name().dimension())),
                                study.protocolSource().locate(p.pointer() + "/unit")))
                .toList();
    }

    private static String dimension(ParameterSpecs p) {
        return p.name().dimension().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
