package io.github.diapason.read.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import io.github.diapason.read.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlFormatReaderTest {

    private static final Path EXAMPLE = Path.of("../examples/memory-clinic-xml");
    private final XmlFormatReader reader = new XmlFormatReader();

    @TempDir
    Path dir;

    @Test
    void readsTheExampleProtocolWithoutDiagnostics() {
        Validated<Located<Protocol>> read = reader.readProtocol(EXAMPLE.resolve("protocol.xml"));

        assertThat(read.diagnostics()).isEmpty();
        Protocol p = read.valid().orElseThrow().value();
        assertThat(p.exam().sequences()).extracting(s -> s.id()).containsExactly("loc", "t1", "flair", "asl");
        assertThat(p.overrides()).singleElement().satisfies(o -> assertThat(o.sequences()).containsKey("t1"));
    }

    @Test
    void plainTextContentIsOneTextForEveryLanguage() throws IOException {
        Protocol p = reader.readProtocol(write("protocol.xml", protocol("""
                <sequence id="loc" technique="localiser"><name>
                    Localiser   three planes
                </name></sequence>"""))).valid().orElseThrow().value();

        assertThat(p.exam().sequences().get(0).name().texts()).containsExactly(
                java.util.Map.entry("*", "Localiser three planes"));
    }

    @Test
    void namedConsoleSettingsAndAnOverridesSeriesNameReadAsTheJsonShapes() throws IOException {
        String xml = """
                <protocol xmlns="urn:diapason:protocol:1">
                  <study id="s" version="1.0.0"><title>T</title></study>
                  <exam><sequences>
                    <sequence id="mt" technique="3d-gre" seriesName="GRE-MT1">
                      <name>MT</name>
                      <parameters><parameter name="MagnetizationTransfer" code="on"/></parameters>
                      <consoleSettings><setting label="Imaging Options" value="EDR"/></consoleSettings>
                    </sequence>
                  </sequences></exam>
                  <overrides>
                    <override id="ge-cvs">
                      <reason>GE printout</reason>
                      <when vendor="ge"/>
                      <sequences>
                        <sequence ref="mt" seriesName="GRE-MT">
                          <parameters/>
                          <consoleSettings><setting label="User CV1" value="1200.00"/></consoleSettings>
                        </sequence>
                      </sequences>
                    </override>
                  </overrides>
                </protocol>
                """;
        Protocol p = reader.readProtocol(write("protocol.xml", xml)).valid().orElseThrow().value();

        assertThat(p.exam().sequences().get(0).consoleSettings().get("Imaging Options").value()).isEqualTo("EDR");
        assertThat(p.exam().sequences().get(0).parameter(io.github.diapason.model.ParameterName.MagnetizationTransfer)
                .orElseThrow().code()).isEqualTo("on");
        io.github.diapason.model.SequencePatch patch = p.overrides().get(0).sequences().get("mt");
        assertThat(patch.seriesName()).isEqualTo("GRE-MT");
        assertThat(patch.consoleSettings().get("User CV1").value()).isEqualTo("1200.00");
    }

    /** The protocol an XML text reads as, asserting it reads without a diagnostic. */
    private Protocol readsWithoutDiagnostics(String xml) throws IOException {
        Validated<Located<Protocol>> read = reader.readProtocol(write("protocol.xml", xml));
        assertThat(read.diagnostics()).isEmpty();
        return read.valid().orElseThrow().value();
    }

    @Test
    void cardiacTriggeringAndNavigatorsReadAsTheJsonShape() throws IOException {
        String xml = """
                <protocol xmlns="urn:diapason:protocol:1">
                  <study id="s" version="1.0.0"><title>T</title></study>
                  <exam><sequences>
                    <sequence id="dwi" technique="dwi-epi">
                      <name>DWI</name>
                      <cardiacTriggering mode="pulse" beatsPerRepetition="1" concatenations="5">
                        <triggerDelay value="0" unit="ms"/>
                        <heartRate min="55" max="90"/>
                      </cardiacTriggering>
                    </sequence>
                    <sequence id="t1" technique="3d-ir-gre">
                      <name>MPRAGE vNav</name>
                      <navigator mode="prospective-reacquire" maxReacquiredRepetitions="24"/>
                    </sequence>
                  </sequences></exam>
                  <overrides>
                    <override id="philips-dwi">
                      <reason>Philips printout: TR 4 beats, 2 packages</reason>
                      <when vendor="philips"/>
                      <sequences>
                        <sequence ref="dwi">
                          <parameters/>
                          <cardiacTriggering mode="pulse" beatsPerRepetition="4" concatenations="2"/>
                        </sequence>
                      </sequences>
                    </override>
                  </overrides>
                </protocol>
                """;
        Protocol p = readsWithoutDiagnostics(xml);

        io.github.diapason.model.CardiacTriggering t = p.exam().sequences().get(0).cardiacTriggering();
        assertThat(t.mode()).isEqualTo("pulse");
        assertThat(t.concatenations()).isEqualTo(5);
        assertThat(t.triggerDelay().unit()).isEqualTo("ms");
        assertThat(t.heartRate()).isEqualTo(new io.github.diapason.model.CardiacTriggering.HeartRateRange(55.0, 90.0));
        io.github.diapason.model.CardiacTriggering patched = p.overrides().get(0).sequences().get("dwi").cardiacTriggering();
        assertThat(patched.beatsPerRepetition()).isEqualTo(4);
        assertThat(patched.heartRate()).isEqualTo(io.github.diapason.model.CardiacTriggering.DEFAULT_HEART_RATE);
        assertThat(p.exam().sequences().get(1).navigator())
                .isEqualTo(new io.github.diapason.model.Navigator("prospective-reacquire", 24, null));
    }

    @Test
    void aDynamicOfAnotherSequencesSeriesReadsAsTheJsonShape() throws IOException {
        // spine-generic Philips R5.3: GRE-MT0 is the second dynamic of GRE-MT
        String xml = """
                <protocol xmlns="urn:diapason:protocol:1">
                  <study id="s" version="1.0.0"><title>T</title></study>
                  <exam><sequences>
                    <sequence id="mt1" technique="3d-gre"><name>MT on</name></sequence>
                    <sequence id="mt0" technique="3d-gre"><name>MT off</name></sequence>
                  </sequences></exam>
                  <overrides>
                    <override id="philips-gre-mt">
                      <reason>Philips printout: dyn scans 2</reason>
                      <when vendor="philips"/>
                      <sequences>
                        <sequence ref="mt0" seriesName="GRE-MT">
                          <parameters/>
                          <dynamicOf sequence="mt1" dynamic="2"/>
                        </sequence>
                      </sequences>
                    </override>
                  </overrides>
                </protocol>
                """;
        Protocol p = readsWithoutDiagnostics(xml);

        assertThat(p.overrides().get(0).sequences().get("mt0").dynamicOf())
                .isEqualTo(new io.github.diapason.model.DynamicOf("mt1", 2));
    }

    @Test
    void aDiffusionSplitAndEllipticalScanningReadAsTheJsonShapes() throws IOException {
        String xml = """
                <protocol xmlns="urn:diapason:protocol:1">
                  <study id="s" version="1.0.0"><title>T</title></study>
                  <exam><sequences>
                    <sequence id="dwi" technique="dwi-epi">
                      <name>DWI</name>
                      <diffusion series="2"><shells><shell bValue="0" directions="2"/><shell bValue="1000" directions="30"/></shells></diffusion>
                    </sequence>
                    <sequence id="t2" technique="3d-tse">
                      <name>T2</name>
                      <parameters><parameter name="EllipticalScanning" code="on"/></parameters>
                    </sequence>
                  </sequences></exam>
                </protocol>
                """;
        Validated<Located<Protocol>> read = reader.readProtocol(write("protocol.xml", xml));

        assertThat(read.diagnostics()).isEmpty();
        Protocol p = read.valid().orElseThrow().value();
        assertThat(p.exam().sequences().get(0).diffusion().seriesCount()).isEqualTo(2);
        assertThat(p.exam().sequences().get(0).diffusionParts()).extracting(s -> s.id()).containsExactly("dwi-part1", "dwi-part2");
        assertThat(p.exam().sequences().get(1).parameter(io.github.diapason.model.ParameterName.EllipticalScanning)
                .orElseThrow().code()).isEqualTo("on");
    }

    @Test
    void externalEntityIsRefusedAndTheFileIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        Path file = write("protocol.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE protocol [ <!ENTITY xxe SYSTEM "%s"> ]>
                <protocol xmlns="urn:diapason:protocol:1"><study id="s" version="1">
                  <title>&xxe;</title></study></protocol>
                """.formatted(secret.toUri()));

        Validated<Located<Protocol>> read = reader.readProtocol(file);

        assertThat(read.valid()).isEmpty();
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("XmlDoctype");
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.location().column()).isEqualTo(1);
        });
        assertThat(read.diagnostics().toString()).doesNotContain("TOP-SECRET-42");
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [ <!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            String prev = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path file = write("protocol.xml", "<?xml version=\"1.0\"?>\n" + dtd
                + "\n<protocol xmlns=\"urn:diapason:protocol:1\">&lol9;</protocol>\n");

        Validated<Located<Protocol>> read = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> reader.readProtocol(file));

        assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly("XmlDoctype");
    }

    /** Issue 10: 100,000 levels (700 KB) took 37 s and ended in OutOfMemoryError; now refused as read. */
    @Test
    void aHundredThousandLevelsAreRefusedQuicklyLikeJson() throws IOException {
        int depth = 100_000;
        Path file = write("protocol.xml", "<protocol xmlns=\"urn:diapason:protocol:1\"><study id=\"s\" version=\"1.0.0\">"
                + "<x>".repeat(depth) + "</x>".repeat(depth) + "</study></protocol>\n");

        Validated<Located<Protocol>> read = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> reader.readProtocol(file));

        assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly("XmlTooDeep");
        assertThat(read.diagnostics().get(0).location().line()).isEqualTo(1);
    }

    /** Issue 10: xs:double took 1e309 as Infinity; an int attribute beyond int range is refused too. */
    @Test
    void numbersAreFiniteAndIntegersFitAsInJson() throws IOException {
        Path file = write("site.xml", """
                <site xmlns="urn:diapason:protocol:1" id="alpha" language="fr">
                  <name>Alpha</name>
                  <scanners><scanner vendor="ge" model="SIGNA" fieldStrength="1e309" softwareVersion="MR30" validFrom="2021-09-01"/></scanners>
                  <coils><coil name="head" channels="99999999999"/></coils>
                </site>
                """);

        Validated<Located<Site>> read = reader.readSite(file);

        assertThat(read.diagnostics()).extracting(Diagnostic::code).contains("XmlNumberOutOfRange");
        assertThat(read.diagnostics()).filteredOn(d -> d.code().equals("XmlNumberOutOfRange"))
                .extracting(d -> d.location().path()).anyMatch(p -> p.endsWith("/@fieldStrength"))
                .anyMatch(p -> p.endsWith("/@channels"));
        assertThat(read.valid()).isEmpty();
    }

    @Test
    void xincludeIsNotProcessedButRejectedByTheSchema() throws IOException {
        Path file = write("protocol.xml", """
                <protocol xmlns="urn:diapason:protocol:1" xmlns:xi="http://www.w3.org/2001/XInclude">
                  <xi:include href="/etc/passwd" parse="text"/>
                </protocol>
                """);

        Validated<Located<Protocol>> read = reader.readProtocol(file);

        assertThat(read.valid()).isEmpty();
        assertThat(read.diagnostics()).extracting(Diagnostic::code).containsOnly("XmlSchema");
        assertThat(read.diagnostics().toString()).doesNotContain("root:");
    }

    @Test
    void malformedXmlIsASyntaxErrorWithLineAndColumn() throws IOException {
        Path file = write("protocol.xml", """
                <protocol xmlns="urn:diapason:protocol:1">
                  <study id="s" version="1"><title>T</titel></study>
                </protocol>
                """);

        Diagnostic d = reader.readProtocol(file).diagnostics().get(0);

        assertThat(d.code()).isEqualTo("XmlSyntax");
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(d.location().column()).isPositive();
    }

    @Test
    void unknownElementIsLocatedAtItsTagWithASuggestion() throws IOException {
        Path file = write("protocol.xml", protocol("""
                <sequence id="loc" technique="localiser"><name>Localiser</name></sequence>
                      <sequnce id="t1" technique="3d-ir-gre"><name>T1</name></sequnce>"""));

        List<Diagnostic> diagnostics = reader.readProtocol(file).diagnostics();

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("XmlSchema");
            assertThat(d.message()).isEqualTo("unexpected element <sequnce> here").doesNotContain("cvc-");
            assertThat(d.hint()).startsWith("did you mean 'sequence'?");
            assertThat(d.location().line()).isEqualTo(5);
            assertThat(d.location().column()).isEqualTo(7);
            assertThat(d.location().path()).isEqualTo("/protocol/exam/sequences/sequnce[1]");
        });
    }

    @Test
    void everySchemaErrorIsReportedInOneRun() throws IOException {
        Path file = write("protocol.xml", protocol("""
                <sequence id="loc" technique="localizer"><name>Localiser</name></sequence>
                      <sequence id="t1" technique="3d-ir-gre" orientaton="sagittal"><name>T1</name></sequence>"""));

        List<Diagnostic> diagnostics = reader.readProtocol(file).diagnostics();

        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "attribute 'technique' of <sequence>: 'localizer' is not an allowed value",
                "unknown attribute 'orientaton' on <sequence>");
        assertThat(diagnostics.get(0).hint()).startsWith("did you mean 'localiser'?");
        assertThat(diagnostics.get(1).hint()).isEqualTo("did you mean 'orientation'?");
        assertThat(diagnostics).extracting(d -> d.location().line()).containsExactly(4, 5);
    }

    @Test
    void badAttributeValueIsOneDiagnosticNamingTheAttribute() throws IOException {
        Path file = write("lyon.xml", """
                <site xmlns="urn:diapason:protocol:1" id="lyon" language="fr"><name>Lyon</name>
                  <scanners><scanner vendor="siemes" model="Prisma" fieldStrength="3" softwareVersion="XA30"/></scanners>
                </site>
                """);

        List<Diagnostic> diagnostics = reader.readSite(file).diagnostics();

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("attribute 'vendor' of <scanner>: 'siemes' is not an allowed value");
            assertThat(d.hint()).isEqualTo("did you mean 'siemens'? allowed: siemens, ge, philips");
            assertThat(d.location().path()).isEqualTo("/site/scanners/scanner[1]/@vendor");
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.location().column()).isEqualTo(13);
        });
    }

    @Test
    void missingRequiredElementNamesWhatToAdd() throws IOException {
        Path file = write("protocol.xml", """
                <protocol xmlns="urn:diapason:protocol:1">
                  <study id="s" version="1.0.0"><title>T</title></study>
                  <exam><maximumDuration value="20" unit="min"/></exam>
                </protocol>
                """);

        Diagnostic d = reader.readProtocol(file).diagnostics().get(0);

        assertThat(d.message()).isEqualTo("<exam> is incomplete: expected <sequences>");
        assertThat(d.hint()).isEqualTo("add <sequences> inside <exam>");
        assertThat(d.location().line()).isEqualTo(3);
    }

    @Test
    void documentWithoutTheNamespaceIsToldToDeclareIt() throws IOException {
        Path file = write("protocol.xml", "<protocol><study id=\"s\" version=\"1\"/></protocol>\n");

        Diagnostic d = reader.readProtocol(file).diagnostics().get(0);

        assertThat(d.code()).isEqualTo("XmlSchema");
        assertThat(d.hint()).contains("xmlns=\"urn:diapason:protocol:1\"");
    }

    @Test
    void siteFileReadAsProtocolIsRefusedAtItsRoot() {
        Validated<Located<Protocol>> read = reader.readProtocol(EXAMPLE.resolve("sites/lyon.xml"));

        assertThat(read.valid()).isEmpty();
        assertThat(read.diagnostics()).first().satisfies(d -> {
            assertThat(d.code()).isEqualTo("XmlSchema");
            assertThat(d.message()).isEqualTo("<site> is not a document this schema describes");
        });
    }

    @Test
    void repeatedParameterIsRefused() throws IOException {
        Path file = write("protocol.xml", protocol("""
                <sequence id="t1" technique="3d-ir-gre"><name>T1</name><parameters>
                        <parameter name="EchoTime" value="3" unit="ms"/>
                        <parameter name="EchoTime" value="4" unit="ms"/>
                      </parameters></sequence>"""));

        Diagnostic d = reader.readProtocol(file).diagnostics().get(0);

        assertThat(d.message()).isEqualTo("'EchoTime' is given twice here");
    }

    @Test
    void textBothPlainAndPerLanguageIsRefused() throws IOException {
        Path file = write("protocol.xml", protocol("""
                <sequence id="loc" technique="localiser"><name>Localiser<text xml:lang="fr">Repérage</text></name></sequence>"""));

        Validated<Located<Protocol>> read = reader.readProtocol(file);

        assertThat(read.valid()).isEmpty();
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("XmlSchema");
            assertThat(d.location().path()).isEqualTo("/protocol/exam/sequences/sequence[1]/name");
            assertThat(d.location().line()).isEqualTo(4);
        });
    }

    @Test
    void overrideWithoutCriterionIsRefused() throws IOException {
        Path file = write("protocol.xml", """
                <protocol xmlns="urn:diapason:protocol:1">
                  <study id="s" version="1.0.0"><title>T</title></study>
                  <exam><sequences><sequence id="t1" technique="3d-ir-gre"><name>T1</name></sequence></sequences></exam>
                  <overrides><override id="o"><reason>why</reason><when/>
                    <sequences><sequence ref="t1"><parameters/></sequence></sequences></override></overrides>
                </protocol>
                """);

        Diagnostic d = reader.readProtocol(file).diagnostics().get(0);

        assertThat(d.message()).contains("<when> names no criterion");
        assertThat(d.location().path()).isEqualTo("/protocol/overrides/override[1]/when");
    }

    @Test
    void modelPointerMapsToItsElementWithItsXPath() throws IOException {
        Located<Protocol> read = reader.readProtocol(EXAMPLE.resolve("protocol.xml")).valid().orElseThrow();
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("protocol.xml"));
        int t1 = indexOf(lines, "id=\"t1\"", 0);
        int echo = indexOf(lines, "name=\"EchoTime\"", t1);

        SourceLocation at = read.sources().locate("/exam/sequences/1/parameters/EchoTime");

        assertThat(at.line()).isEqualTo(echo + 1);
        assertThat(at.column()).isEqualTo(lines.get(echo).indexOf('<') + 1);
        assertThat(at.path()).isEqualTo("/protocol/exam/sequences/sequence[2]/parameters/parameter[@name='EchoTime']");
    }

    @Test
    void attributePointerFallsBackToItsElement() throws IOException {
        Located<Protocol> read = reader.readProtocol(EXAMPLE.resolve("protocol.xml")).valid().orElseThrow();
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("protocol.xml"));

        SourceLocation at = read.sources().locate("/exam/sequences/1/parameters/EchoTime/unit");

        assertThat(at.line()).isEqualTo(indexOf(lines, "name=\"EchoTime\"", indexOf(lines, "id=\"t1\"", 0)) + 1);
    }

    @Test
    void localisedTextPointerMapsToItsLanguageChild() throws IOException {
        Located<Protocol> read = reader.readProtocol(EXAMPLE.resolve("protocol.xml")).valid().orElseThrow();
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("protocol.xml"));

        SourceLocation at = read.sources().locate("/overrides/0/reason/fr");

        assertThat(at.line()).isEqualTo(indexOf(lines, "<text xml:lang=\"fr\">Le SPGR", 0) + 1);
        assertThat(at.path()).isEqualTo("/protocol/overrides/override[1]/reason/text[@xml:lang='fr']");
    }

    @Test
    void siteScannerPointerMapsToItsElement() throws IOException {
        Located<Site> read = reader.readSite(EXAMPLE.resolve("sites/lyon.xml")).valid().orElseThrow();
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("sites/lyon.xml"));

        SourceLocation at = read.sources().locate("/scanners/1/softwareVersion");

        assertThat(at.line()).isEqualTo(indexOf(lines, "softwareVersion=\"XA30A\"", 0) + 1);
        assertThat(at.path()).isEqualTo("/site/scanners/scanner[2]");
    }

    private static int indexOf(List<String> lines, String needle, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    /** A protocol whose exam sequences start on line 4 (the first sequence written on that line). */
    private static String protocol(String sequences) {
        return """
                <protocol xmlns="urn:diapason:protocol:1">
                  <study id="s" version="1.0.0"><title>T</title></study>
                  <exam><sequences>
                      %s
                  </sequences></exam>
                </protocol>
                """.formatted(sequences);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
