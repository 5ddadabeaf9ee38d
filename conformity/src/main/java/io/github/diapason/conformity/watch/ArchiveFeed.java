package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.conformity.dicom.DicomReader;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a {@link Watcher} learns of exams and fetches them: Orthanc's change feed ({@link OrthancFeed}) or
 * QIDO-RS ({@link QidoFeed}), or a fake in tests. A server that cannot be reached is {@link Unavailable}
 * (the watcher backs off and keeps its cursor), never an exception escaping to the user.
 */
public interface ArchiveFeed {

    /** {@code orthanc} or {@code qido}: recorded in the state with the cursor, whose meaning it gives. */
    String kind();

    /**
     * The exams with activity since {@code cursor}, plus the exams still pending, each with its reference on the
     * server and a fingerprint that changes whenever an instance arrives; the cursor to persist once they are recorded.
     */
    Poll poll(String cursor, Map<String, WatchState.Pending> pending) throws Unavailable;

    /**
     * Every instance's DICOM JSON (WADO-RS metadata), with the bulk data of the elements {@code wanted} keeps inlined
     * as {@code InlineBinary}; empty when the exam is no longer on the server.
     */
    Optional<List<ObjectNode>> fetch(String studyInstanceUid, String ref, DicomReader.TopLevelFilter wanted) throws Unavailable;

    /** Records the verdict on the server (Orthanc: study metadata); false when this feed cannot. */
    default boolean writeBack(String ref, String verdict) throws Unavailable {
        return false;
    }

    /**
     * @param seen exams by StudyInstanceUID
     * @param gone pending exams no longer on the server
     */
    record Poll(String cursor, Map<String, WatchState.Pending> seen, Set<String> gone) {
        public Poll {
            seen = Map.copyOf(seen);
            gone = Set.copyOf(gone);
        }
    }

    /** The server did not answer (down, unreachable, refusing): what it said, without credentials. */
    final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
