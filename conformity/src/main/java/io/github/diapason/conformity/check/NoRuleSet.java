package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import java.util.List;

/**
 * No rule set applies to the exam (or several sites' do): the exam cannot be judged, and fails.
 * Points at the serial number of its first series, the attribute that selects a site's scanner.
 */
final class NoRuleSet {

    private NoRuleSet() {
    }

    static Diagnostic of(List<SeriesValues> series) {
        String file = series.isEmpty() ? "" : series.get(0).file();
        return new Diagnostic(Severity.ERROR, NoRuleSet.class.getSimpleName(),
                "no rule set applies to this exam (or several sites' do)",
                "check --rules, the scanner's serial number and the exam date against the sites' scanner histories",
                new SourceLocation(file, 0, 0, Findings.tag("DeviceSerialNumber")));
    }
}
