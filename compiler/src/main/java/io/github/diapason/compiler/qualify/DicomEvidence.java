package io.github.diapason.compiler.qualify;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.qualify.Qualification.Evidence;
import io.github.diapason.compiler.qualify.Qualification.Finding;
import io.github.diapason.compiler.qualify.Qualification.SequenceVerdict;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.compiler.rules.RuleOutputs;
import io.github.diapason.conformity.check.CheckReport;
import io.github.diapason.conformity.check.DicomCheck;
import io.github.diapason.conformity.check.ExamReport;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.read.LoadedStudy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A DICOM folder of a test acquisition (phantom or volunteer) as evidence: the site's rules are derived from the
 * same compiled outcome as the cards, and the existing checker judges the folder with them. Each exam's findings
 * become the qualification's; a sequence the exam lacks is missing as for an export.
 */
final class DicomEvidence {

    private final StudyCompiler compiler;

    DicomEvidence(StudyCompiler compiler) {
        this.compiler = compiler;
    }

    record Result(Optional<Evidence> evidence, List<Finding> findings, List<Diagnostic> diagnostics) {
    }

    Result check(LoadedStudy study, SiteOutcome outcome, Path folder) {
        // the site's rules.json exactly as generate writes it (every scanner period), rendered into a scratch tree
        OutputTree scratch = new OutputTree();
        new RuleOutputs(compiler).render(study, outcome, scratch);
        byte[] rules = scratch.files().get("sites/" + OutputTree.segment(outcome.effective().site().id()) + "/rules.json");
        if (rules == null) {
            return new Result(Optional.empty(), List.of(), List.of(Diagnostic.error("QualifyNoRules",
                    "no conformity rules could be derived for this site, so its DICOM cannot be checked",
                    "run validate and fix the problems it reports", SourceLocation.file(folder.toString()))));
        }
        CheckReport report;
        Path temp = null;
        try {
            // the checker reads its rules from a file, as `check` does: the derived rules go to a private temporary one
            temp = Files.createTempFile("diapason-qualify-", ".rules.json");
            Files.write(temp, rules);
            report = new DicomCheck(Math.max(1, Runtime.getRuntime().availableProcessors())).check(List.of(folder), temp);
        } catch (IOException e) {
            return new Result(Optional.empty(), List.of(), List.of(Diagnostic.error("QualifyRulesNotWritten",
                    "cannot write the site's rules to a temporary file: " + e.getClass().getSimpleName(),
                    "check the temporary folder (java.io.tmpdir)", SourceLocation.file(folder.toString()))));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a left temporary rules file holds no identifying value; nothing to report
                }
            }
        }
        List<Diagnostic> problems = new ArrayList<>(report.diagnostics().stream().filter(Diagnostic::isError).toList());
        if (report.exams().isEmpty() && problems.isEmpty()) {
            problems.add(Diagnostic.error("DicomNoExam", "no DICOM exam found in this folder",
                    "give the folder of the test acquisition's DICOM files", SourceLocation.file(folder.toString())));
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), List.of(), problems);
        }
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        List<Finding> findings = new ArrayList<>();
        List<SequenceVerdict> verdicts = new ArrayList<>();
        boolean qualified = true;
        String vendor = "";
        for (ExamReport exam : report.exams()) {
            vendor = exam.vendor();
            qualified &= exam.conformant();
            for (Diagnostic f : exam.findings()) {
                findings.add(new Finding(f.isError() ? "error" : f.severity() == io.github.diapason.diagnostic.Severity.WARNING
                        ? "warning" : "note", f.code(), name, f.subject().sequence(), f.subject().parameter(), f.message(),
                        f.expected(), f.actual()));
            }
            for (SequenceOutcome s : outcome.runnable()) {
                String series = s.sequence().seriesNameOrId();
                Optional<ExamReport.Match> match = exam.matches().stream().filter(m -> m.sequence().equals(s.sequence().id())).findFirst();
                boolean failing = exam.findings().stream().anyMatch(f -> f.isError() && f.subject().sequence().equals(s.sequence().id()));
                verdicts.add(new SequenceVerdict(s.sequence().id(), series, s.sequence().isMandatory(),
                        match.map(ExamReport.Match::series).orElse(""), match.map(ExamReport.Match::by).orElse(""),
                        match.isEmpty() ? "missing" : failing ? "not-qualified" : "qualified", List.of(), List.of()));
            }
        }
        return new Result(Optional.of(new Evidence(name, "dicom", "DICOM", vendor, "", "", qualified, verdicts, List.of(), 0, 0)),
                findings, List.of());
    }
}
