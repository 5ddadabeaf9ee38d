package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.SequenceRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which series was taken for which sequence ({@code bySequence}, in acquisition order) and how
 * ({@code how}: "name", "scout" or "fingerprint", by SeriesInstanceUID); the series that matched
 * nothing, split into scouts and the rest.
 */
record Matching(Map<String, List<SeriesValues>> bySequence, Map<String, String> how, List<SeriesValues> scouts,
                List<SeriesValues> unmatched) {

    Matching {
        bySequence = Map.copyOf(bySequence);
        how = Map.copyOf(how);
        scouts = List.copyOf(scouts);
        unmatched = List.copyOf(unmatched);
    }

    List<SeriesValues> of(SequenceRule rule) {
        return bySequence.getOrDefault(rule.id(), List.of());
    }

    /**
     * The series whose values are checked: the last acquisition (a repeat replaces what came
     * before); for a localiser, the first original one (the others are its reformats).
     */
    Optional<SeriesValues> evaluated(SequenceRule rule) {
        List<SeriesValues> found = of(rule);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (ScoutSeries.isLocaliser(rule)) {
            return found.stream().filter(s -> !ScoutSeries.isDerived(s)).findFirst().or(() -> Optional.of(found.get(0)));
        }
        return Optional.of(found.get(found.size() - 1));
    }

    /**
     * The series whose values are checked, each of them: the evaluated one, and for a sequence the
     * protocol runs n times its last n series (every run is checked, not only the last).
     */
    List<SeriesValues> checked(SequenceRule rule) {
        List<SeriesValues> found = of(rule);
        if (rule.runs() <= 1 || ScoutSeries.isLocaliser(rule) || found.isEmpty()) {
            return evaluated(rule).map(List::of).orElse(List.of());
        }
        return found.subList(Math.max(0, found.size() - rule.runs()), found.size());
    }

    /**
     * The series taken for the same sequence beyond what the protocol asks for, before the ones kept
     * (none for a localiser: scouts make several). A sequence run n times keeps its last n series,
     * the runs; fewer than n is {@link MissingRun}.
     */
    List<SeriesValues> earlier(SequenceRule rule) {
        List<SeriesValues> found = of(rule);
        int kept = Math.max(1, rule.runs());
        return found.size() <= kept || ScoutSeries.isLocaliser(rule) ? List.of() : found.subList(0, found.size() - kept);
    }
}
