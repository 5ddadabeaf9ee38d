package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diapason.conformity.dicomweb.DicomWebSource;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Any DICOMweb server: QIDO-RS lists the studies (since the {@code --since} date, by StudyDate, when given), page
 * by page, with their NumberOfStudyRelatedInstances (0020,1208) as fingerprint; the watcher's state is the
 * seen-set (an exam reported with the same fingerprint is not judged again). The cursor is the date filter, if any.
 * A server that does not return the instance count still works: the exam is judged once it has been listed for
 * the stable time, and judged again if its count appears or changes.
 */
public final class QidoFeed extends DicomWebFeed {

    private static final int PAGE = 200;
    private static final int MAX_PAGES = 10_000;
    private final Optional<java.time.LocalDate> since;

    public QidoFeed(DicomWebSource source) throws Unavailable {
        super(source);
        this.since = source.since();
    }

    @Override
    public String kind() {
        return "qido";
    }

    @Override
    public Poll poll(String cursor, Map<String, WatchState.Pending> pending) throws Unavailable {
        String filter = since.map(d -> "StudyDate=" + d.format(DateTimeFormatter.BASIC_ISO_DATE) + "-&").orElse("");
        Map<String, WatchState.Pending> seen = new HashMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Optional<JsonNode> studies = dicomweb().array("/studies?" + filter + "includefield=00201208&limit=" + PAGE + "&offset=" + page * PAGE);
            failed();
            int before = seen.size();
            for (JsonNode s : studies.get()) {
                String uid = uid(s, "0020000D");
                if (!uid.isEmpty()) {
                    seen.put(uid, new WatchState.Pending(uid, s.path("00201208").path("Value").path(0).asText("")));
                }
            }
            if (studies.get().size() < PAGE || seen.size() == before) {
                break;
            }
        }
        Set<String> gone = new java.util.TreeSet<>(pending.keySet());
        gone.removeAll(seen.keySet());
        return new Poll(since.map(java.time.LocalDate::toString).orElse(""), seen, gone);
    }
}
