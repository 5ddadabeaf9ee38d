package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Deidentification;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.PseudonymMask;
import java.util.List;

/**
 * The pseudonym pattern cannot be printed as a mask to fill in (MSC-07-____): the transfer sheet then
 * shows the pattern itself, which a radiographer cannot read.
 */
final class PseudonymMaskUnavailable implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        Deidentification d = study.study().protocol().deidentification();
        if (d == null || d.pseudonymPattern() == null) {
            return List.of();
        }
        PseudonymMask.Result result = PseudonymMask.parse(d.pseudonymPattern());
        if (result.mask().isPresent()) {
            return List.of();
        }
        return List.of(Diagnostic.warning(code(), "the pseudonym pattern cannot be shown as a mask to fill in (it uses "
                        + result.refusedConstruct() + "); the transfer sheet shows the pattern itself",
                "write it with literal characters and character classes repeated a fixed number of times, e.g. "
                        + "^MSC-(?<site>[0-9]{2})-[0-9]{4}$",
                study.protocolSource().locate("/deidentification/pseudonymPattern")));
    }
}
