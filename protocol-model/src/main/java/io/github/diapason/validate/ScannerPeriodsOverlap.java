package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;

/**
 * A site's scanner history is a sequence of periods in order: each ends before the next starts,
 * and none ends before it starts. Exams are matched to a period by date, so overlaps are ambiguous.
 */
final class ScannerPeriodsOverlap implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (Site site : study.study().sites()) {
            List<ScannerPeriod> periods = site.scanners();
            for (int i = 0; i < periods.size(); i++) {
                ScannerPeriod p = periods.get(i);
                if (p.validFrom() != null && p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
                    out.add(Diagnostic.error(code(), "scanner period ends (" + p.validTo() + ") before it starts ("
                                    + p.validFrom() + ")", "swap or correct the dates",
                            study.siteSource(site.id()).locate("/scanners/" + i + "/validTo")));
                }
                if (i == 0) {
                    continue;
                }
                ScannerPeriod previous = periods.get(i - 1);
                boolean ordered = previous.validTo() != null && p.validFrom() != null
                        && p.validFrom().isAfter(previous.validTo());
                if (!ordered) {
                    out.add(Diagnostic.error(code(), "scanner period " + (i + 1) + " of site '" + site.id()
                                    + "' overlaps period " + i,
                            "list periods in time order; give the earlier one a validTo before this validFrom",
                            study.siteSource(site.id()).locate("/scanners/" + i + "/validFrom")));
                }
            }
        }
        return out;
    }
}
