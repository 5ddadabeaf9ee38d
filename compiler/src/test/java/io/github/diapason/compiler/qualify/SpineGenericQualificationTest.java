package io.github.diapason.compiler.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.compiler.QualifyReport;
import io.github.diapason.compiler.QualifyRequest;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.qualify.Qualification.Finding;
import io.github.diapason.conformity.export.ConsoleExport;
import io.github.diapason.conformity.export.ConsoleExportReader;
import io.github.diapason.conformity.export.ConsoleProgram;
import io.github.diapason.conformity.export.ConsoleValue;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Qualification (issue 14) on the real spine-generic console exports (the copies under conformity's test resources,
 * see PROVENANCE.md there: spine-generic/protocols @ 2e75be1, MIT) against examples/spine-generic: each vendor's export
 * and printout qualifies its site once the card differences listed in qualify/accepted-&lt;site&gt;.tsv (the card's
 * fault, or the site's own setting the coordinating centre accepts) are accepted; the same export with a changed TR, a removed
 * series or another software version fails for exactly that reason.
 */
class SpineGenericQualificationTest {

    static final Path STUDY = Path.of("..", "examples", "spine-generic");
    static final Path EXPORTS = Path.of("..", "conformity", "src", "test", "resources", "console-exports", "spine-generic");
    static final String VE11C = "Siemens/Prisma_VE11C_no-ZOOMit/spine_generic_Prisma_VE11C_no-ZOOMit.exar1";
    static final String XA61 = "Siemens/CimaX_XA61_ZOOMit/spine-generic_CimaX_XA61_ZOOMit.exar1";
    static final String EXAMCARD = "Philips/spine_generic_philips_R53.ExamCard";
    static final String GE_TAR = "GE/GE_750_no-FOCUS/protocol.tar";

    @TempDir
    Path dir;

    static Stream<Arguments> exports() {
        return Stream.of(
                Arguments.of("prisma-ve11c", VE11C),
                Arguments.of("prisma-ve11c", "Siemens/Prisma_VE11C_no-ZOOMit/spine_generic_Prisma_VE11C_no-ZOOMit.pdf"),
                Arguments.of("cimax-xa61", XA61),
                Arguments.of("cimax-xa61", "Siemens/CimaX_XA61_ZOOMit/spine-generic_CimaX_XA61_ZOOMit.pdf"),
                Arguments.of("achieva-r53", EXAMCARD),
                Arguments.of("achieva-r53", "Philips/spine_generic_philips_R53.pdf"),
                Arguments.of("mr750-dv2x", GE_TAR),
                Arguments.of("mr750-dv2x", "GE/GE_750_no-FOCUS/spine_generic_ge_750_no-FOCUS.pdf"));
    }

    @ParameterizedTest(name = "{1} qualifies {0}")
    @MethodSource("exports")
    void each_export_qualifies_its_site_once_the_listed_card_differences_are_accepted(String site, String export) throws IOException {
        QualifyReport report = qualify(site, accepted(site), EXPORTS.resolve(export));
        assertThat(report.diagnostics()).isEmpty();
        Qualification q = report.qualification().orElseThrow();
        assertThat(report.exitStatus()).as(String.join("\n", report.lines())).isEqualTo(ExitStatus.OK);
        assertThat(q.evidence()).singleElement().satisfies(e -> {
            assertThat(e.sequences()).extracting(Qualification.SequenceVerdict::sequenceId)
                    .containsExactly("t1w", "t2w", "dwi", "gre-mt1", "gre-mt0", "gre-t1w", "gre-me");
            assertThat(e.sequences()).allSatisfy(s -> {
                assertThat(s.matchedBy()).isEqualTo("name");
                assertThat(s.verdict()).isEqualTo("qualified");
                if (s.notCompared().stream().noneMatch(n -> n.reason().equals("shared-series"))) {
                    assertThat(s.values()).as(s.sequenceId()).isNotEmpty();
                }
            });
            // every program but the localiser (and GE's coil calibration) is one of the protocol's
            assertThat(e.extraPrograms()).isNotEmpty().allMatch(p -> p.matches("(?i)localizer|survey|cal .*"));
            assertThat(e.compared()).isPositive().isLessThan(e.shown());
        });
        assertThat(q.findings()).filteredOn(f -> f.code().equals("ProgramExtra")).hasSize(q.evidence().get(0).extraPrograms().size());
        assertThat(q.findings()).noneMatch(f -> f.severity().equals("error"));
        assertThat(schemaProblems(dir.resolve("out/qualification-report.json"))).isEmpty();
    }

    @ParameterizedTest(name = "{1} against {0}")
    @MethodSource("exports")
    void without_acceptances_an_export_fails_only_on_listed_card_differences(String site, String export) throws IOException {
        Qualification q = qualify(site, List.of(), EXPORTS.resolve(export)).qualification().orElseThrow();
        List<String> listed = accepted(site).stream().map(a -> a.series() + "/" + a.label()).toList();
        assertThat(q.findings()).filteredOn(f -> f.severity().equals("error"))
                .allSatisfy(f -> assertThat(listed).contains(f.sequence() + "/" + f.label()));
    }

    @Test
    void every_listed_card_difference_is_still_needed_by_some_export_of_its_site() throws IOException {
        for (String site : List.of("prisma-ve11c", "cimax-xa61", "achieva-r53", "mr750-dv2x")) {
            List<Path> files = exports().filter(a -> a.get()[0].equals(site)).map(a -> EXPORTS.resolve((String) a.get()[1])).toList();
            List<String> failing = new ArrayList<>();
            for (Path f : files) {
                qualify(site, List.of(), f).qualification().orElseThrow().findings().stream()
                        .filter(x -> x.severity().equals("error")).forEach(x -> failing.add(x.sequence() + "/" + x.label()));
            }
            assertThat(accepted(site)).as(site).allSatisfy(a -> assertThat(failing).contains(a.series() + "/" + a.label()));
        }
    }

    @Test
    void a_changed_tr_in_the_ge_protocol_tar_fails_for_that_value_only() throws IOException {
        byte[] tar = Files.readAllBytes(EXPORTS.resolve(GE_TAR));
        Path mutated = dir.resolve("protocol.tar");
        Files.write(mutated, replaceAfter(tar, "T2w_", "set TR \"2500.0\"", "set TR \"3900.0\""));
        Qualification q = qualify("mr750-dv2x", accepted("mr750-dv2x"), mutated).qualification().orElseThrow();
        assertThat(q.qualified()).isFalse();
        assertThat(errors(q)).extracting(Finding::code, Finding::sequence, Finding::label, Finding::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ValueOutOfTolerance", "T2w", "TR", "3900.0 ms"));
    }

    @Test
    void a_changed_tr_in_a_siemens_export_fails_for_that_value_only() {
        ConsoleExport export = ConsoleExportReader.read(EXPORTS.resolve(VE11C));
        ConsoleExport changed = export.withPrograms(export.programs().stream()
                .map(p -> p.name().equals("T1w") ? withValue(p, "TR", "2600.0") : p).toList());
        List<Finding> errors = compare("prisma-ve11c", changed).findings().stream().filter(f -> f.severity().equals("error")).toList();
        assertThat(errors).extracting(Finding::code, Finding::sequence, Finding::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ValueOutOfTolerance", "T1w", "TR"));
    }

    @Test
    void a_removed_series_fails_as_a_missing_mandatory_sequence() {
        ConsoleExport export = ConsoleExportReader.read(EXPORTS.resolve(EXAMCARD));
        ConsoleExport without = export.withPrograms(export.programs().stream().filter(p -> !p.name().equals("T2w")).toList());
        ExportComparison.Result r = compare("achieva-r53", without);
        assertThat(r.evidence().qualified()).isFalse();
        assertThat(r.findings()).filteredOn(f -> f.severity().equals("error"))
                .extracting(Finding::code, Finding::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SequenceMissing", "T2w"));
        assertThat(r.evidence().sequences()).filteredOn(s -> s.seriesName().equals("T2w"))
                .extracting(Qualification.SequenceVerdict::verdict).containsExactly("missing");
    }

    @Test
    void two_sequences_of_one_philips_series_share_its_program_and_are_compared_once() {
        // spine_generic_philips_R53.ExamCard: GRE-MT holds MT on and MT off as its two dynamics; GRE-T1 is a program of its own
        ExportComparison.Result r = compare("achieva-r53", ConsoleExportReader.read(EXPORTS.resolve(EXAMCARD)));
        assertThat(r.evidence().sequences()).filteredOn(s -> s.sequenceId().startsWith("gre-"))
                .extracting(Qualification.SequenceVerdict::sequenceId, Qualification.SequenceVerdict::program)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gre-mt1", "GRE-MT"), org.assertj.core.groups.Tuple.tuple("gre-mt0", "GRE-MT"),
                        org.assertj.core.groups.Tuple.tuple("gre-t1w", "GRE-T1"), org.assertj.core.groups.Tuple.tuple("gre-me", "GRE-ME"));
        Qualification.SequenceVerdict mt0 = r.evidence().sequences().stream().filter(s -> s.sequenceId().equals("gre-mt0")).findFirst().orElseThrow();
        assertThat(mt0.values()).isEmpty();
        assertThat(mt0.notCompared()).containsExactly(new Qualification.NotCompared("GRE-MT", "gre-mt1", "shared-series"));
        assertThat(r.findings()).filteredOn(f -> f.code().equals("SeriesShared")).extracting(Finding::sequence).containsExactly("GRE-MT");
        assertThat(r.evidence().extraPrograms()).containsExactly("SURVEY");
    }

    @Test
    void a_dynamic_is_qualified_with_its_host_program_found_by_its_values_under_another_name() {
        // the site renamed GRE-MT: gre-mt1 finds the program by its values, and gre-mt0, its dynamic 2, goes with it
        ConsoleExport card = ConsoleExportReader.read(EXPORTS.resolve(EXAMCARD));
        ConsoleExport renamed = new ConsoleExport(card.file(), card.format(), card.vendor(), card.programs().stream()
                .map(p -> p.name().equals("GRE-MT") ? new ConsoleProgram("MT pair", p.sequenceType(), p.values(), p.notRead(),
                        p.location()) : p).toList(), card.diagnostics(), card.model(), card.software());
        ExportComparison.Result r = compare("achieva-r53", renamed);
        assertThat(r.evidence().sequences()).filteredOn(s -> s.sequenceId().startsWith("gre-mt"))
                .extracting(Qualification.SequenceVerdict::sequenceId, Qualification.SequenceVerdict::program,
                        Qualification.SequenceVerdict::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gre-mt1", "MT pair", "qualified"),
                        org.assertj.core.groups.Tuple.tuple("gre-mt0", "MT pair", "qualified"));
    }

    @Test
    void a_label_the_philips_printout_repeats_is_compared_with_the_value_after_the_same_label() {
        // spine_generic_philips_R53.pdf, T2w: "TE user defined (ms) 120" comes before "TR user defined (ms) 3500"; the card
        // lists TR first: each "(ms)" goes with the line before it, not with the first "(ms)" of the printout
        ExportComparison.Result r = compare("achieva-r53", ConsoleExportReader.read(EXPORTS.resolve("Philips/spine_generic_philips_R53.pdf")));
        assertThat(r.evidence().sequences()).filteredOn(s -> s.sequenceId().equals("t2w")).singleElement().satisfies(s ->
                assertThat(s.values()).filteredOn(v -> v.label().equals("(ms)"))
                        .extracting(Qualification.ValueCheck::found, Qualification.ValueCheck::outcome)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("3500", "same"), org.assertj.core.groups.Tuple.tuple("120", "same")));
    }

    @ParameterizedTest
    @MethodSource("philipsExports")
    void a_philips_gre_mt_without_its_mt_pulse_fails_on_the_contrast_mtc_and_the_dynamics_mtc_is_compared_apart(String export) {
        // spine_generic_philips_R53, GRE-MT: Contrast "MTC off resonance" and Dyn/Ang "MTC yes" (two cards, one label); a site
        // that left the MT pulse off acquires no MT-on image: the Contrast line fails, the Dyn/Ang line is still the same
        ConsoleExport read = ConsoleExportReader.read(EXPORTS.resolve(export));
        ConsoleExport noMt = read.withPrograms(read.programs().stream().map(p -> !p.name().equals("GRE-MT") ? p
                : new ConsoleProgram(p.name(), p.sequenceType(), p.values().stream().map(v -> v.value().equals("off resonance")
                        ? new ConsoleValue(v.key(), v.label(), "no", v.unit(), v.location()) : v).toList(), p.notRead(), p.location()))
                .toList());
        assertThat(compare("achieva-r53", read).evidence().sequences()).filteredOn(s -> s.sequenceId().equals("gre-mt1"))
                .singleElement().satisfies(s -> assertThat(s.values()).filteredOn(v -> v.label().equals("MTC"))
                        .extracting(Qualification.ValueCheck::found, Qualification.ValueCheck::outcome)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("off resonance", "same"),
                                org.assertj.core.groups.Tuple.tuple("yes", "same")));
        assertThat(errors(compare("achieva-r53", noMt).findings())).extracting(Finding::sequence, Finding::label, Finding::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GRE-MT", "MTC", "no"));
    }

    @ParameterizedTest
    @MethodSource("philipsExports")
    void a_philips_sense_factor_is_found_under_its_axis_label(String export) {
        // spine_generic_philips_R53 T2w (sagittal, AP fold-over): "P reduction (AP) 2", "S reduction (RL) 1.5", the
        // card's labels; the printout reader once took "(RL)" for a unit and filed the line under "S reduction"
        ExportComparison.Result r = compare("achieva-r53", ConsoleExportReader.read(EXPORTS.resolve(export)));
        assertThat(r.evidence().sequences()).filteredOn(s -> s.sequenceId().equals("t2w")).singleElement().satisfies(s ->
                assertThat(s.values()).filteredOn(v -> v.label().contains("reduction"))
                        .extracting(Qualification.ValueCheck::label, Qualification.ValueCheck::found, Qualification.ValueCheck::outcome)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("P reduction (AP)", "2", "same"),
                                org.assertj.core.groups.Tuple.tuple("S reduction (RL)", "1.5", "same")));
    }

    static Stream<String> philipsExports() {
        return Stream.of("Philips/spine_generic_philips_R53.pdf", "Philips/spine_generic_philips_R53.ExamCard");
    }

    @Test
    void a_renamed_series_is_still_found_by_its_parameters() {
        ConsoleExport export = ConsoleExportReader.read(EXPORTS.resolve(GE_TAR));
        ConsoleExport renamed = export.withPrograms(export.programs().stream()
                .map(p -> p.name().equals("T1w") ? new ConsoleProgram("Sag 3D BRAVO", p.sequenceType(), p.values(), p.notRead(),
                        p.location()) : p).toList());
        ExportComparison.Result r = compare("mr750-dv2x", renamed);
        assertThat(r.evidence().sequences().get(0)).satisfies(s -> {
            assertThat(s.program()).isEqualTo("Sag 3D BRAVO");
            assertThat(s.matchedBy()).isEqualTo("fingerprint");
        });
    }

    @Test
    void another_software_version_in_the_examcard_fails_for_that_reason_only() throws IOException {
        String xml = Files.readString(EXPORTS.resolve(EXAMCARD), StandardCharsets.UTF_8);
        assertThat(xml).contains(">5.3.1.0</swVersion>");
        Path mutated = Files.writeString(dir.resolve("spine_generic_philips_R56.ExamCard"),
                xml.replace(">5.3.1.0</swVersion>", ">5.6.1.0</swVersion>"), StandardCharsets.UTF_8);
        Qualification q = qualify("achieva-r53", accepted("achieva-r53"), mutated).qualification().orElseThrow();
        assertThat(errors(q)).extracting(Finding::code, Finding::expected, Finding::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ScannerSoftwareMismatch", "5.3.1", "5.6.1.0"));
    }

    @Test
    void another_siemens_software_line_fails_and_the_same_line_passes() {
        ConsoleExport export = ConsoleExportReader.read(EXPORTS.resolve(XA61));
        assertThat(export.software()).isEqualTo("VA61A");
        assertThat(errors(compare("cimax-xa61", export.withScanner("", "VA60A")).findings()))
                .extracting(Finding::code).containsExactly("ScannerSoftwareMismatch");
        assertThat(ScannerIdentity.softwareMatches("syngo MR E11", "VE11C")).isTrue();
        assertThat(ScannerIdentity.softwareMatches("syngo MR E11", "VE11E")).isTrue();
        assertThat(ScannerIdentity.softwareMatches("syngo MR XA61", "VA61A")).isTrue();
        assertThat(ScannerIdentity.softwareMatches("syngo MR E11", "VA61A")).isFalse();
        assertThat(ScannerIdentity.softwareMatches("5.3.1", "5.3.1.0")).isTrue();
        assertThat(ScannerIdentity.softwareMatches("5.3.1", "5.4.0.1")).isFalse();
    }

    @Test
    void a_scanner_model_the_export_names_otherwise_fails() {
        ConsoleExport export = ConsoleExportReader.read(EXPORTS.resolve("Siemens/CimaX_XA61_ZOOMit/spine-generic_CimaX_XA61_ZOOMit.pdf"));
        assertThat(export.model()).isEqualTo("3.0T X60");
        assertThat(errors(compare("cimax-xa61", export).findings())).extracting(Finding::code).doesNotContain("ScannerModelMismatch");
        assertThat(errors(compare("cimax-xa61", export.withScanner("Skyra", export.software())).findings()))
                .extracting(Finding::code).contains("ScannerModelMismatch");
    }

    @Test
    void programs_in_another_order_are_a_warning_not_a_failure() {
        ConsoleExport export = ConsoleExportReader.read(EXPORTS.resolve(VE11C));
        List<ConsoleProgram> reversed = new ArrayList<>(export.programs());
        java.util.Collections.reverse(reversed);
        List<Finding> findings = compare("prisma-ve11c", export.withPrograms(reversed)).findings();
        assertThat(findings).filteredOn(f -> f.code().equals("SequenceOutOfOrder")).extracting(Finding::severity).containsExactly("warning");
    }

    @Test
    void the_same_inputs_give_the_same_report_bytes() throws IOException {
        qualify("mr750-dv2x", accepted("mr750-dv2x"), EXPORTS.resolve(GE_TAR));
        byte[] json = Files.readAllBytes(dir.resolve("out/qualification-report.json"));
        byte[] html = Files.readAllBytes(dir.resolve("out/qualification-report.html"));
        byte[] xml = Files.readAllBytes(dir.resolve("out/qualification-report.xml"));
        QualifyReport again = new Diapason().qualify(new QualifyRequest(STUDY, "mr750-dv2x", Optional.empty(),
                List.of(EXPORTS.resolve(GE_TAR)), accepted("mr750-dv2x"), dir.resolve("again"), false));
        assertThat(again.exitStatus()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readAllBytes(dir.resolve("again/qualification-report.json"))).isEqualTo(json);
        assertThat(Files.readAllBytes(dir.resolve("again/qualification-report.html"))).isEqualTo(html);
        assertThat(Files.readAllBytes(dir.resolve("again/qualification-report.xml"))).isEqualTo(xml);
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain(EXPORTS.toString());
    }

    // ------------------------------------------------------------------ helpers

    private QualifyReport qualify(String site, List<AcceptedDifference> accepted, Path... evidence) {
        return new Diapason().qualify(new QualifyRequest(STUDY, site, Optional.empty(), List.of(evidence), accepted,
                dir.resolve("out"), false));
    }

    static List<AcceptedDifference> accepted(String site) {
        return AcceptedDifference.read(resource("qualify/accepted-" + site + ".tsv")).value().orElseThrow();
    }

    static ExportComparison.Result compare(String site, ConsoleExport export) {
        VendorAdapters adapters = VendorAdapters.load();
        LoadedStudy study = StudyValidation.standard(adapters.ids()).validate(STUDY).value().orElseThrow();
        SiteOutcome outcome = new StudyCompiler(adapters).compile(study, study.study().site(site).orElseThrow(), Optional.empty())
                .value().orElseThrow();
        return new ExportComparison(outcome, adapters.find(outcome.effective().scanner().vendor(), SourceLocation.NONE).value()
                .orElseThrow(), accepted(site)).compare(export);
    }

    private static List<Finding> errors(Qualification q) {
        return errors(q.findings());
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity().equals("error")).toList();
    }

    private static ConsoleProgram withValue(ConsoleProgram p, String label, String value) {
        return new ConsoleProgram(p.name(), p.sequenceType(), p.values().stream()
                .map(v -> v.label().equals(label) ? new ConsoleValue(v.key(), v.label(), value, v.unit(), v.location()) : v).toList(),
                p.notRead(), p.location());
    }

    /** {@code from} replaced by {@code to} (same length, so the tar's sizes hold) at its first place after {@code marker}. */
    private static byte[] replaceAfter(byte[] bytes, String marker, String from, String to) {
        assertThat(to).hasSameSizeAs(from);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from, text.indexOf(marker));
        assertThat(at).as(from + " after " + marker).isPositive();
        return (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.ISO_8859_1);
    }

    static List<String> schemaProblems(Path json) throws IOException {
        try (InputStream schema = SpineGenericQualificationTest.class.getClassLoader().getResourceAsStream(QualificationReports.SCHEMA_RESOURCE)) {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode node = mapper.readTree(json.toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(node).stream()
                    .map(Object::toString).toList();
        }
    }

    static Path resource(String relative) {
        try {
            return Path.of(SpineGenericQualificationTest.class.getResource("/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test resource " + relative, e);
        }
    }
}
