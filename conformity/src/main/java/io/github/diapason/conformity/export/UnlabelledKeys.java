package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import java.util.List;

/**
 * One note per program listing the export keys read without a known console label: their values are kept
 * under the export's own name (so nothing is lost), but a comparison in console words cannot use them yet.
 */
final class UnlabelledKeys {

    private static final int LISTED = 12;

    private UnlabelledKeys() {
    }

    static void note(String program, List<ConsoleValue> values, SourceLocation at, List<Diagnostic> diagnostics) {
        List<String> keys = values.stream().filter(v -> v.label().isEmpty()).map(ConsoleValue::key).toList();
        if (keys.isEmpty()) {
            return;
        }
        String listed = String.join(", ", keys.subList(0, Math.min(LISTED, keys.size())))
                + (keys.size() > LISTED ? ", …" : "");
        diagnostics.add(new Diagnostic(Severity.NOTE, "ExportKeysWithoutLabel",
                "'" + program + "': " + keys.size() + " key(s) have no known console label and are kept under their"
                        + " own name: " + listed, "", at));
    }
}
