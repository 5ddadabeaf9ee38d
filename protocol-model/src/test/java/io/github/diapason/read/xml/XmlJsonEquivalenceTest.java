package io.github.diapason.read.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.read.StudyReader;
import io.github.diapason.read.json.JsonFormatReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that the format is a matter of taste: the XML example study and its JSON twin
 * (test resources) read into equal records.
 */
class XmlJsonEquivalenceTest {

    private static final Path XML = Path.of("../examples/memory-clinic-xml");
    private static final Path JSON = Path.of("src/test/resources/studies/memory-clinic-json");

    private final XmlFormatReader xml = new XmlFormatReader();
    private final JsonFormatReader json = new JsonFormatReader();

    @Test
    void xmlAndJsonTwinsReadIntoEqualProtocols() {
        Protocol fromXml = xml.readProtocol(XML.resolve("protocol.xml")).valid().orElseThrow().value();
        Protocol fromJson = json.readProtocol(JSON.resolve("protocol.json")).valid().orElseThrow().value();

        assertThat(fromXml).isEqualTo(fromJson);
    }

    @Test
    void aConsoleSettingAndAFractionalFactorReadTheSameFromBothTwins(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("protocol.xml");
        Path j = dir.resolve("protocol.json");
        Files.writeString(x, Files.readString(XML.resolve("protocol.xml"), StandardCharsets.UTF_8).replace(
                "<parameter name=\"EchoTime\" value=\"2.98\" unit=\"ms\">",
                "<parameter name=\"EchoTime\" value=\"2.98\" unit=\"ms\" setting=\"minimum\">"), StandardCharsets.UTF_8);
        Files.writeString(j, Files.readString(JSON.resolve("protocol.json"), StandardCharsets.UTF_8).replace(
                "\"value\": 2.98,", "\"setting\": \"minimum\", \"value\": 2.98,"), StandardCharsets.UTF_8);
        Protocol fromXml = xml.readProtocol(x).valid().orElseThrow().value();
        Protocol fromJson = json.readProtocol(j).valid().orElseThrow().value();

        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromXml.exam().sequences().get(1).parameters().values())
                .anyMatch(p -> "minimum".equals(p.setting()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lyon", "lille", "nantes"})
    void xmlAndJsonTwinsReadIntoEqualSites(String id) {
        Site fromXml = xml.readSite(XML.resolve("sites/" + id + ".xml")).valid().orElseThrow().value();
        Site fromJson = json.readSite(JSON.resolve("sites/" + id + ".json")).valid().orElseThrow().value();

        assertThat(fromXml).isEqualTo(fromJson);
    }

    @Test
    void exampleStudyFolderReadsCleanly() {
        Validated<LoadedStudy> read = StudyReader.withDefaultFormats().read(XML);

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.valid().orElseThrow().study().sites()).extracting(Site::id)
                .containsExactlyInAnyOrder("lille", "lyon", "nantes");
    }
}
