package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An override selects a vendor Diapason knows. The list is the vendor adapters' ids, given by the
 * caller (protocol-model does not know the adapters); site files are held to the same list by their
 * schema, which a vendor-adapters test keeps equal to the adapters' ids.
 */
final class UnknownVendor implements Rule {

    private final List<String> vendors;

    UnknownVendor(Collection<String> vendors) {
        this.vendors = vendors.stream().sorted().toList();
    }

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        var overrides = study.study().protocol().overrides();
        for (int o = 0; o < overrides.size(); o++) {
            String vendor = overrides.get(o).when().vendor();
            if (vendor != null && !vendors.contains(vendor)) {
                String s = Suggestions.didYouMean(vendor, vendors);
                out.add(Diagnostic.error(code(), "unknown vendor '" + vendor + "'",
                        (s.isEmpty() ? "" : s + " ") + "known vendors: " + String.join(", ", vendors),
                        study.protocolSource().locate("/overrides/" + o + "/when/vendor")));
            }
        }
        return out;
    }
}
