package io.github.diapason.conformity.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.siemens.Ascconv;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.sqlite.SQLiteConfig;

/**
 * Reads a Siemens syngo VE/XA exam-tree export ({@code .exar1}), an SQLite 3 database:
 * <ul>
 *   <li>{@code Content(Hash, Data)}: raw-deflate blobs, each {@code EDF V1: ContentType=<type>;} then JSON;
 *       {@code EdfProtocolContent} carries the measurement protocol as XProtocol text in {@code Data},
 *       whose {@code ### ASCCONV BEGIN ###} block is parsed by {@link Ascconv};</li>
 *   <li>{@code Instance}: the tree; a protocol's parent is its measurement step, whose label element
 *       holds the program name shown in the Exam Explorer (T1w); the step's {@code ObjectId} is its
 *       step id, ranked by the {@code EdfProgramContent}'s {@code Ranks} (console order).</li>
 * </ul>
 * The database is opened read-only; a file that is not SQLite, or a corrupt one, gives diagnostics.
 */
final class Exar1Reader {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String EDF = "EDF V1: ContentType=";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exar1Reader() {
    }

    record Blob(String contentType, String json) {
    }

    private record Node(String elementId, String contentHash, String parentId, String labelId, String type,
                        String objectId) {
    }

    static ConsoleExport read(Path path) {
        String file = path.toString();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!isSqlite(path, file, diagnostics)) {
            return ConsoleExport.failed(file, ExportFormat.SIEMENS_EXAR1, diagnostics);
        }
        Map<String, Blob> contents = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        String software = "";
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
             Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT Hash, Data FROM Content ORDER BY Hash")) {
                while (rs.next()) {
                    String hash = rs.getString(1);
                    blob(rs.getBytes(2), file, hash, diagnostics).ifPresent(b -> contents.put(hash, b));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT Element_id, ContentHash, ParentElementId, LabelElement_id,"
                    + " InstanceType, ObjectId FROM Instance")) {
                while (rs.next()) {
                    nodes.add(new Node(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            software = software(st);
        } catch (SQLException e) {
            diagnostics.add(Diagnostic.error("ExportCorruptDatabase",
                    "the .exar1 database cannot be read: " + e.getMessage(),
                    "export the program again from the Siemens Exam Explorer, or send its printout",
                    SourceLocation.file(file)));
            return ConsoleExport.failed(file, ExportFormat.SIEMENS_EXAR1, diagnostics);
        }
        List<ConsoleProgram> programs = programs(file, contents, nodes, diagnostics);
        if (programs.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            diagnostics.add(Diagnostic.error("ExportSiemensNoProtocol", "the .exar1 holds no measurement protocol",
                    "export a program (not an empty tree) from the Exam Explorer", SourceLocation.file(file)));
        }
        return new ConsoleExport(file, ExportFormat.SIEMENS_EXAR1, "Siemens", programs, diagnostics, "", software);
    }

    /**
     * The software the programs were saved with, from the {@code Branch} table's baseline: syngo MR E11 writes
     * {@code N4_VE11C_LATEST_20160120} (gives {@code VE11C}), XA writes {@code MAJORVERSION:VA61A, PROTOCOL:...}
     * (gives {@code VA61A}; the XA61 printout of the same export prints {@code Numaris/X VA61A-092T}). Empty when
     * there is no such table or baseline (the software is then not compared).
     */
    private static String software(Statement st) {
        try (ResultSet rs = st.executeQuery("SELECT Baseline FROM Branch ORDER BY Baseline")) {
            while (rs.next()) {
                String baseline = rs.getString(1) == null ? "" : rs.getString(1);
                java.util.regex.Matcher m = SOFTWARE.matcher(baseline);
                if (m.find()) {
                    return m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        } catch (SQLException e) {
            return ""; // an export without a Branch table states no software; the programs are still read
        }
        return "";
    }

    private static final java.util.regex.Pattern SOFTWARE =
            java.util.regex.Pattern.compile("^N\\d_(V[A-Z]\\d+[A-Z]?)_|MAJORVERSION:(V[A-Z]\\d+[A-Z]?)");

    private static List<ConsoleProgram> programs(String file, Map<String, Blob> contents, List<Node> nodes,
                                                 List<Diagnostic> diagnostics) {
        Map<String, Node> byElement = new HashMap<>();
        nodes.forEach(n -> byElement.putIfAbsent(n.elementId(), n));
        Map<String, Integer> ranks = ranks(contents);
        record Ranked(String exam, String examId, int rank, String name, ConsoleProgram program) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Node protocol : nodes) {
            Blob blob = contents.get(protocol.contentHash());
            if (blob == null || !blob.contentType().endsWith("EdfProtocolContent")) {
                continue;
            }
            SourceLocation at = SourceLocation.file(file).withPath("/Content[@Hash='" + protocol.contentHash() + "']");
            Node step = byElement.get(protocol.parentId());
            String label = step == null ? "" : label(byElement.get(step.labelId()), contents);
            int rank = step == null ? Integer.MAX_VALUE : ranks.getOrDefault(step.objectId(), Integer.MAX_VALUE);
            Node exam = step == null ? null : byElement.get(step.parentId());
            String examName = exam == null ? "" : label(byElement.get(exam.labelId()), contents);
            Optional<String> xprotocol = xprotocol(blob, at, diagnostics);
            if (xprotocol.isEmpty()) {
                continue;
            }
            if (!Ascconv.hasBlock(xprotocol.get())) {
                diagnostics.add(Diagnostic.error("ExportSiemensNoAscconv",
                        "protocol '" + label + "' has no ### ASCCONV BEGIN ### block: its parameters were not read",
                        "", at));
                continue;
            }
            Ascconv ascconv = Ascconv.parse(xprotocol.get());
            SiemensProtocolValues.Result r = SiemensProtocolValues.of(ascconv, at);
            String name = label.isEmpty() ? ascconv.text("tProtocolName").orElse("") : label;
            List<ConsoleValue> values = new ArrayList<>(r.values());
            if (!examName.isEmpty()) {
                // the exam program (Exam Explorer node) the step belongs to: an export may hold several
                values.add(0, new ConsoleValue("EdfProgram", "Program", examName, "", at));
            }
            ranked.add(new Ranked(examName, exam == null ? "" : exam.elementId(), rank, name, new ConsoleProgram(name, r.sequenceType(), values, r.notRead(), at)));
        }
        ranked.sort(Comparator.comparing(Ranked::exam).thenComparing(Ranked::examId).thenComparingInt(Ranked::rank)
                .thenComparing(Ranked::name));
        List<String> exams = ranked.stream().map(Ranked::examId).distinct().toList();
        if (exams.size() > 1) {
            diagnostics.add(new Diagnostic(Severity.NOTE, "ExportSiemensSeveralPrograms", "the .exar1 holds "
                    + exams.size() + " exam programs (" + String.join(", ", ranked.stream().map(Ranked::exam).distinct().toList())
                    + "): their steps are listed program"
                    + " by program, each with its 'Program' value", "", SourceLocation.file(file)));
        }
        return ranked.stream().map(Ranked::program).toList();
    }

    private static Optional<String> xprotocol(Blob blob, SourceLocation at, List<Diagnostic> diagnostics) {
        try {
            JsonNode data = JSON.readTree(blob.json()).path("Data");
            if (data.isTextual()) {
                return Optional.of(data.asText());
            }
            diagnostics.add(Diagnostic.error("ExportSiemensNoXprotocol",
                    "protocol content has no textual Data member", "", at));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("ExportMalformedJson", "protocol content is not JSON: "
                    + GeProtocolTarReader.abbreviate(String.valueOf(e.getMessage())), "", at));
        }
        return Optional.empty();
    }

    /** The first text of an EdfStringContent ({@code {"Texts": {"en": "T1w"}}}), the name the console lists. */
    private static String label(Node labelNode, Map<String, Blob> contents) {
        if (labelNode == null || contents.get(labelNode.contentHash()) == null) {
            return "";
        }
        try {
            JsonNode texts = JSON.readTree(contents.get(labelNode.contentHash()).json()).path("Texts");
            for (var it = texts.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getKey().startsWith("$") && e.getValue().isTextual()) {
                    return e.getValue().asText();
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    /** Step id → rank, from every EdfProgramContent's {@code Ranks} member. */
    private static Map<String, Integer> ranks(Map<String, Blob> contents) {
        Map<String, Integer> ranks = new HashMap<>();
        for (Blob b : contents.values()) {
            if (!b.contentType().endsWith("EdfProgramContent")) {
                continue;
            }
            try {
                JsonNode r = JSON.readTree(b.json()).path("Ranks");
                r.fields().forEachRemaining(e -> {
                    if (e.getValue().has("Rank")) {
                        ranks.put(e.getKey(), e.getValue().get("Rank").asInt());
                    }
                });
            } catch (IOException e) {
                // a program whose ranks cannot be read leaves its steps in name order
            }
        }
        return ranks;
    }

    static Optional<Blob> blob(byte[] deflated, String file, String hash, List<Diagnostic> diagnostics) {
        SourceLocation at = SourceLocation.file(file).withPath("/Content[@Hash='" + hash + "']");
        String text;
        try {
            text = new String(inflate(deflated, true), StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            diagnostics.add(Diagnostic.error("ExportCorruptContent",
                    "content blob does not inflate (" + e.getMessage() + ")", "", at));
            return Optional.empty();
        }
        int semicolon = text.indexOf(';');
        if (!text.startsWith(EDF) || semicolon < 0) {
            diagnostics.add(Diagnostic.warning("ExportSiemensUnknownContent",
                    "content blob does not start with '" + EDF + "…;': not read", "", at));
            return Optional.empty();
        }
        return Optional.of(new Blob(text.substring(EDF.length(), semicolon), text.substring(semicolon + 1)));
    }

    /** Inflates a deflate stream: raw ({@code nowrap}, as .exar1 Content blobs) or zlib-wrapped (as .edx files). */
    static byte[] inflate(byte[] deflated, boolean nowrap) throws DataFormatException {
        Inflater inflater = new Inflater(nowrap);
        try {
            inflater.setInput(deflated == null ? new byte[0] : deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated deflate stream");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static boolean isSqlite(Path path, String file, List<Diagnostic> diagnostics) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("ExportUnreadable", "cannot read: " + e.getMessage(), "",
                    SourceLocation.file(file)));
            return false;
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
            diagnostics.add(Diagnostic.error("ExportCorruptDatabase",
                    "not an SQLite 3 database (an .exar1 starts with 'SQLite format 3')",
                    "export the program again from the Siemens Exam Explorer, or send its printout",
                    new SourceLocation(file, 0, 0, "byte[0]")));
            return false;
        }
        return true;
    }
}
