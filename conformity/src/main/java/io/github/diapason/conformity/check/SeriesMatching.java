package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.Recognition;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.SequenceRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches each series of an exam to a sequence: by name first (SeriesDescription or ProtocolName
 * equal to a prescribed series name, a ReproIn {@code __dupNN} suffix ignored), then a scout to the
 * protocol's localiser, then by parameter fingerprint. A value the header lacks never matches.
 * Objects that are not MR images (structured reports, secondary captures: Modality other than MR)
 * are never taken for a sequence nor reported as unexpected: {@link DeidentificationRisk} looks at them.
 */
final class SeriesMatching {

    private SeriesMatching() {
    }

    static Matching match(RuleSet set, List<SeriesValues> ordered) {
        Map<String, List<SeriesValues>> bySequence = new LinkedHashMap<>();
        Map<String, String> how = new LinkedHashMap<>();
        List<SeriesValues> scouts = new ArrayList<>();
        List<SeriesValues> unmatched = new ArrayList<>();
        Optional<SequenceRule> localiser = set.sequences().stream().filter(ScoutSeries::isLocaliser).findFirst();
        for (SeriesValues s : ordered) {
            if (s.get("Modality") instanceof String modality && !modality.trim().equals("MR")) {
                continue;
            }
            Optional<SequenceRule> byName = set.sequences().stream().filter(r -> nameMatches(r.recognition(), s)).findFirst();
            String by = "name";
            Optional<SequenceRule> rule = byName;
            if (rule.isEmpty() && ScoutSeries.isScout(s)) {
                rule = localiser;
                by = "scout";
                if (rule.isEmpty()) {
                    scouts.add(s);
                    continue;
                }
            }
            if (rule.isEmpty()) {
                rule = set.sequences().stream().filter(r -> fingerprintMatches(r.recognition(), s)).findFirst();
                by = "fingerprint";
            }
            if (rule.isEmpty()) {
                unmatched.add(s);
                continue;
            }
            bySequence.computeIfAbsent(rule.get().id(), k -> new ArrayList<>()).add(s);
            how.put(s.seriesInstanceUid(), by);
        }
        return new Matching(bySequence, how, scouts, unmatched);
    }

    private static boolean nameMatches(Recognition r, SeriesValues s) {
        if (r == null || r.seriesNames().isEmpty()) {
            return false;
        }
        List<String> attributes = r.nameAttributes().isEmpty() ? Recognition.NAME_ATTRIBUTES : r.nameAttributes();
        for (String a : attributes) {
            if (s.get(a) instanceof String v) {
                String name = v.trim().replaceFirst("__dup\\d+$", ""); // ReproIn re-acquisitions
                if (r.seriesNames().stream().anyMatch(n -> n.trim().equals(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean fingerprintMatches(Recognition r, SeriesValues s) {
        if (r == null || r.fingerprint().isEmpty()) {
            return false;
        }
        return r.fingerprint().stream().allMatch(a -> s.get(a.attribute()) != null
                && Values.violation(a, s.get(a.attribute())).isEmpty());
    }
}
