package io.github.diapason.conformity.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.diapason.conformity.check.Finding.Kind;
import io.github.diapason.conformity.dicom.VendorFixtures;
import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.ConfidentialityAttribute;
import io.github.diapason.conformity.rules.DeidentificationRules;
import io.github.diapason.conformity.rules.ExpectedCounts;
import io.github.diapason.conformity.rules.Pseudonym;
import io.github.diapason.conformity.rules.Recognition;
import io.github.diapason.conformity.rules.RequiredField;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.conformity.rules.RuleSet;
import io.github.diapason.conformity.rules.RulesJson;
import io.github.diapason.conformity.rules.ScannerIdentity;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.conformity.rules.TagLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": an exam written to match a site's rules is conformant; the same exam with
 * a changed TR, a missing mandatory series, a duplicate and a leftover patient name is non-conformant
 * for exactly those reasons. DICOM fixtures from the test-scope VendorFixtures, rules as rules.json.
 */
class CheckerTest {

    private static final String GOOD_STUDY = "1.2.826.0.1.3680043.10.5.1";
    private static final String BAD_STUDY = "1.2.826.0.1.3680043.10.5.2";
    private static final double[][] DIRS = {null, {1, 0, 0}, {0, 1, 0}};

    @TempDir
    Path dir;
    Path rules;

    private static SequenceRule t1(String id, String name, int position) {
        return new SequenceRule(id, name, "3d-ir-gre", "sagittal", true, true, position,
                new Recognition(List.of(name), Recognition.NAME_ATTRIBUTES, List.of()),
                List.of(AttributeRule.number("RepetitionTime", "(0018,0080)", "s", List.of(2.3), 0.01, true, null),
                        AttributeRule.number("EchoTime", "(0018,0081)", "s", List.of(0.00298), 0.0001, true, null),
                        AttributeRule.number("FlipAngle", "(0018,1314)", "deg", List.of(9.0), 0.5, true, null),
                        AttributeRule.code("MRAcquisitionType", "(0018,0023)", "3D", true, null),
                        AttributeRule.code("PhaseEncodingDirection", "(0018,1312)", "j-", true, null)),
                new ExpectedCounts(3, 1, null, List.of()), List.of(), List.of());
    }

    private static RuleFile site() {
        SequenceRule dwi = new SequenceRule("dwi", "DWI", "dwi", "axial", true, true, 2,
                new Recognition(List.of("ep2d_diff_mb3"), Recognition.NAME_ATTRIBUTES, List.of()),
                List.of(AttributeRule.number("RepetitionTime", "(0018,0080)", "s", List.of(3.6), 0.01, true, null),
                        AttributeRule.number("MultibandAccelerationFactor", "(0029,1020)", "count", List.of(3.0), 0.0, true, null)),
                new ExpectedCounts(null, 3, 3, List.of(0.0, 1000.0)),
                List.of(new RequiredField("DiffusionBValue", "b-values", List.of(new TagLocation("(0029,1010)", "B_value", "csa",
                                "SIEMENS CSA HEADER"))),
                        new RequiredField("DiffusionGradientDirection", "directions", List.of(new TagLocation("(0029,1010)",
                                "DiffusionGradientDirection", "csa", "SIEMENS CSA HEADER")))), List.of());
        DeidentificationRules deid = new DeidentificationRules("basic", List.of(), "PS3.15 E.1-1",
                new Pseudonym("SUBJ-\\d{3}", List.of("PatientName", "PatientID")),
                List.of(new ConfidentialityAttribute("(0010,0010)", "PatientName", "Z", List.of(), List.of()),
                        new ConfidentialityAttribute("(0010,0020)", "PatientID", "Z", List.of(), List.of()),
                        new ConfidentialityAttribute("(0010,0030)", "PatientBirthDate", "Z", List.of(), List.of()),
                        new ConfidentialityAttribute("(0008,0080)", "InstitutionName", "X/Z/D", List.of(), List.of()),
                        new ConfidentialityAttribute("(0008,0090)", "ReferringPhysicianName", "Z", List.of(), List.of())),
                List.of(), null);
        ScannerIdentity scanner = new ScannerIdentity("siemens", List.of("SIEMENS"), "Prisma", 3.0, List.of("syngo MR E11"),
                "12345", LocalDate.of(2020, 1, 1), null);
        return RuleFile.of("study", "1.0.0", "lyon", List.of(new RuleSet(scanner,
                List.of(t1("t1w", "t1_mprage_sag", 1), dwi, t1("flair", "t2_flair", 3)), List.of(), deid)));
    }

    @BeforeEach
    void writeRules() throws IOException {
        rules = Files.writeString(dir.resolve("rules.json"), RulesJson.write(site()));
    }

