package io.github.diapason.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * At most {@link #PER_CODE} diagnostics of one code per file, then one line "and N more": 300,000
 * unknown keys are one mistake repeated (a wrong file, a wrong schema version), and printing them
 * all is 120 MB nobody reads. The run's outcome does not change: the summary line keeps the
 * severity of what it stands for.
 */
public final class DiagnosticCap {

    public static final int PER_CODE = 50;

    private DiagnosticCap() {
    }

    /** {@code diagnostics} (in their order) with each code's excess per file folded into one line. */
    public static List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Diagnostic> firstOmitted = new LinkedHashMap<>();
        Map<String, Integer> omitted = new HashMap<>();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String key = d.code() + "\u0000" + d.location().file();
            int n = counts.merge(key, 1, Integer::sum);
            if (n <= PER_CODE) {
                kept.add(d);
            } else {
                firstOmitted.putIfAbsent(key, d);
                omitted.merge(key, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Diagnostic> e : firstOmitted.entrySet()) {
            Diagnostic first = e.getValue();
            int more = omitted.get(e.getKey());
            int index = indexAfterLast(kept, first);
            kept.add(index, new Diagnostic(first.severity(), first.code(),
                    "and " + more + " more like the " + PER_CODE + " above in this file, not shown",
                    "fix the ones shown and run again: so many alike usually mean a wrong file or one repeated mistake",
                    SourceLocation.file(first.location().file())));
        }
        return List.copyOf(kept);
    }

    private static int indexAfterLast(List<Diagnostic> kept, Diagnostic like) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            Diagnostic d = kept.get(i);
            if (d.code().equals(like.code()) && d.location().file().equals(like.location().file())) {
                return i + 1;
            }
        }
        return kept.size();
    }
}
