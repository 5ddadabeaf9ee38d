package io.github.diapason.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real DICOMweb server for the tests: Debian's Orthanc 1.10 with its DICOMweb plugin, on a free loopback port,
 * with its storage in {@code home} and a generated configuration (no DICOM listener, no remote access, the user
 * metadata {@code watch --write-back} writes). It can be killed and started again on the same port and storage,
 * as an archive that goes away and comes back. .ci/run installs both packages; tests skip without them.
 */
final class Orthanc implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/Orthanc");
    static final Path PLUGIN = Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");
    static final String NOT_INSTALLED = "Orthanc is not installed (apt-get install orthanc orthanc-dicomweb): the DICOMweb integration test is skipped";

    private final Path home;
    private final int port;
    private HttpClient http;
    private Process process;

    private Orthanc(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isRegularFile(PLUGIN);
    }

    /** Starts a new server whose storage and log live in {@code home}. */
    static Orthanc start(Path home) throws Exception {
        Orthanc o = new Orthanc(home, freeLoopbackPort());
        Path storage = Files.createDirectories(home.resolve("storage"));
        Files.writeString(home.resolve("orthanc.json"), """
                {"Name": "diapason-test", "StorageDirectory": "%s", "IndexDirectory": "%s",
                 "HttpPort": %d, "RemoteAccessAllowed": false, "AuthenticationEnabled": false,
                 "DicomServerEnabled": false, "HttpTimeout": 30, "UserMetadata": {"DiapasonVerdict": 4242},
                 "Plugins": ["%s"], "DicomWeb": {"Enable": true, "Root": "/dicom-web/"}}
                """.formatted(storage, storage, o.port, PLUGIN));
        o.restart();
        return o;
    }

    static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    URI root() {
        return URI.create("http://127.0.0.1:" + port);
    }

    URI dicomweb() {
        return root().resolve("/dicom-web");
    }

    /** Starts the server (again) on the same port and storage and waits until it answers. */
    void restart() throws Exception {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(); // no connection kept from the server killed
        process = new ProcessBuilder(BINARY.toString(), home.resolve("orthanc.json").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("orthanc.log").toFile())).start();
        boolean up = false;
        for (int i = 0; i < 60 && !up && process.isAlive(); i++) { // at most ~30 s
            try {
                up = http.send(HttpRequest.newBuilder(root().resolve("/system")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        assertThat(up).as("Orthanc answers on loopback (log: %s)", home.resolve("orthanc.log")).isTrue();
    }

    /** kill -9: the archive goes away mid-request. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    /**
     * {@code POST /instances}, once more if the connection was one Orthanc had closed while idle (its keep-alive is
     * shorter than the JDK client's, which does not retry a POST): storing an instance twice stores it once.
     */
    void upload(Path file) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(root().resolve("/instances")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> r;
        try {
            r = http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedWhileIdle) {
            r = http.send(post, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(r.statusCode()).as("upload of %s", file).isEqualTo(200);
    }

    String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(root().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
