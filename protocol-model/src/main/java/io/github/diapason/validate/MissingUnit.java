package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Unit;
import io.github.diapason.read.LoadedStudy;
import java.util.List;

/** Every number states its unit: "2300" alone could be ms or µs, and the console cares. */
final class MissingUnit implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        return ParameterSpecs.of(study.study().protocol()).stream()
                .filter(p -> !p.name().isCoded() && p.isNumeric() && p.spec().unit() == null)
                .map(p -> Diagnostic.error(code(), p.name() + " has a value but no unit",
                        "add \"unit\": one of " + String.join(", ", Unit.symbolsOf(p.name().dimension())),
                        study.protocolSource().locate(p.pointer())))
                .toList();
    }
}
