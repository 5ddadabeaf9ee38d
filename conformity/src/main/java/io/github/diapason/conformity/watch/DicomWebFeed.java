package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.conformity.dicom.DicomJsonReader;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.dicomweb.DicomWebClient;
import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.diagnostic.Diagnostic;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What both feeds share: requests through the one {@link DicomWebClient} (credentials, CA, timeouts, retries),
 * every failure turned into {@link ArchiveFeed.Unavailable} with the client's diagnostic as its message, and the
 * fetch of one study by WADO-RS metadata, series by series, with the bulk data the extractor reads inlined.
 */
abstract class DicomWebFeed implements ArchiveFeed {

    private final List<Diagnostic> problems = new ArrayList<>();
    private final DicomWebClient.Requests dicomweb;

    /** {@code requests} of the DICOMweb base; the constructor fails (as Unavailable) when the URL or CA is unusable. */
    DicomWebFeed(DicomWebSource source) throws Unavailable {
        this.dicomweb = requests(source);
    }

    final DicomWebClient.Requests requests(DicomWebSource source) throws Unavailable {
        Optional<DicomWebClient.Requests> r = new DicomWebClient(source).requests(problems::add);
        failed();
        return r.orElseThrow(() -> new Unavailable("cannot use " + source.base()));
    }

    /** Throws the first error reported since the last call, if any. */
    final void failed() throws Unavailable {
        Optional<Diagnostic> error = problems.stream().filter(Diagnostic::isError).findFirst();
        problems.clear();
        if (error.isPresent()) {
            throw new Unavailable(error.get().summary());
        }
    }

    /** True (and forgotten) when the last request was answered 404: the resource is gone. */
    final boolean notFound() {
        boolean gone = problems.stream().anyMatch(d -> d.code().equals("DicomWebRequestFailed") && d.message().endsWith("HTTP 404"));
        if (gone) {
            problems.clear();
        }
        return gone;
    }

    static String seg(String uid) {
        return URLEncoder.encode(uid, StandardCharsets.UTF_8);
    }

    static String uid(JsonNode dicomJson, String tag) {
        return dicomJson.path(tag).path("Value").path(0).asText("");
    }

    final DicomWebClient.Requests dicomweb() {
        return dicomweb;
    }

    @Override
    public Optional<List<ObjectNode>> fetch(String studyInstanceUid, String ref, DicomReader.TopLevelFilter wanted) throws Unavailable {
        String study = "/studies/" + seg(studyInstanceUid);
        Optional<JsonNode> series = dicomweb.array(study + "/series");
        if (series.isEmpty() && notFound()) {
            return Optional.empty();
        }
        failed();
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode s : series.get()) {
            String uid = uid(s, "0020000E");
            if (uid.isEmpty()) {
                continue;
            }
            Optional<JsonNode> metadata = dicomweb.array(study + "/series/" + seg(uid) + "/metadata");
            if (metadata.isEmpty() && notFound()) {
                continue; // the series went away between the two requests
            }
            failed();
            for (JsonNode instance : metadata.get()) {
                if (instance instanceof ObjectNode o) {
                    inline(o, wanted);
                    failed();
                    out.add(o);
                }
            }
        }
        return Optional.of(out);
    }

    /**
     * Replaces the {@code BulkDataURI} of each element the extractor reads (the reader asks for exactly those) by
     * its value as {@code InlineBinary}, so that the stored metadata is complete without the server.
     */
    private void inline(ObjectNode instance, DicomReader.TopLevelFilter wanted) {
        new DicomJsonReader(wanted, (uri, tag) -> {
            Optional<byte[]> value = dicomweb.bulk(uri);
            value.ifPresent(v -> {
                JsonNode attribute = instance.has(String.format("%08X", tag)) ? instance.get(String.format("%08X", tag))
                        : instance.get(String.format("%08x", tag));
                if (attribute instanceof ObjectNode a) {
                    a.remove("BulkDataURI");
                    a.put("InlineBinary", Base64.getEncoder().encodeToString(v));
                }
            });
            return value;
        }).read(instance, "dicomweb:");
    }

    /** The DICOMweb base without {@code /dicom-web}, where Orthanc's own REST API answers. */
    static URI orthancRoot(URI dicomweb) {
        String b = dicomweb.toString().replaceFirst("/+$", "");
        return URI.create(b.endsWith("/dicom-web") ? b.substring(0, b.length() - "/dicom-web".length()) : b);
    }
}
