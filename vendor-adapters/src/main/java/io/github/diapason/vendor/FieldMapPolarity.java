package io.github.diapason.vendor;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site's spin-echo EPI field maps come in pairs of opposite phase-encoding polarity (topup needs both blips;
 * issue 12: GE AP and PA maps came out identical and nothing flagged it). After the site's overrides, the field maps
 * encoded along one axis with a stated PhaseEncodingDirection must not all share one sign.
 */
final class FieldMapPolarity {
    private FieldMapPolarity() {
    }

    /** @param sequences the site's resolved sequences, in exam order (their index is the diagnostic's pointer) */
    static List<Diagnostic> check(List<Sequence> sequences, String siteId) {
        Map<String, List<Integer>> byAxis = new LinkedHashMap<>();
        for (int k = 0; k < sequences.size(); k++) {
            Sequence s = sequences.get(k);
            String code = s.parameter(ParameterName.PhaseEncodingDirection).map(ParameterSpec::code).orElse(null);
            if (s.technique() == Technique.SE_EPI_FIELDMAP && code != null) {
                byAxis.computeIfAbsent(code.replace("-", ""), a -> new ArrayList<>()).add(k);
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        byAxis.forEach((axis, indexes) -> {
            if (indexes.size() < 2) {
                return;
            }
            List<String> codes = indexes.stream().map(k -> sequences.get(k).parameter(ParameterName.PhaseEncodingDirection)
                    .orElseThrow().code()).distinct().toList();
            if (codes.size() == 1) {
                List<String> ids = indexes.stream().map(k -> sequences.get(k).id()).toList();
                out.add(Diagnostic.error("FieldMapPolaritiesIdentical", "at site '" + siteId + "' the spin-echo EPI field maps "
                                + String.join(", ", ids) + " all encode phase as " + codes.get(0)
                                + ": a field map needs two opposite blips",
                        "give one of them the opposite PhaseEncodingDirection (" + opposite(codes.get(0))
                                + "), or fix the override that changed it for this site",
                        SourceLocation.NONE.withPath("/exam/sequences/" + indexes.get(indexes.size() - 1)
                                + "/parameters/PhaseEncodingDirection")));
            }
        });
        return out;
    }

    private static String opposite(String code) {
        return code.endsWith("-") ? code.substring(0, code.length() - 1) : code + "-";
    }
}