    private Map<String, String> who(String study, String patient) {
        Map<String, String> m = new HashMap<>();
        m.put("StudyInstanceUID", study);
        m.put("PatientName", patient);
        m.put("PatientID", "SUBJ-001");
        m.put("InstitutionName", "");
        return m;
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private void t1(String folder, String series, int number, String description, Map<String, String> who, String tr)
            throws IOException {
        for (int i = 1; i <= 3; i++) {
            Map<String, String> o = new HashMap<>(who);
            o.put("SeriesNumber", Integer.toString(number));
            o.put("SeriesDescription", description);
            o.put("ProtocolName", description);
            o.put("RepetitionTime", tr);
            write(folder + "/" + number + "/" + i, VendorFixtures.siemensClassic(series, i, i, 0, o));
        }
    }

    private void dwi(String folder, String series, int number, Map<String, String> who) throws IOException {
        for (int v = 0; v < 3; v++) {
            Map<String, String> o = new HashMap<>(who);
            o.put("SeriesNumber", Integer.toString(number));
            write(folder + "/" + number + "/" + v, VendorFixtures.siemensMosaic(series, v + 1, v == 0 ? 0 : 1000, DIRS[v], 0, o));
        }
    }

    private void conformantExam() throws IOException {
        Map<String, String> who = who(GOOD_STUDY, "SUBJ-001");
        t1("good", GOOD_STUDY + ".2", 2, "t1_mprage_sag", who, "2300");
        dwi("good", GOOD_STUDY + ".5", 5, who);
        t1("good", GOOD_STUDY + ".7", 7, "t2_flair", who, "2300");
    }

    /** Changed TR on the T1, the FLAIR missing, the DWI twice, the real name left in PatientName. */
    private void nonConformantExam() throws IOException {
        Map<String, String> who = who(BAD_STUDY, VendorFixtures.PATIENT_NAME);
        t1("bad", BAD_STUDY + ".2", 2, "t1_mprage_sag", who, "2500");
        dwi("bad", BAD_STUDY + ".5", 5, who);
        dwi("bad", BAD_STUDY + ".6", 6, who);
    }

    private CheckReport check(String folder) {
        return new DicomCheck(2).check(List.of(dir.resolve(folder)), rules);
    }

    @Test
    void an_exam_written_to_match_the_site_rules_is_conformant() throws IOException {
        conformantExam();
        CheckReport r = check("good");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.exams()).singleElement().satisfies(e -> {
            assertThat(e.findings()).filteredOn(Finding::failing).isEmpty();
            assertThat(e.conformant()).isTrue();
            assertThat(e.sequencesToRepeat()).isEmpty();
            assertThat(e.matches()).extracting(ExamReport.Match::sequence).containsExactly("t1w", "dwi", "flair");
        });
        assertThat(r.conformant()).isTrue();
    }

    @Test
    void the_same_exam_with_a_changed_tr_a_missing_series_a_duplicate_and_a_patient_name_fails_for_exactly_those()
            throws IOException {
        nonConformantExam();
        ExamReport e = check("bad").exams().get(0);
        assertThat(e.conformant()).isFalse();
        assertThat(e.findings()).filteredOn(Finding::failing)
                .extracting(f -> f.kind() + " " + f.sequence() + " " + f.attribute())
                .containsExactlyInAnyOrder("PARAMETER t1w RepetitionTime", "MISSING_SEQUENCE flair ",
                        "DUPLICATE dwi 1 series".replace(" 1 series", " "), "NOT_A_PSEUDONYM  PatientName");
        assertThat(e.sequencesToRepeat()).containsExactly("t1w", "flair");
    }

    @Test
    void no_report_copies_the_identifying_value_it_flags() throws IOException {
        nonConformantExam();
        CheckReport r = check("bad");
        for (String report : List.of(Reports.json(r), Reports.html(r), Reports.junit(r))) {
            assertThat(report).contains("PatientName").doesNotContain(VendorFixtures.PATIENT_NAME).doesNotContain("Doe");
        }
    }

    @Test
    void a_leftover_institution_name_is_named_as_an_identifying_attribute() throws IOException {
        Map<String, String> who = who(GOOD_STUDY, "SUBJ-001");
        who.put("InstitutionName", "Hopital Example");
        t1("inst", GOOD_STUDY + ".2", 2, "t1_mprage_sag", who, "2300");
        assertThat(check("inst").exams().get(0).findings()).filteredOn(f -> f.kind() == Kind.IDENTIFYING_ATTRIBUTE)
                .extracting(Finding::attribute, Finding::actual).containsExactly(org.assertj.core.groups.Tuple.tuple("InstitutionName", "present"));
    }

    @Test
    void the_json_report_follows_its_published_schema() throws Exception {
        nonConformantExam();
        ObjectMapper json = new ObjectMapper();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json.readTree(Reports.schemaText()));
        assertThat(schema.validate(json.readTree(Reports.json(check("bad"))))).isEmpty();
    }

    @Test
    void the_html_report_speaks_in_console_words_and_units_and_escapes_text() throws IOException {
        Map<String, String> who = who(GOOD_STUDY, "SUBJ-001");
        t1("html", GOOD_STUDY + ".2", 2, "t1_mprage_sag", who, "2500");
        t1("html", GOOD_STUDY + ".9", 9, "<script>x</script>", who, "2300");
        String html = Reports.html(check("html"));
        assertThat(html).contains("TR (RepetitionTime)").contains("2500 ms").contains("2300 ± 10 ms")
                .contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void the_junit_report_has_a_failed_test_per_non_conformant_series() throws IOException {
        nonConformantExam();
        String xml = Reports.junit(check("bad"));
        assertThat(xml).contains("failures=\"").contains("name=\"t1w (series 2 t1_mprage_sag)\"")
                .contains("type=\"PARAMETER\"").contains("type=\"MISSING_SEQUENCE\"");
    }

    @Test
    void an_exam_from_an_unknown_scanner_has_no_rule_set() throws IOException {
        Map<String, String> who = who(GOOD_STUDY, "SUBJ-001");
        who.put("DeviceSerialNumber", "99999");
        who.put("ManufacturerModelName", "Skyra");
        t1("other", GOOD_STUDY + ".2", 2, "t1_mprage_sag", who, "2300");
        ExamReport e = check("other").exams().get(0);
        assertThat(e.findings()).extracting(Finding::kind).contains(Kind.SCANNER);
        assertThat(e.conformant()).isFalse();
    }

    @Test
    void unreadable_rules_are_a_diagnostic_not_an_exception() throws IOException {
        conformantExam();
        Files.writeString(rules, "{ not json");
        CheckReport r = check("good");
        assertThat(r.unreadable()).isTrue();
        assertThat(r.diagnostics()).extracting(d -> d.code()).contains("RULES_NOT_JSON");
    }
}
