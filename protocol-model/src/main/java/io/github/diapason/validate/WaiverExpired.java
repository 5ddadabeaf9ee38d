package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Waiver;
import io.github.diapason.read.LoadedStudy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A waiver whose expiry date is past no longer covers new exams (it still covers exams acquired
 * up to that date, so re-judging them gives the same verdict): a warning, so the coordinating
 * centre renews it or removes it. "Past" is against today's date, the one thing here that is.
 */
final class WaiverExpired implements Rule {

    private final Clock clock;

    WaiverExpired(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        LocalDate today = LocalDate.now(clock);
        List<Diagnostic> out = new ArrayList<>();
        List<Waiver> waivers = study.waivers().waivers();
        for (int w = 0; w < waivers.size(); w++) {
            Waiver waiver = waivers.get(w);
            if (waiver.expires() != null && waiver.expires().isBefore(today)) {
                out.add(Diagnostic.warning(code(), "waiver '" + waiver.id() + "' expired on " + waiver.expires()
                                + ": exams acquired after that date fail on what it waived",
                        "renew it with a later date and a reason, or remove it",
                        study.waiverSource().locate("/waivers/" + w + "/expires")));
            }
        }
        return out;
    }
}
