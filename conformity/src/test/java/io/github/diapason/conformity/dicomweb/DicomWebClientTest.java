package io.github.diapason.conformity.dicomweb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.diapason.conformity.inspect.Inspection;
import io.github.diapason.conformity.inspect.Inspector;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client against a scripted DICOMweb server on loopback (the JDK's HTTP server): what it asks for
 * (metadata and the CSA bulk data, never pixel data), the credentials it sends, retries after 503,
 * and the diagnostics of a refusal.
 */
class DicomWebClientTest {

    private static final String TOKEN = "token-never-to-be-shown";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private final AtomicInteger metadataCalls = new AtomicInteger();
    private volatile int failFirstMetadataCalls;
    private volatile int status = 200;

    private static final String INSTANCE = """
            {"00080018": {"vr": "UI", "Value": ["1.2.3.4.5"]},
             "00080070": {"vr": "LO", "Value": ["SIEMENS"]},
             "00180080": {"vr": "DS", "Value": [2000]},
             "00181314": {"vr": "DS", "Value": [9.5]},
             "0020000D": {"vr": "UI", "Value": ["1.2.3"]},
             "0020000E": {"vr": "UI", "Value": ["1.2.3.4"]},
             "00200013": {"vr": "IS", "Value": [1]},
             "00280010": {"vr": "US", "Value": [64]},
             "00290010": {"vr": "LO", "Value": ["SIEMENS CSA HEADER"]},
             "00291010": {"vr": "OB", "BulkDataURI": "%1$s/dicom-web/studies/1.2.3/series/1.2.3.4/instances/1.2.3.4.5/bulk/00291010"},
             "00321060": {"vr": "LO", "Value": ["t1_mprage"]},
             "7FE00010": {"vr": "OW", "BulkDataURI": "%1$s/dicom-web/studies/1.2.3/series/1.2.3.4/instances/1.2.3.4.5/bulk/7FE00010"}}
            """;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dicom-web/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dicom-web");
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        requested.add(path + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery()));
        String auth = x.getRequestHeaders().getFirst("Authorization");
        authorizations.put(path, auth == null ? "" : auth);
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        byte[] body;
        String type = "application/dicom+json";
        int code = status;
        if (path.endsWith("/metadata")) {
            body = ("[" + INSTANCE.formatted(origin) + "]").getBytes(StandardCharsets.UTF_8);
            if (metadataCalls.incrementAndGet() <= failFirstMetadataCalls) {
                code = 503;
            }
        } else if (path.endsWith("/series")) {
            body = "[{\"0020000E\": {\"vr\": \"UI\", \"Value\": [\"1.2.3.4\"]}}]".getBytes(StandardCharsets.UTF_8);
        } else if (path.endsWith("/studies")) {
            body = "[{\"0020000D\": {\"vr\": \"UI\", \"Value\": [\"1.2.3\"]}}]".getBytes(StandardCharsets.UTF_8);
        } else if (path.contains("/bulk/")) {
            type = "multipart/related; type=\"application/octet-stream\"; boundary=XyZ";
            body = "--XyZ\r\nContent-Type: application/octet-stream\r\n\r\nNOT A CSA\r\n--XyZ--\r\n".getBytes(StandardCharsets.ISO_8859_1);
        } else {
            body = new byte[0];
            code = 404;
        }
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            x.getResponseBody().write(body);
        }
        x.close();
    }

    private Inspection inspect(DicomWebSource source) {
        Inspector inspector = new Inspector();
        return inspector.inspect(new DicomWebClient(source).headers(inspector));
    }

    private DicomWebSource source(Credentials credentials, int retries) {
        return new DicomWebSource(base(), List.of(), Optional.empty(), credentials, Optional.empty(), Duration.ofSeconds(5), retries);
    }

    @Test
    void reads_metadata_and_the_csa_bulk_data_never_pixel_data_and_sends_the_token() throws IOException {
        Path token = dir.resolve("token");
        Files.writeString(token, TOKEN);
        Validated<Credentials> credentials = Credentials.fromFile(Credentials.Scheme.BEARER, token);
        assertThat(credentials.value()).isPresent();
        assertThat(credentials.value().get().toString()).doesNotContain(TOKEN);

        Inspection inspection = inspect(source(credentials.value().get(), 0));

        assertThat(inspection.series()).singleElement().satisfies(s -> {
            assertThat(s.seriesInstanceUid()).isEqualTo("1.2.3.4");
            assertThat(((Number) s.get("RepetitionTime")).doubleValue()).isEqualTo(2.0); // 2000 ms in BIDS seconds
            assertThat(((Number) s.get("FlipAngle")).doubleValue()).isEqualTo(9.5);
            assertThat(s.file()).isEqualTo("dicomweb:/studies/1.2.3/series/1.2.3.4/instances/1.2.3.4.5");
        });
        assertThat(requested).anyMatch(p -> p.endsWith("/bulk/00291010"));
        assertThat(requested).noneMatch(p -> p.contains("7FE00010"));
        assertThat(authorizations.values()).allMatch(a -> a.equals("Bearer " + TOKEN));
        assertThat(inspection.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.contains(TOKEN));
    }

    @Test
    void since_a_date_asks_qido_for_the_studies_from_that_date_on() {
        DicomWebSource since = new DicomWebSource(base(), List.of(), Optional.of(java.time.LocalDate.of(2026, 11, 1)), Credentials.NONE,
                Optional.empty(), Duration.ofSeconds(5), 0);
        assertThat(inspect(since).series()).hasSize(1);
        assertThat(requested).contains("/dicom-web/studies?StudyDate=20261101-&limit=200&offset=0");
    }

    @Test
    void a_503_is_retried_with_back_off_then_read() {
        failFirstMetadataCalls = 2;
        Inspection inspection = inspect(source(Credentials.NONE, 3));
        assertThat(metadataCalls.get()).isEqualTo(3);
        assertThat(inspection.series()).hasSize(1);
        assertThat(inspection.diagnostics()).noneMatch(Diagnostic::isError);
    }

    @Test
    void retries_that_run_out_are_one_located_diagnostic() {
        failFirstMetadataCalls = 100;
        Inspection inspection = inspect(source(Credentials.NONE, 1));
        assertThat(metadataCalls.get()).isEqualTo(2);
        assertThat(inspection.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("DicomWebUnreachable");
            assertThat(d.location().file()).isEqualTo("dicomweb:/studies/1.2.3/series/1.2.3.4/metadata");
        });
    }

    @Test
    void a_refusal_names_where_the_credentials_came_from_not_the_secret() {
        status = 401;
        Validated<Credentials> credentials = Credentials.fromEnvironment(Credentials.Scheme.BASIC, "PACS", Map.of("PACS", "user:" + TOKEN));
        Inspection inspection = inspect(source(credentials.value().orElseThrow(), 3));
        assertThat(requested).hasSize(1); // a 401 is not retried
        assertThat(inspection.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("DicomWebRequestFailed");
            assertThat(d.message()).contains("401");
            assertThat(d.hint()).contains("environment variable PACS").doesNotContain(TOKEN);
        });
    }

    @Test
    void an_unreadable_ca_certificate_is_a_diagnostic() throws IOException {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, "not a certificate");
        DicomWebSource s = new DicomWebSource(URI.create("https://127.0.0.1:1/dicom-web"), List.of(), Optional.empty(),
                Credentials.NONE, Optional.of(ca), Duration.ofSeconds(2), 0);
        assertThat(inspect(s).diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("DicomWebCaUnreadable"));
    }
}
