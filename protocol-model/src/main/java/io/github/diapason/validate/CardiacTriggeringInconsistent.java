package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.CardiacTriggering;
import io.github.diapason.model.Dimension;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Unit;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;

/**
 * Cardiac triggering, on a sequence or in an override, says what the console can take: a heart-rate range whose
 * lowest rate is not above its highest, a trigger delay that is a time, and no triggering detail under mode
 * {@code none} (it would be shown on no card and change no time).
 */
final class CardiacTriggeringInconsistent implements Rule {
    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        Protocol protocol = study.study().protocol();
        Pointers.eachSequence(protocol, (s, at) -> check(study, s.cardiacTriggering(), at + "/cardiacTriggering", out));
        Pointers.eachPatch(protocol, (patch, at) -> check(study, patch.cardiacTriggering(), at + "/cardiacTriggering", out));
        return out;
    }

    private void check(LoadedStudy study, CardiacTriggering t, String pointer, List<Diagnostic> out) {
        if (t == null) {
            return;
        }
        var at = study.protocolSource().locate(pointer);
        if (t.heartRate().min() > t.heartRate().max()) {
            out.add(Diagnostic.error(code(), "the heart-rate range " + t.heartRate().min() + "–" + t.heartRate().max()
                    + " bpm has its lowest rate above its highest", "swap min and max (e.g. 50 and 100)",
                    study.protocolSource().locate(pointer + "/heartRate")));
        }
        if (t.triggerDelay() != null && Unit.bySymbol(t.triggerDelay().unit())
                .map(u -> u.dimension() != Dimension.TIME).orElse(true)) {
            out.add(Diagnostic.error(code(), "the trigger delay's unit '" + t.triggerDelay().unit() + "' is not a time",
                    "write the delay in ms", study.protocolSource().locate(pointer + "/triggerDelay")));
        }
        if (!t.triggered() && (t.beatsPerRepetition() > 1 || t.concatenations() > 1 || t.triggerDelay() != null)) {
            out.add(Diagnostic.warning(code(), "cardiac triggering is 'none' but sets beats, concatenations or a "
                    + "trigger delay, which then change nothing", "set mode to 'pulse' or 'ecg', or remove the details", at));
        }
    }
}
