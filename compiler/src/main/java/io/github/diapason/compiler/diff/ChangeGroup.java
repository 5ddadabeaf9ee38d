package io.github.diapason.compiler.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same change found at several sites (e.g. a neutral TR changed: one change per site),
 * folded into one line that names every site: what the gate and the amendment summary print.
 */
record ChangeGroup(Change first, List<String> sites) {

    public ChangeGroup {
        sites = List.copyOf(sites);
    }

    public static List<ChangeGroup> of(List<Change> changes) {
        Map<List<Object>, List<Change>> groups = new LinkedHashMap<>();
        for (Change c : changes) {
            groups.computeIfAbsent(List.of(c.kind(), c.sequence(), c.subject(), c.before(), c.after(), c.detail()),
                    k -> new ArrayList<>()).add(c);
        }
        List<ChangeGroup> out = new ArrayList<>();
        groups.values().forEach(list -> {
            List<String> sites = new ArrayList<>();
            list.forEach(c -> c.sites().stream().filter(s -> !sites.contains(s)).forEach(sites::add));
            out.add(new ChangeGroup(list.get(0), sites));
        });
        return out;
    }

    /** The change in words, then the sites, then whether they must re-qualify. */
    public String describe() {
        StringBuilder s = new StringBuilder(first.describe());
        if (!sites.isEmpty()) {
            s.append(sites.size() == 1 ? " at site " : " at sites ").append(String.join(", ", sites));
            if (first.kind().requalify()) {
                s.append(sites.size() == 1 ? ", which must re-qualify" : ", which must re-qualify");
            }
        }
        return s.toString();
    }
}
