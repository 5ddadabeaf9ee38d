package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyGeneratorTest {

    private static final Path XML_STUDY = Path.of("../examples/memory-clinic-xml");
    private final StudyGenerator generator = new StudyGenerator(io.github.diapason.validate.StudyValidation.standard(io.github.diapason.vendor.VendorAdapters.load().ids()), new io.github.diapason.compiler.compile.StudyCompiler(io.github.diapason.vendor.VendorAdapters.load()));

    @TempDir
    Path temp;

    private GenerateReport generate(Path study, Path out) {
        return generator.generate(new GenerateRequest(study, out, Optional.empty(), Optional.empty(), false, false));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void sameInputsGiveByteIdenticalOutputs() throws IOException {
        assertThat(generate(XML_STUDY, temp.resolve("a")).failed()).isFalse();
        assertThat(generate(XML_STUDY, temp.resolve("b")).failed()).isFalse();

        Map<String, byte[]> a = tree(temp.resolve("a"));
        Map<String, byte[]> b = tree(temp.resolve("b"));
        assertThat(a.keySet()).isEqualTo(b.keySet()).contains("index.html", "protocol.resolved.json",
                "sites/lyon/manual.en.html", "sites/lyon/manual.fr.md", "sites/lyon/parameters.json",
                "sites/lyon/transfer-sheet.fr.html", "sites/lyon/crf-mri.fr.md");
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void sitesGeneratedInParallelGiveTheSameFilesAndReportAsOneAfterAnother() throws IOException {
        // ms-cohort: six sites on three vendors, one with two scanner periods, warnings included.
        Path study = Path.of("../examples/ms-cohort");
        StudyGenerator oneThread = new StudyGenerator(io.github.diapason.validate.StudyValidation.standard(
                io.github.diapason.vendor.VendorAdapters.load().ids()),
                new io.github.diapason.compiler.compile.StudyCompiler(io.github.diapason.vendor.VendorAdapters.load()), 1);
        StudyGenerator fourThreads = new StudyGenerator(io.github.diapason.validate.StudyValidation.standard(
                io.github.diapason.vendor.VendorAdapters.load().ids()),
                new io.github.diapason.compiler.compile.StudyCompiler(io.github.diapason.vendor.VendorAdapters.load()), 4);

        GenerateReport sequential = oneThread.generate(new GenerateRequest(study, temp.resolve("one"), Optional.empty(),
                Optional.empty(), false, false));
        GenerateReport parallel = fourThreads.generate(new GenerateRequest(study, temp.resolve("four"), Optional.empty(),
                Optional.empty(), false, false));

        assertThat(sequential.failed()).isFalse();
        assertThat(parallel.diagnostics()).isEqualTo(sequential.diagnostics());
        Map<String, byte[]> one = tree(temp.resolve("one"));
        Map<String, byte[]> four = tree(temp.resolve("four"));
        assertThat(four.keySet()).isEqualTo(one.keySet()).hasSizeGreaterThan(6 * 20);
        one.forEach((name, bytes) -> assertThat(four.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aSecondRunWithUnchangedInputsRewritesNothing() {
        generate(XML_STUDY, temp);

        GenerateReport again = generate(XML_STUDY, temp);

        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isPositive();
    }

    @Test
    void aStudyWithErrorsWritesNothingAndLeavesPreviousOutputsIntact() throws IOException {
        Path out = temp.resolve("out");
        generate(XML_STUDY, out);
        Map<String, byte[]> before = tree(out);
        Path broken = temp.resolve("broken");
        copy(XML_STUDY, broken);
        Path protocol = broken.resolve("protocol.xml");
        Files.writeString(protocol, Files.readString(protocol).replace("unit=\"ms\"", "unit=\"mm\""));

        GenerateReport report = generate(broken, out);

        assertThat(report.failed()).isTrue();
        assertThat(report.written()).isZero();
        Map<String, byte[]> after = tree(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aDroppedOptionalSequenceIsExplainedInTheSitesManual() throws IOException {
        generate(XML_STUDY, temp);

        String manual = Files.readString(temp.resolve("sites/nantes/manual.en.md"));

        assertThat(manual).contains("Sequences not run at this site");
        var parameters = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(temp.resolve("sites/nantes/parameters.json").toFile());
        assertThat(parameters.path("sequences").findValuesAsText("id")).doesNotContain("asl");
        assertThat(parameters.path("dropped").findValuesAsText("id")).containsExactly("asl");
    }

    @Test
    void userTextIsEscapedInHtml() throws IOException {
        Path study = temp.resolve("study");
        copy(XML_STUDY, study);
        Path site = study.resolve("sites/lyon.xml");
        String xml = Files.readString(site);
        String name = xml.replaceFirst("(?s).*<name>([^<]*)</name>.*", "$1");
        Files.writeString(site, xml.replace("<name>" + name + "</name>", "<name>&lt;script&gt;alert(1)&lt;/script&gt;</name>"));

        assertThat(generate(study, temp.resolve("out")).failed()).isFalse();

        String html = Files.readString(temp.resolve("out/sites/lyon/manual.en.html"));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
