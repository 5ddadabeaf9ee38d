package io.github.diapason.compiler.qualify;

import io.github.diapason.compiler.QualifyReport;
import io.github.diapason.compiler.QualifyRequest;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.compiler.output.OutputWriter;
import io.github.diapason.compiler.qualify.Qualification.Evidence;
import io.github.diapason.compiler.qualify.Qualification.Finding;
import io.github.diapason.conformity.export.ConsoleExport;
import io.github.diapason.conformity.export.ConsoleExportReader;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Site;
import io.github.diapason.model.StudyInfo;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code qualify} behind the core API: reads the study and compiles the site for the date, reads every piece of
 * evidence (console exports through {@link ConsoleExportReader}, DICOM folders through the checker with the
 * site's derived rules), compares, and writes the reports. Problems with the inputs are diagnostics; an input
 * that cannot be read stops the verdict (exit 3), never a stack trace.
 */
public final class SiteQualification {

    private final StudyValidation validation;
    private final StudyCompiler compiler;

    public SiteQualification(StudyValidation validation, StudyCompiler compiler) {
        this.validation = validation;
        this.compiler = compiler;
    }

    public QualifyReport qualify(QualifyRequest request) {
        Validated<LoadedStudy> read = validation.validate(request.studyDirectory());
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics().stream().filter(Diagnostic::isError).toList());
        if (read.value().isEmpty() || read.hasErrors()) {
            return new QualifyReport(Optional.empty(), List.of(), diagnostics, false);
        }
        LoadedStudy study = read.value().get();
        Optional<Site> site = study.study().site(request.siteId());
        if (site.isEmpty()) {
            String sites = String.join(", ", study.study().sites().stream().map(Site::id).sorted().toList());
            diagnostics.add(Diagnostic.error("UnknownSite", "the study has no site '" + request.siteId() + "' (its sites: " + sites + ")",
                    "give --site one of: " + sites,
                    SourceLocation.file(request.studyDirectory().resolve("sites").toString())));
            return new QualifyReport(Optional.empty(), List.of(), diagnostics, true);
        }
        Validated<SiteOutcome> compiled = compiler.compile(study, site.get(), request.date());
        diagnostics.addAll(compiled.diagnostics().stream().filter(Diagnostic::isError).toList());
        if (compiled.value().isEmpty() || compiled.hasErrors()) {
            return new QualifyReport(Optional.empty(), List.of(), diagnostics, false);
        }
        SiteOutcome outcome = compiled.value().get();
        ScannerPeriod scanner = outcome.effective().scanner();
        Validated<VendorAdapter> adapter = compiler.adapters().find(scanner.vendor(), study.locate(site.get().id(), "/scanners"));
        if (adapter.value().isEmpty()) {
            diagnostics.addAll(adapter.diagnostics());
            return new QualifyReport(Optional.empty(), List.of(), diagnostics, false);
        }
        if (request.evidence().isEmpty()) {
            diagnostics.add(Diagnostic.error("NoEvidence", "no console export, printout or DICOM folder given",
                    "give the site's export (.exar1, .ExamCard, protocol.tar, PDF printout) or a test acquisition's DICOM folder",
                    SourceLocation.NONE));
            return new QualifyReport(Optional.empty(), List.of(), diagnostics, true);
        }
        ExportComparison comparison = new ExportComparison(outcome, adapter.value().get(), request.accepted());
        List<Evidence> evidence = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path input : request.evidence()) {
            if (Files.isDirectory(input)) {
                DicomEvidence.Result r = new DicomEvidence(compiler).check(study, outcome, input);
                diagnostics.addAll(r.diagnostics());
                r.evidence().ifPresent(evidence::add);
                findings.addAll(r.findings());
                continue;
            }
            ConsoleExport export = ConsoleExportReader.read(input);
            if (export.hasErrors() || export.programs().isEmpty()) {
                diagnostics.addAll(export.diagnostics().stream().filter(Diagnostic::isError).toList());
                if (!export.hasErrors()) {
                    diagnostics.add(Diagnostic.error("ExportEmpty", "no program could be read from this export", "",
                            SourceLocation.file(input.toString())));
                }
                continue;
            }
            ExportComparison.Result r = comparison.compare(export);
            evidence.add(r.evidence());
            findings.addAll(r.findings());
        }
        request.accepted().stream().filter(a -> !comparison.used().contains(a)).forEach(a -> findings.add(new Finding("warning",
                "AcceptanceUnused", "", a.series(), a.label(), "the accepted difference " + a.series() + " / " + a.label()
                + " was not needed: remove it", "", "")));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new QualifyReport(Optional.empty(), List.of(), diagnostics, false);
        }
        StudyInfo info = study.study().protocol().study();
        Qualification q = new Qualification(info.id(), info.version(), site.get().id(), site.get().name(), site.get().language(),
                new Qualification.Scanner(scanner.vendor(), scanner.model(), scanner.softwareVersion(), scanner.fieldStrength(),
                        scanner.validFrom() == null ? "" : scanner.validFrom().toString()),
                StudyCompiler.studyDate(study, request.date()).map(LocalDate::toString).orElse(""),
                findings.stream().noneMatch(f -> f.severity().equals("error")), evidence, findings,
                evidence.stream().mapToInt(Evidence::shown).sum(), evidence.stream().mapToInt(Evidence::compared).sum(),
                QualificationRecords.cardValues(outcome));
        List<Path> written = new ArrayList<>();
        try {
            OutputTree tree = QualificationReports.render(q, study);
            OutputWriter.write(tree, request.outputDirectory());
            tree.files().keySet().stream().sorted().forEach(k -> written.add(request.outputDirectory().resolve(k)));
            if (request.record() && q.qualified()) {
                OutputTree record = new OutputTree().put(OutputTree.segment(q.siteId()) + ".json", QualificationReports.json(q));
                Path folder = request.studyDirectory().resolve(QualificationRecords.FOLDER);
                OutputWriter.write(record, folder);
                written.add(folder.resolve(OutputTree.segment(q.siteId()) + ".json"));
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("ReportsNotWritten", "cannot write the qualification reports: "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    "choose an output folder you can write to", SourceLocation.file(request.outputDirectory().toString())));
        }
        return new QualifyReport(Optional.of(q), written, diagnostics, false);
    }
}
