package io.github.diapason.conformity.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard needs of one exam, read from its {@code check-report.json}: site, date, scanner
 * software, verdict, how many findings a waiver lowered, the sequences to repeat and why (the failing
 * findings about them), and the numeric values checked per sequence.
 */
public record DashboardExam(String studyInstanceUid, String site, String examDate, String softwareVersions,
                            boolean conformant, long waivedFindings, List<Repeat> toRepeat,
                            Map<String, Map<String, Double>> values) {

    public DashboardExam {
        toRepeat = List.copyOf(toRepeat);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** A sequence to acquire again, and why: the failing findings about it, as the report words them. */
    public record Repeat(String sequence, List<String> why) {
        public Repeat {
            why = List.copyOf(why);
        }
    }

    /** Every exam of a check report's JSON tree (the schema check-report.schema.json). */
    public static List<DashboardExam> of(JsonNode report) {
        List<DashboardExam> out = new ArrayList<>();
        for (JsonNode e : report.path("exams")) {
            List<Repeat> repeats = new ArrayList<>();
            for (JsonNode seq : e.path("sequencesToRepeat")) {
                List<String> why = new ArrayList<>();
                for (JsonNode f : e.path("findings")) {
                    if (f.path("severity").asText().equals("error") && f.path("sequence").asText().equals(seq.asText())) {
                        String values = f.path("expected").asText().isEmpty() ? ""
                                : " (" + f.path("expected").asText() + " → " + f.path("actual").asText() + ")";
                        why.add(f.path("code").asText() + ": " + f.path("message").asText() + values);
                    }
                }
                repeats.add(new Repeat(seq.asText(), why));
            }
            Map<String, Map<String, Double>> values = new LinkedHashMap<>();
            for (JsonNode s : e.path("series")) {
                String sequence = s.path("sequence").asText();
                // the last series matched to a sequence holds its values: a repeat replaces what it repeats
                if (sequence.isEmpty()) {
                    continue;
                }
                Map<String, Double> numbers = new LinkedHashMap<>();
                s.path("values").properties().forEach(v -> {
                    if (v.getValue().isNumber()) {
                        numbers.put(v.getKey(), v.getValue().asDouble());
                    }
                });
                values.put(sequence, numbers);
            }
            out.add(new DashboardExam(e.path("StudyInstanceUID").asText(), e.path("site").asText(),
                    e.path("examDate").asText(), e.path("softwareVersions").asText(), e.path("conformant").asBoolean(),
                    e.path("waivedFindings").asLong(0), repeats, values));
        }
        return out;
    }
}
