package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.ScannerIdentity;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The exam was acquired on the site's scanner of that period: manufacturer, model, software, serial, field. Each value said once. */
final class ScannerMismatch implements ExamRule {

    @Override
    public List<Diagnostic> check(Exam exam) {
        ScannerIdentity expected = exam.rules().scanner();
        List<Diagnostic> out = new ArrayList<>();
        Set<String> said = new TreeSet<>();
        for (SeriesValues s : exam.series()) {
            text(exam, s, "Manufacturer", String.join(" or ", expected.manufacturers()),
                    v -> expected.manufacturers().isEmpty() || expected.isManufacturer(v), said, out);
            text(exam, s, "ManufacturersModelName", expected.manufacturerModelName(),
                    v -> expected.manufacturerModelName() == null || expected.manufacturerModelName().equalsIgnoreCase(v.trim()),
                    said, out);
            text(exam, s, "SoftwareVersions", String.join(" or ", expected.softwareVersions()),
                    v -> expected.softwareVersions().isEmpty() || expected.softwareVersions().stream()
                            .anyMatch(sw -> v.trim().equalsIgnoreCase(sw.trim()) || v.contains(sw.trim())), said, out);
            text(exam, s, "DeviceSerialNumber", expected.deviceSerialNumber(),
                    v -> expected.deviceSerialNumber() == null || expected.deviceSerialNumber().isBlank()
                            || expected.deviceSerialNumber().trim().equals(v.trim()), said, out);
            if (s.get("MagneticFieldStrength") instanceof Number b
                    && Math.abs(b.doubleValue() - expected.magneticFieldStrength()) > 0.05
                    && said.add("MagneticFieldStrength=" + b)) {
                out.add(Findings.of(this, Severity.ERROR, exam, s, "", "MagneticFieldStrength", Findings.tag("MagneticFieldStrength"),
                        Values.print(expected.magneticFieldStrength()) + " T", Values.print(b) + " T",
                        "the exam was not acquired at the site's field strength",
                        "check that the exam comes from this site, or that the site file's scanner history is up to date"));
            }
        }
        return out;
    }

    private void text(Exam exam, SeriesValues s, String field, String expected, Predicate<String> accepts, Set<String> said,
                      List<Diagnostic> out) {
        if (s.get(field) instanceof String v && !accepts.test(v) && said.add(field + "=" + v)) {
            out.add(Findings.of(this, Severity.ERROR, exam, s, "", field, Findings.tag(field), expected, v,
                    field + " is not the one of the site's scanner for this period",
                    "record the scanner change (a new period in the site file's scanner history) or send the exam to its site"));
        }
    }
}
