package io.github.diapason.conformity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Each judged exam's metadata, kept beside the watch state ({@code <state>.exams/<exam>.json.gz}): the DICOM JSON
 * of every instance as WADO-RS returned it, with the bulk data the extractor read (a Siemens CSA header, a GE
 * protocol block) inlined as {@code InlineBinary}, so that {@code recheck} re-judges the exam through the same
 * reader and extractor without the server. Pixel data is never fetched, so never kept. This is the archive's
 * own copy of identifying header values (as the server holds them): keep the state folder as private as the archive.
 */
public final class ExamArchive {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;

    public ExamArchive(Path stateFile) {
        this.folder = stateFile.toAbsolutePath().resolveSibling(stateFile.getFileName() + ".exams");
    }

    public Path folder() {
        return folder;
    }

    /** A folder name for an exam: the UID when it is a plain UID, else a safe rewrite with a digest to keep names apart. */
    public static String name(String studyInstanceUid) {
        String safe = studyInstanceUid.replaceAll("[^0-9A-Za-z._-]", "_");
        if (safe.equals(studyInstanceUid) && !safe.isEmpty() && !safe.startsWith(".") && safe.length() <= 128) {
            return safe;
        }
        String cut = safe.replaceFirst("^\\.+", "_");
        return (cut.length() > 64 ? cut.substring(0, 64) : cut) + "-" + sha256(studyInstanceUid).substring(0, 12);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public void save(String studyInstanceUid, List<ObjectNode> instances) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("StudyInstanceUID", studyInstanceUid);
        ArrayNode array = root.putArray("instances");
        instances.forEach(array::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gz, root);
        }
        AtomicFiles.write(folder.resolve(name(studyInstanceUid) + ".json.gz"), bytes.toByteArray());
    }

    /** The instances stored for the exam; empty when none is stored. */
    public Optional<List<JsonNode>> load(String studyInstanceUid) throws IOException {
        Path file = folder.resolve(name(studyInstanceUid) + ".json.gz");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            JsonNode root = JSON.readTree(in);
            List<JsonNode> out = new ArrayList<>();
            root.path("instances").forEach(out::add);
            return Optional.of(out);
        }
    }
}
