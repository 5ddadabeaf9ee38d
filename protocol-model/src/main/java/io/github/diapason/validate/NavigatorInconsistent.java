package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Navigator;
import io.github.diapason.model.Technique;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A navigator, on a sequence or in an override, says what the consoles can do and what its time becomes: one bound
 * on the re-acquisition (TRs or %), given only when TRs are re-acquired and needed then for the time range, on a
 * 3D scan with a product navigator (Siemens vNav: MPRAGE, MEMPRAGE, SPACE; GE PROMO: BRAVO, CUBE).
 */
final class NavigatorInconsistent implements Rule {

    private static final Set<Technique> NAVIGATED = Set.of(Technique.T1_3D_IR_GRE, Technique.TSE_3D, Technique.FLAIR_3D);

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        Pointers.eachSequence(study.study().protocol(), (s, at) -> {
            String pointer = at + "/navigator";
            check(study, s.navigator(), pointer, out);
            if (s.navigator() != null && s.navigator().correctsMotion() && !NAVIGATED.contains(s.technique())) {
                out.add(Diagnostic.warning(code(), "sequence '" + s.id() + "' (" + s.technique().id() + ") has no "
                        + "product navigator on any console (vNav and PROMO are for 3D T1, T2 and FLAIR scans)",
                        "remove the navigator or use a 3D IR-GRE, 3D TSE or 3D FLAIR", study.protocolSource().locate(pointer)));
            }
        });
        Pointers.eachPatch(study.study().protocol(), (patch, at) -> check(study, patch.navigator(), at + "/navigator", out));
        return out;
    }

    private void check(LoadedStudy study, Navigator n, String pointer, List<Diagnostic> out) {
        if (n == null) {
            return;
        }
        var at = study.protocolSource().locate(pointer);
        boolean bounded = n.maxReacquiredRepetitions() != null || n.maxReacquiredPercent() != null;
        if (n.maxReacquiredRepetitions() != null && n.maxReacquiredPercent() != null) {
            out.add(Diagnostic.error(code(), "the navigator bounds its re-acquisition twice, in TRs and in %",
                    "keep one of maxReacquiredRepetitions and maxReacquiredPercent", at));
        }
        if (bounded && !n.reacquires()) {
            out.add(Diagnostic.warning(code(), "the navigator's mode '" + n.mode() + "' re-acquires nothing, so its "
                    + "re-acquisition bound changes nothing", "set mode to 'prospective-reacquire' or remove the bound", at));
        }
        if (n.reacquires() && !bounded) {
            out.add(Diagnostic.warning(code(), "the navigator re-acquires TRs without a bound: the scan time has no "
                    + "upper end", "add maxReacquiredRepetitions (e.g. 24) or maxReacquiredPercent", at));
        }
    }
}
