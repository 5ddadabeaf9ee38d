package io.github.diapason.compiler.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts of a comparison: the two study versions, the sites (with the scanner each uses now),
 * every change found, and per site and sequence the console lines that read differently. No policy: nothing here fails anything.
 */
public record ProtocolDiff(String study, String baselineVersion, String currentVersion, List<String> sites,
                           Map<String, String> scanners, List<Change> changes,
                           Map<String, Map<String, List<ConsoleChange>>> console) {

    public ProtocolDiff {
        sites = List.copyOf(sites);
        scanners = java.util.Collections.unmodifiableMap(new TreeMap<>(scanners));
        changes = List.copyOf(changes);
        Map<String, Map<String, List<ConsoleChange>>> copy = new TreeMap<>();
        console.forEach((site, bySeq) -> {
            Map<String, List<ConsoleChange>> inner = new LinkedHashMap<>();
            bySeq.forEach((seq, lines) -> inner.put(seq, List.copyOf(lines)));
            copy.put(site, java.util.Collections.unmodifiableMap(inner));
        });
        console = java.util.Collections.unmodifiableMap(copy);
    }

    /** Changes that touch a site: found there, or protocol-level ones that list it. */
    public List<Change> changesAt(String site) {
        return changes.stream().filter(c -> c.sites().contains(site)).toList();
    }

    /** Sites that must pass a qualification exam again, in study order. */
    public List<String> sitesToRequalify() {
        Set<String> wanted = new TreeSet<>();
        changes.stream().filter(c -> c.kind().requalify()).forEach(c -> wanted.addAll(c.sites()));
        List<String> ordered = new ArrayList<>(sites.stream().filter(wanted::contains).toList());
        wanted.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return ordered;
    }

    public Map<String, List<ConsoleChange>> consoleAt(String site) {
        return console.getOrDefault(site, Map.of());
    }
}
