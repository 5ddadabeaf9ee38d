package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diapason.conformity.dicomweb.DicomWebClient;
import io.github.diapason.conformity.dicomweb.DicomWebSource;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orthanc's change feed ({@code GET /changes?since=&limit=}, see Orthanc's REST API reference): the cursor is the
 * sequence number of the last change recorded. {@code NewStudy} and {@code NewSeries} changes name the studies with
 * new instances; each such study, and each pending one, is then read once per poll ({@code GET /studies/{id}}) for
 * its StudyInstanceUID and a fingerprint ({@code LastUpdate} and the number of series), which changes whenever
 * an instance arrives. Stability is the watcher's own timer over that fingerprint, not Orthanc's
 * {@code StableStudy} change: Orthanc's {@code StableAge} is server configuration, {@code --stable-after} is ours.
 * Metadata comes through DICOMweb like any server's. Write-back: {@code PUT /studies/{id}/metadata/{name}}, a user
 * metadata entry the server's configuration declares ({@code "UserMetadata": {"DiapasonVerdict": 4242}}).
 */
public final class OrthancFeed extends DicomWebFeed {

    /** The user metadata entry --write-back writes; the Orthanc configuration must declare it. */
    public static final String METADATA = "DiapasonVerdict";
    private static final int PAGE = 1000;
    private static final int PAGES_PER_POLL = 20;

    private final DicomWebClient.Requests rest;

    public OrthancFeed(DicomWebSource source) throws Unavailable {
        super(source);
        this.rest = requests(new DicomWebSource(orthancRoot(source.base()), java.util.List.of(), Optional.empty(), source.credentials(),
                source.caCertificate(), source.timeout(), source.retries()));
    }

    /** Whether the server is Orthanc: its {@code /system} (beside {@code /dicom-web}) names a version and an AET. */
    public static boolean isOrthanc(DicomWebSource source) throws Unavailable {
        DicomWebSource root = new DicomWebSource(orthancRoot(source.base()), java.util.List.of(), Optional.empty(), source.credentials(),
                source.caCertificate(), source.timeout(), source.retries());
        java.util.List<io.github.diapason.diagnostic.Diagnostic> problems = new java.util.ArrayList<>();
        Optional<DicomWebClient.Requests> r = new DicomWebClient(root).requests(problems::add);
        if (r.isEmpty()) {
            throw new Unavailable(problems.isEmpty() ? "unusable server URL" : problems.get(0).summary());
        }
        Optional<JsonNode> system = r.get().object("/system");
        if (problems.stream().anyMatch(d -> d.code().equals("DicomWebUnreachable"))) {
            throw new Unavailable(problems.get(0).summary());
        }
        return system.isPresent() && system.get().has("ApiVersion") && system.get().has("DicomAet") && system.get().has("Version");
    }

    @Override
    public String kind() {
        return "orthanc";
    }

    @Override
    public Poll poll(String cursor, Map<String, WatchState.Pending> pending) throws Unavailable {
        long since = cursor.matches("\\d{1,18}") ? Long.parseLong(cursor) : 0; // a cursor not ours: from the start (the seen-set stops repeats)
        Set<String> studies = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        for (int page = 0; page < PAGES_PER_POLL; page++) {
            Optional<JsonNode> changes = rest.object("/changes?since=" + since + "&limit=" + PAGE);
            failed();
            for (JsonNode c : changes.get().path("Changes")) {
                switch (c.path("ChangeType").asText("")) {
                    case "NewStudy" -> studies.add(c.path("ID").asText());
                    case "NewSeries" -> series.add(c.path("ID").asText());
                    default -> { }
                }
            }
            since = Math.max(since, changes.get().path("Last").asLong(since));
            if (changes.get().path("Done").asBoolean(true)) {
                break;
            }
        }
        for (String s : series) {
            Optional<JsonNode> one = rest.object("/series/" + seg(s));
            if (one.isEmpty() && notFound()) {
                continue;
            }
            failed();
            studies.add(one.get().path("ParentStudy").asText());
        }
        pending.values().forEach(p -> studies.add(p.ref()));
        Map<String, WatchState.Pending> seen = new HashMap<>();
        Set<String> gone = new LinkedHashSet<>();
        for (String id : studies) {
            Optional<JsonNode> study = rest.object("/studies/" + seg(id));
            if (study.isEmpty() && notFound()) {
                pending.forEach((uid, p) -> {
                    if (p.ref().equals(id)) {
                        gone.add(uid);
                    }
                });
                continue;
            }
            failed();
            String uid = study.get().path("MainDicomTags").path("StudyInstanceUID").asText("");
            if (!uid.isEmpty()) {
                seen.put(uid, new WatchState.Pending(id, study.get().path("LastUpdate").asText("") + "/"
                        + study.get().path("Series").size()));
            }
        }
        return new Poll(Long.toString(since), seen, gone);
    }

    @Override
    public boolean writeBack(String ref, String verdict) throws Unavailable {
        boolean done = rest.put("/studies/" + seg(ref) + "/metadata/" + METADATA, verdict);
        failed();
        return done;
    }
}
