package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ContrastAgent;
import io.github.diapason.model.Injection;
import io.github.diapason.model.Sequence;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * The contrast injection names sequences of the exam, and the sequence that waits for it comes after
 * it: the order table and the exam's total include the injection and the wait from these.
 */
final class InjectionOrder implements Rule {
    private static final String AT = "/exam/equipment/contrastAgent/injection/";

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        var equipment = study.study().protocol().exam().equipment();
        ContrastAgent agent = equipment == null ? null : equipment.contrastAgent();
        Injection injection = agent == null ? null : agent.injection();
        if (injection == null) {
            return out;
        }
        List<String> ids = study.study().protocol().exam().sequences().stream().map(Sequence::id).toList();
        int after = ids.indexOf(injection.after());
        if (after < 0) {
            out.add(unknown(study, injection.after(), ids, "after"));
        }
        if (injection.waitBefore() != null) {
            int waiting = ids.indexOf(injection.waitBefore());
            if (waiting < 0) {
                out.add(unknown(study, injection.waitBefore(), ids, "waitBefore"));
            } else if (after >= 0 && waiting <= after) {
                out.add(Diagnostic.error(code(), "'" + injection.waitBefore() + "' waits for the injection but comes before it"
                                + " (the injection follows '" + injection.after() + "')",
                        "name in waitBefore a sequence after '" + injection.after() + "', or move the injection",
                        study.protocolSource().locate(AT + "waitBefore")));
            }
        }
        return out;
    }

    private Diagnostic unknown(LoadedStudy study, String ref, List<String> ids, String field) {
        String suggestion = Suggestions.didYouMean(ref, ids);
        return Diagnostic.error(code(), "no sequence has the id '" + ref + "'",
                (suggestion.isEmpty() ? "" : suggestion + " ") + "known sequences: " + String.join(", ", ids),
                study.protocolSource().locate(AT + field));
    }
}
