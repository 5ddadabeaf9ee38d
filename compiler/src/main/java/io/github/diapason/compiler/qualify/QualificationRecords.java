package io.github.diapason.compiler.qualify;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.compiler.qualify.Qualification.CardValue;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.vendor.Card;
import io.github.diapason.vendor.ConsoleParameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Qualification status per site, for the overview. {@code qualify --record} stores a qualified site's JSON report as
 * {@code <study>/qualification/<site>.json} (committed with the study). It records the protocol version, the scanner
 * period and every card value of the site's sequences on that day. Generate compares the record with today's
 * compilation of the site: the same card values and scanner period → "qualified on <date> for version X" (a later
 * protocol version that leaves the site's acquisition unchanged keeps the qualification); any card value added,
 * removed or changed, or another scanner period → "requalification needed", with the reasons; no record (or one
 * that cannot be read, or not qualified) → "not qualified".
 */
public final class QualificationRecords {

    /** The study's folder holding the records. */
    public static final String FOLDER = "qualification";

    private QualificationRecords() {
    }

    /**
     * A site's status. {@code state}: "not-qualified", "qualified", "requalify". {@code reasons}: "scanner" and/or
     * the series whose card values changed.
     */
    public record Status(String state, String date, String version, List<String> reasons) {
        public Status {
            reasons = List.copyOf(reasons);
        }
    }

    /** Every card value of the site's runnable sequences, in protocol and console order: what a record keeps. */
    public static List<CardValue> cardValues(SiteOutcome outcome) {
        List<CardValue> out = new ArrayList<>();
        for (SequenceOutcome s : outcome.runnable()) {
            String series = s.sequence().seriesNameOrId();
            for (Card c : s.vendor().orElseThrow().cards()) {
                for (ConsoleParameter p : c.parameters()) {
                    out.add(new CardValue(series, p.label(), ConsoleAgreement.printed(p.value().display(), p.unit())));
                }
            }
        }
        return out;
    }

    public static Status status(Path studyDirectory, SiteOutcome today) {
        Path file = studyDirectory.resolve(FOLDER).resolve(OutputTree.segment(today.effective().site().id()) + ".json");
        Optional<Qualification> recorded = Optional.empty();
        if (Files.isRegularFile(file)) {
            try {
                recorded = QualificationReports.read(Files.readAllBytes(file));
            } catch (IOException e) {
                recorded = Optional.empty(); // an unreadable record qualifies nothing
            }
        }
        if (recorded.isEmpty() || !recorded.get().qualified()) {
            return new Status("not-qualified", "", "", List.of());
        }
        Qualification q = recorded.get();
        Set<String> reasons = new LinkedHashSet<>();
        ScannerPeriod scanner = today.effective().scanner();
        Qualification.Scanner then = q.scanner();
        if (!then.vendor().equals(scanner.vendor()) || !then.model().equals(scanner.model())
                || !then.software().equals(scanner.softwareVersion())
                || !then.validFrom().equals(scanner.validFrom() == null ? "" : scanner.validFrom().toString())) {
            reasons.add("scanner");
        }
        List<CardValue> now = cardValues(today);
        Set<CardValue> before = new LinkedHashSet<>(q.cardValues());
        Set<CardValue> after = new LinkedHashSet<>(now);
        for (CardValue v : now) {
            if (!before.contains(v)) {
                reasons.add(v.series());
            }
        }
        for (CardValue v : q.cardValues()) {
            if (!after.contains(v)) {
                reasons.add(v.series());
            }
        }
        return new Status(reasons.isEmpty() ? "qualified" : "requalify", q.date(), q.protocolVersion(), List.copyOf(reasons));
    }
}
