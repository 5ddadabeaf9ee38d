package io.github.diapason.conformity.inspect;

import io.github.diapason.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code inspect} found under some folders: every series (sorted by study, series number,
 * series UID), how many files were looked at and read, and the problems met, as diagnostics.
 */
public record Inspection(List<SeriesValues> series, long filesSeen, long dicomFiles, List<Diagnostic> diagnostics) {

    public Inspection {
        series = List.copyOf(series);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * The report as ordered maps and lists, ready for a JSON writer: {@code files}, {@code dicomFiles},
     * {@code studies} (each with its {@code StudyInstanceUID} and {@code series}), {@code diagnostics}.
     */
    public Map<String, Object> toOrderedMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", filesSeen);
        out.put("dicomFiles", dicomFiles);
        List<Object> studies = new ArrayList<>();
        Map<String, Object> study = null;
        List<Object> studySeries = null;
        for (SeriesValues s : series) {
            if (study == null || !study.get("StudyInstanceUID").equals(s.studyInstanceUid())) {
                study = new LinkedHashMap<>();
                studySeries = new ArrayList<>();
                study.put("StudyInstanceUID", s.studyInstanceUid());
                study.put("series", studySeries);
                studies.add(study);
            }
            studySeries.add(s.values());
        }
        out.put("studies", studies);
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", d.severity().label());
            m.put("code", d.code());
            m.put("message", d.message());
            if (!d.hint().isEmpty()) {
                m.put("hint", d.hint());
            }
            m.put("file", d.location().file());
            if (!d.location().path().isEmpty()) {
                m.put("tag", d.location().path());
            }
            diags.add(m);
        }
        out.put("diagnostics", diags);
        return out;
    }
}
