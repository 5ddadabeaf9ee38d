package io.github.diapason.compiler.generate;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.qualify.QualificationRecords;
import io.github.diapason.compiler.words.Messages;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.model.Sequence;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Data model of {@code index.html}: the sites × sequences matrix and the links to every output. */
final class Overview {

    private Overview() {
    }

    static Map<String, Object> model(LoadedStudy study, List<SiteOutcome> outcomes, String language, Messages messages,
                                     Function<SiteOutcome, List<String>> languages, boolean pdf,
                                     Function<SiteOutcome, QualificationRecords.Status> qualification) {
        Words w = new Words(language, messages);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", language);
        m.put("study", DocumentModel.study(study.study().protocol().study(), w));
        List<Map<String, Object>> headers = new ArrayList<>();
        // one row per series: a split diffusion scheme is one row per part, as in every site's outcome
        for (Sequence s : study.study().protocol().exam().sequences().stream().flatMap(q -> q.diffusionParts().stream()).toList()) {
            headers.add(Map.of("id", s.id(), "name", w.text(s.name()), "mandatory", s.isMandatory()));
        }
        m.put("sequenceHeaders", headers);
        List<Map<String, Object>> sites = new ArrayList<>();
        for (SiteOutcome outcome : outcomes) {
            var site = outcome.effective().site();
            var scanner = outcome.effective().scanner();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", site.id());
            row.put("name", site.name());
            row.put("language", site.language());
            row.put("scanner", outcome.parameterSet().vendorName() + " " + scanner.model() + " "
                    + DocumentModel.number(scanner.fieldStrength()) + " T, " + scanner.softwareVersion());
            Map<String, Object> cells = new LinkedHashMap<>();
            for (SequenceOutcome s : outcome.sequences()) {
                cells.put(s.sequence().id(), Map.of("status", s.status(), "notes", notes(s, w)));
            }
            row.put("cells", cells);
            QualificationRecords.Status q = qualification.apply(outcome);
            row.put("qualification", Map.of("state", q.state(), "text", switch (q.state()) {
                case "qualified" -> w.msg("index.qualification.qualified", q.date(), q.version());
                case "requalify" -> w.msg("index.qualification.requalify", q.date(), q.version(), String.join(", ",
                        q.reasons().stream().map(r -> r.equals("scanner") ? w.msg("index.qualification.scanner") : r).toList()));
                default -> w.msg("index.qualification.not-qualified");
            }));
            String dir = "sites/" + OutputTree.segment(site.id()) + "/";
            List<Map<String, Object>> outputs = new ArrayList<>();
            for (String lang : languages.apply(outcome)) {
                outputs.add(link(dir + "manual." + lang + ".html", w.msg("index.link.manual", lang)));
                if (pdf) {
                    outputs.add(link(dir + "manual." + lang + ".pdf", w.msg("index.link.pdf", lang)));
                }
                outputs.add(link(dir + "manual." + lang + ".md", w.msg("index.link.markdown", lang)));
                outputs.add(link(dir + "console-sheets." + lang + (pdf ? ".pdf" : ".html"), w.msg("index.link.sheets", lang)));
                outputs.add(link(dir + "transfer-sheet." + lang + ".html", w.msg("index.link.transfer", lang)));
                outputs.add(link(dir + "crf-mri." + lang + ".md", w.msg("index.link.crf", lang)));
            }
            outputs.add(link(dir + "parameters.json", "parameters.json"));
            row.put("outputs", outputs);
            sites.add(row);
        }
        m.put("sites", sites);
        return m;
    }

    private static List<String> notes(SequenceOutcome s, Words w) {
        List<String> notes = new ArrayList<>(s.feasibility().reasons().stream().map(w.messages()::reason).toList());
        s.vendor().ifPresent(v -> v.approximations().forEach(a -> notes.add(w.msg("index.approximation",
                w.msg("parameter." + a.parameter().name()), w.numbers(DocumentModel.number(a.requested())),
                w.numbers(DocumentModel.number(a.achieved())), a.unit()))));
        return notes;
    }

    private static Map<String, Object> link(String href, String label) {
        return Map.of("href", href, "label", label);
    }
}
