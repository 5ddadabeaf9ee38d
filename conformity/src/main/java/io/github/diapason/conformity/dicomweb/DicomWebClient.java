package io.github.diapason.conformity.dicomweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomJsonReader;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.inspect.Inspector;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads exams from a DICOMweb server as a {@link Inspector.HeaderSource}: QIDO-RS lists the studies (those
 * named, else all, or those since a date) and their series, WADO-RS returns each series' metadata (DICOM
 * JSON, never pixel data), decoded by {@link DicomJsonReader}; the bulk data the extractor needs (a Siemens
 * CSA header, a GE protocol block) is fetched by its URI, nothing else. The JDK's HTTP client; TLS with the
 * system trust store plus an optional CA; a timeout per request and retries with exponential back-off for
 * network errors, 429 and 5xx. Every problem is a diagnostic located by the request path (never the
 * credentials, which are only sent, in the Authorization header).
 */
public final class DicomWebClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 200;
    private static final int MAX_PAGES = 10_000;
    private static final long FIRST_BACKOFF_MILLIS = 250;

    private final DicomWebSource source;
    private final String base;

    public DicomWebClient(DicomWebSource source) {
        this.source = source;
        String b = source.base().toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** The source for {@link Inspector#inspect(Inspector.HeaderSource)}, loading what {@code inspector} reads. */
    public Inspector.HeaderSource headers(Inspector inspector) {
        return (headers, problems) -> read(inspector.topLevelFilter(), headers, problems);
    }

    /**
     * Single requests for a caller that walks the server itself (the watcher follows Orthanc's change feed and
     * fetches one study at a time): paths are relative to the base URL, problems go to {@code problems} as the
     * same located diagnostics, with the same timeouts, retries and credentials. Empty when the URL or the CA
     * certificate is unusable (reported).
     */
    public Optional<Requests> requests(Consumer<Diagnostic> problems) {
        if (!usable(problems)) {
            return Optional.empty();
        }
        return client(problems).map(http -> {
            Session s = new Session(http, problems);
            return new Requests() {
                @Override
                public Optional<JsonNode> array(String path) {
                    return s.json(path);
                }

                @Override
                public Optional<JsonNode> object(String path) {
                    return s.anyJson(path);
                }

                @Override
                public Optional<byte[]> bulk(String uri) {
                    return s.bulk(uri);
                }

                @Override
                public boolean put(String path, String body) {
                    return s.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(source.timeout())
                            .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString(body)), path).isPresent();
                }
            };
        });
    }

    /** See {@link #requests}. */
    public interface Requests {
        /** A JSON array (QIDO-RS, WADO-RS metadata). */
        Optional<JsonNode> array(String path);

        /** Any JSON value (e.g. Orthanc's {@code /system} and {@code /changes}). */
        Optional<JsonNode> object(String path);

        Optional<byte[]> bulk(String uri);

        boolean put(String path, String body);
    }

    private boolean usable(Consumer<Diagnostic> problems) {
        URI uri = source.base();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            problems.accept(Diagnostic.error("DicomWebUrlInvalid", "not an http(s) URL with a host", "e.g. https://pacs.example.org/dicom-web",
                    SourceLocation.file("--dicomweb")));
            return false;
        }
        if (uri.getRawUserInfo() != null) {
            problems.accept(Diagnostic.error("DicomWebUrlInvalid", "the URL carries credentials: they would end up in logs and process lists",
                    "remove user:password@ and pass the credentials through an environment variable or a file", SourceLocation.file("--dicomweb")));
            return false;
        }
        return true;
    }

    private void read(DicomReader.TopLevelFilter wanted, Consumer<Validated<DicomHeader>> headers, Consumer<Diagnostic> problems) {
        if (!usable(problems)) {
            return;
        }
        Optional<HttpClient> client = client(problems);
        if (client.isEmpty()) {
            return;
        }
        Session s = new Session(client.get(), problems);
        List<String> studies = source.studies().isEmpty() ? s.studies() : source.studies();
        for (String study : studies) {
            for (String series : s.uids("/studies/" + seg(study) + "/series", "0020000E")) {
                String path = "/studies/" + seg(study) + "/series/" + seg(series);
                Optional<JsonNode> metadata = s.json(path + "/metadata");
                if (metadata.isEmpty()) {
                    continue;
                }
                DicomJsonReader reader = new DicomJsonReader(wanted, (bulk, tag) -> s.bulk(bulk));
                int i = 0;
                for (JsonNode instance : metadata.get()) {
                    String sop = instance.path("00080018").path("Value").path(0).asText("");
                    String name = "dicomweb:" + path + "/instances/" + (sop.isEmpty() ? "#" + i : sop);
                    headers.accept(reader.read(instance, name));
                    i++;
                }
            }
        }
    }

    private static String seg(String uid) {
        return URLEncoder.encode(uid, StandardCharsets.UTF_8);
    }

    private Optional<HttpClient> client(Consumer<Diagnostic> problems) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(source.timeout()).followRedirects(HttpClient.Redirect.NORMAL);
        if (source.caCertificate().isPresent()) {
            try {
                b.sslContext(withCa(source.caCertificate().get()));
            } catch (IOException | GeneralSecurityException e) {
                problems.accept(Diagnostic.error("DicomWebCaUnreadable", "cannot use this CA certificate (" + e.getClass().getSimpleName() + ")",
                        "give a PEM or DER X.509 certificate", SourceLocation.file(source.caCertificate().get().toString())));
                return Optional.empty();
            }
        }
        return Optional.of(b.build());
    }

    /** The system's trusted roots plus the given CA certificate(s). */
    private static SSLContext withCa(java.nio.file.Path ca) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        TrustManagerFactory system = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        system.init((KeyStore) null);
        int n = 0;
        for (var tm : system.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                for (X509Certificate c : x.getAcceptedIssuers()) {
                    store.setCertificateEntry("system-" + n++, c);
                }
            }
        }
        try (InputStream in = Files.newInputStream(ca)) {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("custom-" + n++, c);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    /** One run's requests: every failure becomes one diagnostic located by the request path. */
    private final class Session {
        final HttpClient http;
        final Consumer<Diagnostic> problems;

        Session(HttpClient http, Consumer<Diagnostic> problems) {
            this.http = http;
            this.problems = problems;
        }

        /** QIDO-RS: every study, or those since the date, page by page. */
        List<String> studies() {
            Set<String> out = new LinkedHashSet<>();
            String filter = source.since().map(d -> "StudyDate=" + d.format(DateTimeFormatter.BASIC_ISO_DATE) + "-&").orElse("");
            for (int page = 0; page < MAX_PAGES; page++) {
                List<String> got = uids("/studies?" + filter + "limit=" + PAGE + "&offset=" + page * PAGE, "0020000D");
                int before = out.size();
                out.addAll(got);
                if (got.size() < PAGE || out.size() == before) {
                    break;
                }
            }
            return List.copyOf(out);
        }

        List<String> uids(String path, String tag) {
            List<String> out = new ArrayList<>();
            json(path).ifPresent(array -> array.forEach(o -> {
                String uid = o.path(tag).path("Value").path(0).asText("");
                if (!uid.isEmpty()) {
                    out.add(uid);
                }
            }));
            return out;
        }

        /** A JSON array (an empty body, 204, is an empty array). */
        Optional<JsonNode> json(String path) {
            Optional<JsonNode> node = anyJson(path);
            if (node.isPresent() && !node.get().isArray()) {
                problems.accept(Diagnostic.error("DicomWebBadResponse", "the server did not answer a JSON array", "",
                        SourceLocation.file("dicomweb:" + path)));
                return Optional.empty();
            }
            return node;
        }

        /** Any JSON value; an empty body (204) is an empty array. */
        Optional<JsonNode> anyJson(String path) {
            Optional<HttpResponse<byte[]>> r = get(URI.create(base + path), "application/dicom+json, application/json", path);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            byte[] body = r.get().body();
            if (r.get().statusCode() == 204 || body.length == 0) {
                return Optional.of(JSON.createArrayNode());
            }
            try {
                return Optional.of(JSON.readTree(body));
            } catch (IOException e) {
                problems.accept(Diagnostic.error("DicomWebBadResponse", "the server's answer is not JSON", "",
                        SourceLocation.file("dicomweb:" + path)));
                return Optional.empty();
            }
        }

        /** A bulk data value: the first part of a multipart/related answer, or the whole body of a single-part one. */
        Optional<byte[]> bulk(String uri) {
            URI u;
            try {
                u = source.base().resolve(uri);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            String where = u.getRawPath();
            if (!sameServer(u)) { // never send the credentials elsewhere
                problems.accept(Diagnostic.warning("DicomWebBulkDataElsewhere", "bulk data on another server is not fetched", "",
                        SourceLocation.file("dicomweb:" + where)));
                return Optional.empty();
            }
            return get(u, "multipart/related; type=\"application/octet-stream\", application/octet-stream", where)
                    .flatMap(r -> Multipart.firstPart(r.headers().firstValue("Content-Type").orElse(""), r.body()));
        }

        private boolean sameServer(URI u) {
            URI b = source.base();
            return b.getScheme().equalsIgnoreCase(String.valueOf(u.getScheme())) && b.getHost().equalsIgnoreCase(String.valueOf(u.getHost()))
                    && b.getPort() == u.getPort();
        }

        Optional<HttpResponse<byte[]>> get(URI uri, String accept, String where) {
            return send(HttpRequest.newBuilder(uri).timeout(source.timeout()).header("Accept", accept).GET(), where);
        }

        /** Sends with the credentials, retrying network errors, 429 and 5xx with back-off; a failure is one diagnostic. */
        Optional<HttpResponse<byte[]>> send(HttpRequest.Builder rb, String where) {
            source.credentials().authorization().ifPresent(a -> rb.header("Authorization", a));
            HttpRequest request = rb.build();
            String last = "";
            for (int attempt = 0; attempt <= source.retries(); attempt++) {
                if (attempt > 0 && !sleep(FIRST_BACKOFF_MILLIS << Math.min(attempt - 1, 6))) {
                    break;
                }
                try {
                    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    int status = r.statusCode();
                    if (status / 100 == 2) {
                        return Optional.of(r);
                    }
                    last = "HTTP " + status;
                    if (status != 429 && status / 100 != 5) {
                        problems.accept(Diagnostic.error("DicomWebRequestFailed", "the server answered " + last,
                                status == 401 || status == 403 ? "check the credentials (" + source.credentials().origin() + ")"
                                        : status == 404 ? "check the base URL and the study UID" : "",
                                SourceLocation.file("dicomweb:" + where)));
                        return Optional.empty();
                    }
                } catch (IOException e) {
                    last = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    last = "interrupted";
                    break;
                }
            }
            problems.accept(Diagnostic.error("DicomWebUnreachable", "no answer after " + (source.retries() + 1) + " attempt(s): " + last,
                    "check that the server is up and reachable; --timeout and --retries give it more time",
                    SourceLocation.file("dicomweb:" + where)));
            return Optional.empty();
        }

        private boolean sleep(long millis) {
            try {
                Thread.sleep(millis);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
