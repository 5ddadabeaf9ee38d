package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;

/**
 * A diffusion scheme split into N series ({@code diffusion.series}) gives every part at least one volume, and every
 * part's sequence id ({@code <id>-part<k>}) stays within {@link IdTooLong#MAX} characters.
 */
final class DiffusionSplitTooFine implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        Pointers.eachSequence(study.study().protocol(), (s, pointer) -> {
            DiffusionScheme d = s.diffusion();
            if (d == null || d.seriesCount() == 1) {
                return;
            }
            var at = study.protocolSource().locate(pointer + "/diffusion/series");
            if (d.seriesCount() > d.volumeCount()) {
                out.add(Diagnostic.error(code(), "sequence '" + s.id() + "' splits its " + d.volumeCount()
                                + " diffusion volumes into " + d.seriesCount() + " series: some series would have none",
                        "split into at most " + d.volumeCount() + " series", at));
            }
            String longest = s.id() + "-part" + d.seriesCount();
            if (s.id().length() <= IdTooLong.MAX && longest.length() > IdTooLong.MAX) {
                out.add(Diagnostic.error(code(), "sequence '" + s.id() + "' is split into series named '" + longest
                                + "', longer than " + IdTooLong.MAX + " characters",
                        "shorten the sequence id to at most " + (IdTooLong.MAX - (longest.length() - s.id().length()))
                                + " characters", at));
            }
        });
        return out;
    }
}
