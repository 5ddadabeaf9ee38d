package io.github.diapason.compiler.rules;

import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.nio.file.Path;

/** The example studies, loaded once for the rule tests. */
final class Studies {
    static final VendorAdapters ADAPTERS = VendorAdapters.load();
    static final StudyCompiler COMPILER = new StudyCompiler(ADAPTERS);
    static final LoadedStudy MS_COHORT = load("ms-cohort");

    private Studies() {
    }

    static LoadedStudy load(String name) {
        Path dir = Path.of("..", "examples", name);
        Validated<LoadedStudy> v = StudyValidation.standard(io.github.diapason.vendor.VendorAdapters.load().ids()).validate(dir);
        return v.value().orElseThrow(() -> new AssertionError("cannot load " + dir + ": " + v.diagnostics()));
    }

    static Site site(String id) {
        return MS_COHORT.study().site(id).orElseThrow();
    }

    /** The site compiled on one of its scanner periods (diagnostics ignored: approximations may be beyond tolerance). */
    static SiteOutcome compiled(String siteId, int period) {
        Site site = site(siteId);
        ScannerPeriod scanner = site.scanners().get(period);
        return COMPILER.compile(MS_COHORT, site, scanner).value().orElseThrow();
    }
}
