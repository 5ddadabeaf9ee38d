package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.ExamReport;
import io.github.diapason.conformity.check.JudgedAgainst;
import io.github.diapason.conformity.check.LoadedRules;
import io.github.diapason.conformity.check.Reports;
import io.github.diapason.conformity.dicom.DicomJsonReader;
import io.github.diapason.conformity.inspect.Inspection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One exam judged from its stored DICOM JSON (the same reader, extractor and checker as {@code check}), with its
 * three reports' texts, and the publication of those reports under {@code <out>/exams/<exam>/} that writes
 * nothing when the same reports are already there: what makes re-judging after a crash report nothing twice.
 *
 * @param verdict "conformant", or "not conformant" with the sequences to acquire again
 */
record Judgement(CheckReport report, Map<String, String> texts, String site, boolean conformant, String verdict, String reportDigest,
                 String rulesDigest) {

    static Judgement of(LoadedRules rules, String studyInstanceUid, List<? extends JsonNode> instances) {
        Inspection inspection = rules.inspector().inspect((headers, problems) -> {
            DicomJsonReader reader = new DicomJsonReader();
            int i = 0;
            for (JsonNode instance : instances) {
                String name = "dicomweb:/studies/" + studyInstanceUid + "/series/" + DicomWebFeed.uid(instance, "0020000E")
                        + "/instances/" + DicomWebFeed.uid(instance, "00080018");
                headers.accept(reader.read(instance, name.endsWith("/instances/") ? name + "#" + i : name));
                i++;
            }
        });
        CheckReport report = rules.judge(inspection);
        String site = report.exams().isEmpty() ? "" : report.exams().get(0).siteId();
        JudgedAgainst against = rules.judgedAgainst(site);
        Map<String, String> texts = Reports.texts(report, against);
        boolean conformant = report.conformant();
        return new Judgement(report, texts, site, conformant, verdict(report), "sha256:" + ExamArchive.sha256(texts.get("check-report.json")),
                rules.digest());
    }

    private static String verdict(CheckReport report) {
        if (report.exams().isEmpty()) {
            return "no exam recognised";
        }
        StringBuilder out = new StringBuilder();
        for (ExamReport e : report.exams()) {
            out.append(out.length() == 0 ? "" : "; ").append(e.conformant() ? "conformant" : "not conformant"
                    + (e.sequencesToRepeat().isEmpty() ? "" : ", acquire again: " + String.join(", ", e.sequencesToRepeat())));
        }
        return out.toString();
    }

    /** Writes the reports unless every one is already there with this content; true when written. */
    static boolean publish(Path folder, Map<String, String> texts) throws IOException {
        AtomicFiles.clean(folder, Reports.FILES);
        boolean same = true;
        for (String name : Reports.FILES) {
            Path f = folder.resolve(name);
            same = same && Files.isRegularFile(f) && Files.readString(f, StandardCharsets.UTF_8).equals(texts.get(name));
        }
        if (!same) {
            Reports.writeAll(texts, folder);
        }
        return !same;
    }

    WatchState.Exam recorded(String folder, String ref, String fingerprint, int deliveries) {
        return new WatchState.Exam(folder, ref, fingerprint, site, conformant, verdict, reportDigest, rulesDigest, deliveries);
    }
}
