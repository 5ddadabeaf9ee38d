package io.github.diapason.conformity.check;

import io.github.diapason.conformity.dicom.DicomDictionary;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.inspect.FieldTable;
import io.github.diapason.conformity.inspect.Identification;
import io.github.diapason.conformity.inspect.Inspection;
import io.github.diapason.conformity.inspect.Inspector;
import io.github.diapason.conformity.rules.ConfidentialityAttribute;
import io.github.diapason.conformity.rules.DeidentificationRules;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.RulesJson;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads the rules (one {@code rules.json}, or every {@code rules.json} under a folder such as a
 * study's generated {@code target/diapason/sites}), inspects the DICOM folders looking for what those
 * rules name as identifying, and returns the verdicts of the {@link Checker}. Problems with the
 * inputs are diagnostics in the report. The CLI and the Maven goal reach it through the core API
 * ({@code compiler}'s {@code Diapason.check}), which also writes the reports.
 */
public final class DicomCheck {

    private final int threads;

    public DicomCheck(int threads) {
        this.threads = threads;
    }

    public CheckReport check(List<Path> dicom, Path rules) {
        return check(dicom, rules, done -> { });
    }

    /** {@link #check(List, Path)}, reporting the number of files read so far to {@code progress}. */
    public CheckReport check(List<Path> dicom, Path rules, java.util.function.LongConsumer progress) {
        Validated<List<RulesSource>> read = readRules(rules);
        List<RulesSource> files = read.value().orElse(List.of());
        FieldTable table = FieldTable.standard();
        Inspection inspection = new Inspector(new DicomReader(), table, identification(files, table), threads)
                .withProgress(progress).inspect(dicom);
        CheckReport report = new Checker().check(inspection, files);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        diagnostics.addAll(report.diagnostics());
        return new CheckReport(report.exams(), report.files(), report.dicomFiles(), diagnostics);
    }

    /**
     * The same check over the exams of a DICOMweb server (QIDO-RS and WADO-RS metadata, never pixel data):
     * the same extractor, checker and verdicts as on folders; findings name the instance by its path on the server.
     */
    public CheckReport check(io.github.diapason.conformity.dicomweb.DicomWebSource server, Path rules,
                             java.util.function.LongConsumer progress) {
        Validated<List<RulesSource>> read = readRules(rules);
        List<RulesSource> files = read.value().orElse(List.of());
        FieldTable table = FieldTable.standard();
        Inspector inspector = new Inspector(new DicomReader(), table, identification(files, table), threads).withProgress(progress);
        Inspection inspection = read.diagnostics().stream().anyMatch(Diagnostic::isError) && files.isEmpty()
                ? new Inspection(List.of(), 0, 0, List.of())
                : inspector.inspect(new io.github.diapason.conformity.dicomweb.DicomWebClient(server).headers(inspector));
        CheckReport report = new Checker().check(inspection, files);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        diagnostics.addAll(report.diagnostics());
        return new CheckReport(report.exams(), report.files(), report.dicomFiles(), diagnostics);
    }

    /** One rules.json, or every rules.json under a folder (sorted by path). */
    public static Validated<List<RulesSource>> readRules(Path rules) {
        List<Path> paths = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.exists(rules)) {
            return Validated.of(List.of(), List.of(Diagnostic.error("RulesNotFound", "no rules here: the path does not exist",
                    "generate the study first (mvn verify or diapason generate), or pass a rules.json",
                    SourceLocation.file(rules.toString()))));
        }
        if (Files.isDirectory(rules)) {
            try (Stream<Path> walk = Files.walk(rules)) {
                walk.filter(p -> p.getFileName().toString().equals("rules.json")).sorted().forEach(paths::add);
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error("RulesIoError", "cannot search the folder: " + e.getMessage(), "",
                        SourceLocation.file(rules.toString())));
            }
            if (paths.isEmpty() && diagnostics.isEmpty()) {
                diagnostics.add(Diagnostic.error("RulesNotFound", "no rules.json under this folder",
                        "generate the study first (mvn verify or diapason generate), or pass a rules.json",
                        SourceLocation.file(rules.toString())));
            }
        } else {
            paths.add(rules);
        }
        List<RulesSource> out = new ArrayList<>();
        for (Path p : paths) {
            Validated<RuleFile> one = RulesJson.readFile(p);
            diagnostics.addAll(one.diagnostics());
            one.valid().ifPresent(r -> out.add(new RulesSource(p.toString(), r)));
        }
        return Validated.of(out, diagnostics);
    }

    /** What the rules say to look for: the identifying attributes whose content is a finding, and the pseudonym. */
    static Identification identification(List<RulesSource> files, FieldTable table) {
        Map<String, FieldTable.Identifying> attributes = new LinkedHashMap<>();
        table.identifying().forEach(i -> attributes.put(i.keyword(), i));
        Pattern pseudonym = null;
        List<FieldTable.Identifying> pseudonymAttributes = new ArrayList<>();
        for (RulesSource f : files) {
            for (RuleSet set : f.rules().ruleSets()) {
                DeidentificationRules d = set.deidentification();
                if (d == null) {
                    continue;
                }
                Set<String> flaggable = IdentifyingAttributePresent.flaggable(d);
                for (ConfidentialityAttribute a : d.mustBeAbsentOrReplaced()) {
                    if (flaggable.contains(a.keyword())) {
                        tag(a.tag()).ifPresent(t -> attributes.putIfAbsent(a.keyword(), new FieldTable.Identifying(a.keyword(), t)));
                    }
                }
                if (pseudonym == null && d.pseudonym() != null && d.pseudonym().pattern() != null) {
                    try {
                        pseudonym = Pattern.compile(d.pseudonym().pattern());
                        for (String k : d.pseudonym().attributes()) {
                            DicomDictionary.standard().tag(k).ifPresent(t -> pseudonymAttributes.add(new FieldTable.Identifying(k, t)));
                        }
                    } catch (PatternSyntaxException e) {
                        pseudonym = null; // the rules schema check reports a bad pattern
                    }
                }
            }
        }
        return new Identification(List.copyOf(attributes.values()), pseudonym, pseudonymAttributes);
    }

    /** "(0010,0010)" → 0x00100010; masks such as "(50xx,xxxx)" are not single attributes. */
    private static Optional<Integer> tag(String text) {
        String t = text == null ? "" : text.replaceAll("[()\\s]", "");
        if (!t.matches("[0-9A-Fa-f]{4},[0-9A-Fa-f]{4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseUnsignedInt(t.replace(",", ""), 16));
    }
}
