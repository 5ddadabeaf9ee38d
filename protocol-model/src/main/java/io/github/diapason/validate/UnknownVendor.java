package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** An override selects a vendor Diapason knows (site files are held to the same list by their schema). */
public final class UnknownVendor implements Rule {

    static final List<String> VENDORS = List.of("ge", "philips", "siemens");

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        var overrides = study.study().protocol().overrides();
        for (int o = 0; o < overrides.size(); o++) {
            String vendor = overrides.get(o).when().vendor();
            if (vendor != null && !VENDORS.contains(vendor)) {
                String s = Suggestions.didYouMean(vendor, VENDORS);
                out.add(Diagnostic.error(code(), "unknown vendor '" + vendor + "'",
                        (s.isEmpty() ? "" : s + " ") + "known vendors: " + String.join(", ", VENDORS),
                        study.protocolSource().locate("/overrides/" + o + "/when/vendor")));
            }
        }
        return out;
    }
}
