package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;

/** A diffusion sequence states its b-table; a BOLD sequence its volumes. */
final class MissingAcquisitionScheme implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        List<Sequence> sequences = study.study().protocol().exam().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            Sequence s = sequences.get(i);
            var at = study.protocolSource().locate("/exam/sequences/" + i);
            if (s.technique() == Technique.DIFFUSION_EPI && s.diffusion() == null) {
                out.add(Diagnostic.error(code(), "diffusion sequence '" + s.id() + "' has no diffusion scheme",
                        "add \"diffusion\": {\"shells\": [{\"bValue\": 0, \"directions\": 1}, …]}", at));
            }
            if (s.technique() == Technique.BOLD_EPI && s.functional() == null) {
                out.add(Diagnostic.warning(code(), "BOLD sequence '" + s.id() + "' does not say its volumes",
                        "add \"functional\": {\"task\": \"rest\", \"volumes\": …}", at));
            }
        }
        return out;
    }
}
