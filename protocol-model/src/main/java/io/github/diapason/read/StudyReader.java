package io.github.diapason.read;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import io.github.diapason.model.StudyDefinition;
import io.github.diapason.model.WaiverFile;
import io.github.diapason.read.json.JsonFormatReader;
import io.github.diapason.read.xml.XmlFormatReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a study folder: {@code protocol.json} or {@code protocol.xml}, and one file per site
 * under {@code sites/} (JSON or XML, mixed freely). Every file is read even when an earlier one
 * failed, so one run reports every problem. Only regular files are read, and links only when they
 * stay inside the study folder ({@link InputFiles#admit}); every other entry is a diagnostic, never
 * skipped in silence.
 */
public final class StudyReader {

    public static final String SITES_FOLDER = "sites";
    /** The study's accepted deviations, under version control beside the protocol (JSON only). */
    public static final String WAIVERS_FILE = "waivers.json";
    /** The resolved protocol generate writes at the top of its output folder. */
    static final String GENERATED_PROTOCOL = "protocol.resolved.json";
    /** The stem of the fillable site skeleton generate writes ({@code sites/_template.json} or {@code .xml}). */
    public static final String SITE_TEMPLATE = "_template";
    /** Placeholders of the site skeleton open and close with these; a file that still holds one is not filled in. */
    public static final String PLACEHOLDER_OPEN = "\u27E6";
    public static final String PLACEHOLDER_CLOSE = "\u27E7";
    private final Map<String, FormatReader> formats;

    public StudyReader(Map<String, FormatReader> formats) {
        this.formats = Map.copyOf(formats);
    }

    /** JSON and XML, the two formats Diapason ships. */
    public static StudyReader withDefaultFormats() {
        return new StudyReader(Map.of("json", new JsonFormatReader(), "xml", new XmlFormatReader()));
    }

    public Validated<LoadedStudy> read(Path studyDir) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.isDirectory(studyDir)) {
            return Validated.failed(List.of(Diagnostic.error("StudyNotAFolder",
                    "not a study folder: " + studyDir,
                    "give the folder that holds protocol.json (or protocol.xml) and sites/",
                    SourceLocation.file(studyDir.toString()))));
        }
        Optional<Located<Protocol>> protocol = readProtocol(studyDir, diagnostics);
        Map<String, Located<Site>> sites = readSites(studyDir, diagnostics);
        Optional<Located<WaiverFile>> waivers = readWaivers(studyDir, diagnostics);
        if (protocol.isEmpty()) {
            return Validated.failed(diagnostics);
        }
        StudyDefinition study = new StudyDefinition(protocol.get().value(),
                sites.values().stream().map(Located::value).toList());
        Map<String, SourceMap> siteSources = new LinkedHashMap<>();
        sites.forEach((id, located) -> siteSources.put(id, located.sources()));
        return Validated.of(new LoadedStudy(study, protocol.get().sources(), siteSources,
                waivers.map(Located::value).orElse(null), waivers.map(Located::sources).orElse(null)), diagnostics);
    }

    private Optional<Located<Protocol>> readProtocol(Path studyDir, List<Diagnostic> diagnostics) {
        List<Path> candidates = formats.keySet().stream().sorted()
                .map(ext -> studyDir.resolve("protocol." + ext)).filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))
                .toList();
        if (candidates.isEmpty()) {
            diagnostics.add(Diagnostic.error("StudyNoProtocol", "no protocol file in " + studyDir,
                    "create protocol.json or protocol.xml in the study folder", SourceLocation.file(studyDir.toString())));
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            diagnostics.add(Diagnostic.error("StudyTwoProtocols", "both " + candidates.get(0).getFileName()
                            + " and " + candidates.get(1).getFileName() + " exist; the study would be ambiguous",
                    "keep only one protocol file", SourceLocation.file(candidates.get(1).toString())));
            return Optional.empty();
        }
        Path file = candidates.get(0);
        Optional<Diagnostic> refused = InputFiles.admit(studyDir, file);
        if (refused.isPresent()) {
            diagnostics.add(refused.get());
            return Optional.empty();
        }
        Validated<Located<Protocol>> read = formats.get(extension(file)).readProtocol(file);
        diagnostics.addAll(read.diagnostics());
        return read.valid();
    }

    /**
     * {@code waivers.json} when the study has one. Waivers are JSON whatever the protocol's format
     * (a {@code waivers.xml} is reported, not ignored): one small file, edited beside the check reports.
     */
    private Optional<Located<WaiverFile>> readWaivers(Path studyDir, List<Diagnostic> diagnostics) {
        Path xml = studyDir.resolve("waivers.xml");
        if (Files.exists(xml, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.add(Diagnostic.error("WaiversNotJson", "waivers are read from waivers.json only",
                    "write the waivers as waivers.json (schema waivers.schema.json), whatever the protocol's format",
                    SourceLocation.file(xml.toString())));
        }
        Path file = studyDir.resolve(WAIVERS_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !(formats.get("json") instanceof JsonFormatReader json)) {
            return Optional.empty();
        }
        Optional<Diagnostic> refused = InputFiles.admit(studyDir, file);
        if (refused.isPresent()) {
            diagnostics.add(refused.get());
            return Optional.empty();
        }
        Validated<Located<WaiverFile>> read = json.readWaivers(file);
        diagnostics.addAll(read.diagnostics());
        return read.valid();
    }

    private Map<String, Located<Site>> readSites(Path studyDir, List<Diagnostic> diagnostics) {
        Map<String, Located<Site>> sites = new LinkedHashMap<>();
        Path folder = studyDir.resolve(SITES_FOLDER);
        if (!Files.isDirectory(folder)) {
            diagnostics.add(Diagnostic.warning("StudyNoSites", "no sites/ folder: no site outputs will be produced",
                    "add one file per participating site under sites/", SourceLocation.file(studyDir.toString())));
            return sites;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> formats.containsKey(extension(p))).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("FileUnreadable", "cannot list " + folder + ": " + e.getMessage(),
                    "check the folder's permissions", SourceLocation.file(folder.toString())));
            return sites;
        }
        for (Path file : files) {
            if (file.getFileName().toString().equals(GENERATED_PROTOCOL)) {
                diagnostics.add(Diagnostic.error("SitesHoldOutputs",
                        "this is an output of generate (the resolved protocol), not a site file",
                        "move the generated outputs out of sites/; generate refuses to write there now",
                        SourceLocation.file(file.toString())));
                continue;
            }
            if (stem(file).equals(SITE_TEMPLATE)) {
                diagnostics.add(new Diagnostic(Severity.NOTE, "SiteTemplate",
                        "the site template, not a site: skipped",
                        "copy it to <site-id>." + extension(file) + ", fill it in, and keep or delete this one",
                        SourceLocation.file(file.toString())));
                continue;
            }
            Optional<Diagnostic> refused = InputFiles.admit(studyDir, file);
            if (refused.isPresent()) {
                diagnostics.add(refused.get());
                continue;
            }
            List<Diagnostic> unfilled = unfilledPlaceholders(file);
            if (!unfilled.isEmpty()) {
                diagnostics.addAll(unfilled);
                continue;
            }
            Validated<Located<Site>> read = formats.get(extension(file)).readSite(file);
            diagnostics.addAll(read.diagnostics());
            read.valid().ifPresent(site -> {
                String id = site.value().id();
                if (sites.containsKey(id)) {
                    diagnostics.add(Diagnostic.error("DuplicateId", "site id '" + id + "' is also used by "
                                    + sites.get(id).sources().file(),
                            "give each site file its own id", site.sources().locate("/id")));
                } else {
                    sites.put(id, site);
                }
                String stem = stem(file);
                if (!stem.equals(id)) {
                    diagnostics.add(Diagnostic.warning("SiteFileName", "site id '" + id + "' differs from its file name '"
                                    + file.getFileName() + "'",
                            "name the file " + id + "." + extension(file) + " so people find it", site.sources().locate("/id")));
                }
            });
        }
        return sites;
    }

    /**
     * Every placeholder of the site skeleton still in a site file, one error each at its line and
     * column, quoting what it asks for. The schema is not checked then: its complaints about
     * placeholders ("must be a number") would only repeat these less clearly.
     */
    static List<Diagnostic> unfilledPlaceholders(Path file) {
        Validated<byte[]> bytes = InputFiles.readBounded(file);
        if (bytes.value().isEmpty()) {
            return List.of();
        }
        String text = new String(bytes.value().get(), java.nio.charset.StandardCharsets.UTF_8);
        List<Diagnostic> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (text.startsWith(PLACEHOLDER_OPEN, i)) {
                int end = text.indexOf(PLACEHOLDER_CLOSE, i);
                String asked = (end < 0 ? text.substring(i + 1, Math.min(text.length(), i + 80)) : text.substring(i + 1, end))
                        .strip().replaceAll("\\s+", " ");
                out.add(Diagnostic.error("UnfilledTemplateField", "not filled in: " + asked,
                        "replace " + PLACEHOLDER_OPEN + "…" + PLACEHOLDER_CLOSE + " with the site's answer (numbers and"
                                + " true/false without quotes), or delete the entry when it does not apply",
                        new SourceLocation(file.toString(), line, i - lineStart + 1, "")));
            }
        }
        return out;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
