package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.conformity.dicom.DicomReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** An archive in memory for the watcher's unit tests: a change sequence like Orthanc's, exams that can be switched off. */
final class FakeArchive implements ArchiveFeed {

    static final Path EXAMS = Path.of("src/test/resources/watch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<ObjectNode>> studies = new LinkedHashMap<>();
    private final Map<String, Long> changedAt = new HashMap<>();
    private final Map<String, Integer> fingerprints = new HashMap<>();
    final Map<String, Integer> fetches = new HashMap<>();
    final List<String> writtenBack = new ArrayList<>();
    private long seq;
    boolean up = true;

    /** A real exam of the corpus (see PROVENANCE.md there); returns its StudyInstanceUID. */
    String receive(String exam) {
        List<ObjectNode> instances = read(exam);
        String uid = instances.get(0).path("0020000D").path("Value").path(0).asText();
        studies.put(uid, instances);
        touch(uid);
        return uid;
    }

    /** One more instance arrived for the exam. */
    void touch(String uid) {
        changedAt.put(uid, ++seq);
        fingerprints.merge(uid, 1, Integer::sum);
    }

    void delete(String uid) {
        studies.remove(uid);
    }

    static List<ObjectNode> read(String exam) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(EXAMS.resolve(exam + ".json.gz")))) {
            List<ObjectNode> out = new ArrayList<>();
            JSON.readTree(in).forEach(n -> out.add((ObjectNode) n));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kind() {
        return "orthanc";
    }

    @Override
    public Poll poll(String cursor, Map<String, WatchState.Pending> pending) throws Unavailable {
        if (!up) {
            throw new Unavailable("dicomweb:/changes: no answer after 1 attempt(s): ConnectException");
        }
        long since = cursor.isEmpty() ? 0 : Long.parseLong(cursor);
        Map<String, WatchState.Pending> seen = new HashMap<>();
        changedAt.forEach((uid, at) -> {
            if ((at > since || pending.containsKey(uid)) && studies.containsKey(uid)) {
                seen.put(uid, new WatchState.Pending("ref-" + uid, "n" + fingerprints.get(uid)));
            }
        });
        Set<String> gone = new java.util.HashSet<>(pending.keySet());
        gone.removeAll(studies.keySet());
        return new Poll(Long.toString(seq), seen, gone);
    }

    @Override
    public Optional<List<ObjectNode>> fetch(String uid, String ref, DicomReader.TopLevelFilter wanted) throws Unavailable {
        if (!up) {
            throw new Unavailable("dicomweb:/studies: no answer");
        }
        fetches.merge(uid, 1, Integer::sum);
        return Optional.ofNullable(studies.get(uid)).map(l -> l.stream().map(JsonNode::deepCopy).map(n -> (ObjectNode) n).toList());
    }

    @Override
    public boolean writeBack(String ref, String verdict) {
        writtenBack.add(ref + " " + verdict);
        return true;
    }
}
