package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.LoadedStudy;
import java.util.List;
import java.util.regex.Pattern;

/** The study version is a semantic version: the change-control gate compares versions by their parts. */
final class NotSemanticVersion implements Rule {

    /** semver.org 2.0.0, without build metadata ordering concerns. */
    static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-.]+)?$");

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        String version = study.study().protocol().study().version();
        if (version != null && SEMVER.matcher(version).matches()) {
            return List.of();
        }
        return List.of(Diagnostic.error(code(), "study version '" + version + "' is not a semantic version",
                "write MAJOR.MINOR.PATCH, e.g. 1.0.0", study.protocolSource().locate("/study/version")));
    }
}
