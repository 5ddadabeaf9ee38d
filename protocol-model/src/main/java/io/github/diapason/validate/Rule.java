package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.LoadedStudy;
import java.util.List;

/**
 * One semantic check over a study that already passed its schemas. Each rule is a small
 * class; its diagnostic code is the class's simple name, so codes stay stable and greppable.
 */
public interface Rule {

    List<Diagnostic> check(LoadedStudy study);

    default String code() {
        return getClass().getSimpleName();
    }
}
