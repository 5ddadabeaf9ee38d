package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a GE protocol export ({@code protocol.tar}): {@code session.xml} lists the series
 * ({@code <task name="T1w">}) in console order and names, through its {@code LxProtocol} data
 * element's {@code CONTENT_PROPERTY}, the folder holding that series' {@code LxProtocol}, whose
 * {@code set KEY "value"} lines are the prescription. Keys are given the printout's labels from
 * {@code ge-lxprotocol.tsv}; keys without a known label are kept under their own name.
 */
final class GeProtocolTarReader {

    private static final LabelTable LABELS = LabelTable.load("ge-lxprotocol.tsv");
    private static final Pattern SET = Pattern.compile("^\\s*set\\s+(\\S+)\\s+\"(.*)\"\\s*$");
    private static final String LX = "LxProtocol";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** session.xml and LxProtocol files are kilobytes; a larger entry is not a protocol file and is not loaded. */
    private static final long LARGEST_ENTRY = 16L << 20;

    private GeProtocolTarReader() {
    }

    static ConsoleExport read(Path path) {
        String file = path.toString();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (!readTar(path, file, entries, diagnostics)) {
            return ConsoleExport.failed(file, ExportFormat.GE_PROTOCOL_TAR, diagnostics);
        }
        Map<String, String> lxByFolder = new LinkedHashMap<>();
        Map<String, String> notesByFolder = new LinkedHashMap<>();
        byte[] session = null;
        String sessionName = "";
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String name = e.getKey();
            if (name.endsWith("/session.xml") || name.equals("session.xml")) {
                session = e.getValue();
                sessionName = name;
            } else if (name.endsWith("/" + LX) && !baseName(name).startsWith("._")) {
                lxByFolder.put(parentName(name), name);
            } else if (name.endsWith("/.pn/notes.html")) {
                notesByFolder.put(parentName(name.substring(0, name.length() - "/notes.html".length())), name);
            }
        }
        List<ConsoleProgram> programs = new ArrayList<>();
        List<Task> tasks = session == null ? new ArrayList<>() : tasks(session, file + "!" + sessionName, diagnostics);
        if (session == null) {
            diagnostics.add(Diagnostic.warning("ExportGeNoSession",
                    "protocol.tar holds no session.xml: series are listed in archive order, named by folder",
                    "export the whole protocol from the console", SourceLocation.file(file)));
            lxByFolder.forEach((folder, entry) -> tasks.add(new Task(folder, "", folder)));
        }
        for (Task task : tasks) {
            String entry = lxByFolder.get(task.folder());
            if (entry == null) {
                diagnostics.add(Diagnostic.error("ExportGeSeriesMissing",
                        "series '" + task.name() + "' names folder '" + task.folder() + "' which holds no LxProtocol",
                        "export the protocol again", SourceLocation.file(file + "!" + sessionName)));
                continue;
            }
            ConsoleProgram program = program(task, new String(entries.get(entry), StandardCharsets.ISO_8859_1),
                    file + "!" + entry, diagnostics);
            String notes = notesByFolder.get(task.folder());
            programs.add(notes == null ? program : withNotes(program, entries.get(notes), file + "!" + notes));
        }
        return new ConsoleExport(file, ExportFormat.GE_PROTOCOL_TAR, "GE", programs, diagnostics);
    }

    private record Task(String name, String pulseSequence, String folder) {
    }

    private static boolean readTar(Path path, String file, Map<String, byte[]> entries, List<Diagnostic> diagnostics) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path));
             TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            String current = "";
            try {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    current = e.getName();
                    if (e.isFile() && e.getSize() > LARGEST_ENTRY) {
                        diagnostics.add(Diagnostic.warning("ExportEntrySkipped", "entry of " + e.getSize()
                                + " bytes is too large for a protocol file: not read", "", SourceLocation.file(file).withPath(current)));
                    } else if (e.isFile()) {
                        byte[] data = tar.readAllBytes();
                        if (data.length != e.getSize()) {
                            throw new IOException("entry is truncated: " + data.length + " of " + e.getSize() + " bytes");
                        }
                        entries.put(e.getName(), data);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                diagnostics.add(Diagnostic.error("ExportCorruptArchive",
                        "tar archive broken at byte " + tar.getBytesRead()
                                + (current.isEmpty() ? "" : " (entry " + current + ")") + ": " + e.getMessage(),
                        "copy protocol.tar from the console again; it is truncated or damaged",
                        SourceLocation.file(file).withPath(current)));
                return false;
            }
            if (entries.isEmpty()) {
                diagnostics.add(Diagnostic.error("ExportCorruptArchive", "not a tar archive, or an empty one",
                        "give the protocol.tar exported from the GE console", SourceLocation.file(file)));
                return false;
            }
            return true;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("ExportUnreadable", "cannot read: " + e.getMessage(), "",
                    SourceLocation.file(file)));
            return false;
        }
    }

    private static List<Task> tasks(byte[] session, String where, List<Diagnostic> diagnostics) {
        List<Task> tasks = new ArrayList<>();
        Optional<Document> doc = SafeXml.parse(session, where, "", diagnostics);
        if (doc.isEmpty()) {
            return tasks;
        }
        NodeList list = doc.get().getElementsByTagNameNS("*", "task");
        for (int i = 0; i < list.getLength(); i++) {
            Element task = (Element) list.item(i);
            String folder = "";
            String pseq = "";
            for (Element data : children(task, "data")) {
                if (LX.equals(data.getAttribute("name"))) {
                    folder = property(data, "CONTENT_PROPERTY");
                }
            }
            Matcher m = Pattern.compile("RXPSEQ=([^;]*)").matcher(property(task, "taskRxParamMapAsString"));
            if (m.find()) {
                pseq = m.group(1);
            }
            if (!folder.isEmpty()) {
                tasks.add(new Task(task.getAttribute("name"), pseq, folder));
            }
        }
        return tasks;
    }

    private static ConsoleProgram program(Task task, String text, String where, List<Diagnostic> diagnostics) {
        List<ConsoleValue> values = new ArrayList<>();
        // the series name the console lists, printed "Series Description" (session.xml task name)
        values.add(new ConsoleValue("task/@name", "Series Description", task.name(), "",
                SourceLocation.file(where).withPath("session.xml: task[@name]")));
        String pseq = task.pulseSequence();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            SourceLocation at = new SourceLocation(where, i + 1, 1, "");
            Matcher m = SET.matcher(line);
            if (!m.matches()) {
                diagnostics.add(Diagnostic.warning("ExportLineNotRead",
                        "LxProtocol line is not 'set KEY \"value\"'; not read: " + abbreviate(line),
                        "", at));
                continue;
            }
            String key = m.group(1);
            String raw = m.group(2).strip();
            Optional<LabelTable.Label> label = LABELS.get(key);
            // a unit only with a number: "TE Minimum", not "Minimum ms"
            values.add(label.map(l -> new ConsoleValue(key, l.label(), l.word(raw), NUMBER.matcher(raw).matches() ? l.unit() : "", at))
                    .orElseGet(() -> new ConsoleValue(key, "", raw, "", at)));
            if (key.equals("PSEQ") && pseq.isEmpty()) {
                pseq = raw;
            }
        }
        UnlabelledKeys.note(task.name(), values, SourceLocation.file(where), diagnostics);
        return new ConsoleProgram(task.name(), pseq, values, List.of(), new SourceLocation(where, 1, 1, ""));
    }

    /** The series' protocol notes ({@code .pn/notes.html}), as the printout's "Protocol Notes": the text without markup. */
    private static ConsoleProgram withNotes(ConsoleProgram program, byte[] html, String where) {
        String text = new String(html, StandardCharsets.UTF_8).replaceAll("(?s)<head>.*?</head>", " ")
                .replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", " ").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return program;
        }
        List<ConsoleValue> values = new ArrayList<>(program.values());
        values.add(new ConsoleValue(".pn/notes.html", "Protocol Notes", text, "", SourceLocation.file(where)));
        return new ConsoleProgram(program.name(), program.sequenceType(), values, program.notRead(), program.location());
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String property(Element parent, String name) {
        for (Element p : children(parent, "property")) {
            if (name.equals(p.getAttribute("name"))) {
                return p.getAttribute("value");
            }
        }
        return "";
    }

    private static String baseName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    private static String parentName(String entry) {
        String parent = entry.substring(0, Math.max(entry.lastIndexOf('/'), 0));
        return baseName(parent);
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
