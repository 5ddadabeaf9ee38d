package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a Philips ExamCard: a .NET SOAP serialisation where each {@code SingleScan} (document
 * order is ExamCard order) points to a {@code ScanProcedure} holding the scan's {@code name} and,
 * through {@code parameterData}, a base64 {@code SOAP-ENC:base64} array: the binary parameter
 * block decoded by {@link PhilipsParameterBlock}. Parameters are labelled from
 * {@code philips-examcard.tsv}; the block's other parameters keep their internal name as key with
 * no label; per-stack arrays give their first stack (the printout's "current A"), other arrays all their
 * elements. What cannot be decoded is listed in {@link ConsoleProgram#notRead()}.
 */
final class ExamCardReader {

    private static final LabelTable LABELS = LabelTable.load("philips-examcard.tsv");
    private static final Map<String, String> WORDS = LabelTable.words("philips-words.tsv");

    /**
     * A number the radiographer types under a choice, printed on a line of its own right after that choice and
     * only when the choice is {@code trigger}: "TR user defined" then "(ms) 3500". Each was read off
     * spine_generic_philips_R53.pdf beside the same scans of spine_generic_philips_R53.ExamCard.
     */
    private record Typed(String choice, String trigger, String key, String label) {
    }

    private static final List<Typed> TYPED = List.of(
            // T2w, GRE-MT, GRE-T1: "TE user defined (ms) 120 / 2"; GRE-ME "TE first user defined (ms) 7.2"
            new Typed("EX_ACQ_first_echo_time_enum", "USER_DEF", "EX_ACQ_first_echo_time", "(ms)"),
            // GRE-ME: "echospacing user defined (ms) 6.5"
            new Typed("EX_ACQ_echo_time_step_enum", "USER_DEF", "EX_ACQ_echo_time_step", "(ms)"),
            // GRE-MT 57, GRE-T1 15, GRE-ME 600: "TR user defined (ms)"
            new Typed("EX_ACQ_ffe_rep_time_enum", "USER_DEF", "EX_ACQ_ffe_rep_time", "(ms)"),
            // T2w (TSE): "TR user defined (ms) 3500"
            new Typed("EX_ACQ_se_rep_time_enum", "USER_DEF", "EX_ACQ_se_rep_time", "(ms)"),
            // GRE-MT, GRE-T1 1.66, GRE-ME 1.7: "Water-fat shift user defined (pixels)"
            new Typed("EX_ACQ_water_fat_shift", "USER_DEF", "EX_ACQ_user_def_water_fat_shift", "(pixels)"),
            // T1w: "delay user defined (ms) 1000" under "TFE prepulse invert"
            new Typed("EX_TFEPP_pre_T1_delay_enum", "USER_DEF", "EX_TFEPP_pre_T1_delay", "(ms)"),
            // T1w: "shot interval user defined (ms) 2000"
            new Typed("EX_TFE_interval_enum", "USER_DEF", "EX_TFE_interval", "(ms)"),
            // DWI: "Halfscan yes factor 0.7450981"; T2w's "Halfscan default" prints no factor
            new Typed("EX_ACQ_partial_matrix", "YES", "EX_ACQ_partial_matrix_factor", "factor"));
    /** The beats between triggered excitations, printed "TR 4 beats" on the cardiac-triggered DWI. */
    private static final String TR_BEATS = "EX_CARD_min_hb_int_beats";

    private ExamCardReader() {
    }

    static ConsoleExport read(Path path) {
        String file = path.toString();
        List<Diagnostic> diagnostics = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("ExportUnreadable", "cannot read: " + e.getMessage(), "",
                    SourceLocation.file(file)));
            return ConsoleExport.failed(file, ExportFormat.PHILIPS_EXAMCARD, diagnostics);
        }
        Optional<Document> doc = SafeXml.parse(bytes, file, "", diagnostics);
        if (doc.isEmpty()) {
            return ConsoleExport.failed(file, ExportFormat.PHILIPS_EXAMCARD, diagnostics);
        }
        Map<String, Element> byId = index(doc.get());
        List<ConsoleProgram> programs = new ArrayList<>();
        for (Element scan : scansInExamOrder(doc.get(), byId, file, diagnostics)) {
            String scanPath = "/SingleScan[@id='" + scan.getAttribute("id") + "']";
            Optional<Element> procedure = referenced(scan, "scanProcedure", byId);
            if (procedure.isEmpty()) {
                diagnostics.add(Diagnostic.error("ExportPhilipsScanUnresolved",
                        "scan has no resolvable scanProcedure reference; scan skipped", "",
                        SourceLocation.file(file).withPath(scanPath)));
                continue;
            }
            programs.add(program(procedure.get(), byId, file, diagnostics));
        }
        if (programs.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            diagnostics.add(Diagnostic.error("ExportPhilipsNoScans", "no scan found: is this an ExamCard?",
                    "give the .ExamCard file exported from the Philips console", SourceLocation.file(file)));
        }
        // the heart rate the console assumes for its times, e.g. <heartRate>70</heartRate> in the scanner context
        // (spine_generic_philips_R53.ExamCard), which the printout's info page of a triggered scan prints as
        // "Entered heartrate 70 (< 78)": given to each triggered scan under that label
        org.w3c.dom.NodeList rate = doc.get().getElementsByTagName("heartRate");
        if (rate.getLength() > 0 && !rate.item(0).getTextContent().isBlank()) {
            String bpm = rate.item(0).getTextContent().strip();
            programs.replaceAll(p -> p.values().stream().noneMatch(v -> v.label().equals("Cardiac synchronization")
                    && !v.value().equalsIgnoreCase("no")) ? p : withValue(p, new ConsoleValue("heartRate",
                    "Entered heartrate", bpm, "", SourceLocation.file(file).withPath("/heartRate"))));
        }
        // the console's software stream, e.g. <swVersion id="ref-27">5.3.1.0</swVersion> (spine_generic_philips_R53.ExamCard)
        org.w3c.dom.NodeList sw = doc.get().getElementsByTagName("swVersion");
        String software = sw.getLength() == 0 ? "" : sw.item(0).getTextContent();
        return new ConsoleExport(file, ExportFormat.PHILIPS_EXAMCARD, "Philips", programs, diagnostics, "", software);
    }

    /**
     * The scans in ExamCard order: ExamCard/instrumentList/list/_items → ECInstrument/scanSet/executionSteps/
     * list/_items → ExecutionStep/singleScan. When that chain is broken, the SingleScan elements in document
     * order, with a warning (document order is not the console order on the spine-generic ExamCard).
     */
    private static List<Element> scansInExamOrder(Document doc, Map<String, Element> byId, String file,
                                                  List<Diagnostic> diagnostics) {
        List<Element> scans = new ArrayList<>();
        NodeList cards = doc.getElementsByTagNameNS("*", "ExamCard");
        Element card = cards.getLength() == 0 ? null : (Element) cards.item(0);
        for (Element instrument : items(follow(card, byId, "instrumentList", "list", "_items"), byId)) {
            for (Element step : items(follow(instrument, byId, "scanSet", "executionSteps", "list", "_items"), byId)) {
                Element scan = follow(step, byId, "singleScan");
                if (scan != null) {
                    scans.add(scan);
                }
            }
        }
        if (!scans.isEmpty()) {
            return scans;
        }
        NodeList all = doc.getElementsByTagNameNS("*", "SingleScan");
        for (int i = 0; i < all.getLength(); i++) {
            scans.add((Element) all.item(i));
        }
        if (!scans.isEmpty()) {
            diagnostics.add(Diagnostic.warning("ExportPhilipsOrderUnknown",
                    "the ExamCard's instrument list could not be followed: scans are listed in file order, "
                            + "which may differ from the console order", "", SourceLocation.file(file)));
        }
        return scans;
    }

    private static ConsoleProgram withValue(ConsoleProgram p, ConsoleValue added) {
        List<ConsoleValue> values = new ArrayList<>(p.values());
        values.add(added);
        return new ConsoleProgram(p.name(), p.sequenceType(), values, p.notRead(), p.location());
    }

    /** Follows {@code href} references through the named children; null when one is missing. */
    private static Element follow(Element from, Map<String, Element> byId, String... children) {
        Element at = from;
        for (String name : children) {
            if (at == null) {
                return null;
            }
            at = referenced(at, name, byId).orElse(null);
        }
        return at;
    }

    /** The referenced elements of a SOAP array's {@code item} children. */
    private static List<Element> items(Element array, Map<String, Element> byId) {
        List<Element> items = new ArrayList<>();
        if (array == null) {
            return items;
        }
        for (Node n = array.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "item".equals(e.getLocalName()) && e.getAttribute("href").startsWith("#")) {
                Element target = byId.get(e.getAttribute("href").substring(1));
                if (target != null) {
                    items.add(target);
                }
            }
        }
        return items;
    }

    private static ConsoleProgram program(Element procedure, Map<String, Element> byId, String file,
                                          List<Diagnostic> diagnostics) {
        String name = child(procedure, "name").map(Node::getTextContent).orElse("");
        Optional<Element> data = referenced(procedure, "parameterData", byId);
        String dataPath = data.map(d -> "/Array[@id='" + d.getAttribute("id") + "']").orElse("");
        SourceLocation at = SourceLocation.file(file).withPath(dataPath);
        List<ConsoleValue> values = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        if (data.isEmpty()) {
            diagnostics.add(Diagnostic.error("ExportPhilipsNoParameters",
                    "scan '" + name + "' has no parameterData block: none of its parameters were read", "",
                    SourceLocation.file(file).withPath("/ScanProcedure[@id='" + procedure.getAttribute("id") + "']")));
            notRead.add("(all parameters: no parameter block)");
            return new ConsoleProgram(name, "", values, notRead, at);
        }
        byte[] block;
        try {
            block = Base64.getMimeDecoder().decode(data.get().getTextContent().strip());
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.error("ExportPhilipsBadBase64",
                    "scan '" + name + "': parameter block is not valid base64 (" + e.getMessage()
                            + "); none of its parameters were read", "", at));
            notRead.add("(all parameters: block not decodable)");
            return new ConsoleProgram(name, "", values, notRead, at);
        }
        PhilipsParameterBlock.Decoded decoded = PhilipsParameterBlock.decode(block);
        if (!decoded.error().isEmpty()) {
            diagnostics.add(Diagnostic.error("ExportPhilipsBadBlock",
                    "scan '" + name + "': " + decoded.error() + "; none of its parameters were read", "", at));
            notRead.add("(all parameters: " + decoded.error() + ")");
        }
        for (PhilipsParameterBlock.Undecoded u : decoded.undecoded()) {
            notRead.add(u.name() + " (" + u.reason() + ")");
            diagnostics.add(Diagnostic.warning("ExportParameterNotDecoded",
                    "scan '" + name + "': parameter " + u.name() + " not read: " + u.reason(), "",
                    at.withPath(dataPath + "/byte[" + u.offset() + "]")));
        }
        String technique = "";
        Map<String, String> geometry = PhilipsGeometryLabels.of(decoded.parameters());
        Map<String, String> reductionAxes = PhilipsGeometryLabels.reductionAxes(decoded.parameters());
        Map<String, PhilipsParameterBlock.Parameter> byName = new HashMap<>();
        decoded.parameters().forEach(p -> byName.putIfAbsent(p.name(), p));
        Map<String, Typed> typedAfter = new HashMap<>();
        for (Typed t : TYPED) {
            PhilipsParameterBlock.Parameter choice = byName.get(t.choice());
            PhilipsParameterBlock.Parameter typed = byName.get(t.key());
            if (choice != null && typed != null && typed.elements().size() == 1
                    && choice.elements().size() == 1 && choice.elements().get(0).equals(t.trigger())) {
                typedAfter.put(t.choice(), t);
            }
        }
        java.util.Set<String> typedKeys = new java.util.HashSet<>();
        typedAfter.values().forEach(t -> typedKeys.add(t.key()));
        boolean multiEcho = Optional.ofNullable(byName.get("EX_ACQ_echoes"))
                .map(p -> !p.elements().isEmpty() && !p.elements().get(0).equals("1")).orElse(false);
        for (PhilipsParameterBlock.Parameter p : decoded.parameters()) {
            if (p.name().endsWith("_seperator") || typedKeys.contains(p.name())) {
                continue; // section markers of the block, not parameters; typed numbers follow their choice
            }
            SourceLocation where = at.withPath(dataPath + "/byte[" + p.offset() + "]");
            String key = p.elements().size() > 1 && p.name().contains("_stacks_") ? p.name() + "[0]" : p.name();
            if (geometry.containsKey(key)) {
                values.add(new ConsoleValue(key, geometry.get(key), p.elements().get(0), "mm", where));
            } else if (p.elements().size() == 1) {
                values.add(value(p.name(), p, p.elements().get(0), where));
            } else if (p.name().contains("_stacks_") && !p.elements().isEmpty()) {
                values.add(value(key, p, p.elements().get(0), where));
            } else {
                // whole arrays (diffusion tables, coil lists), elements joined as the printout joins pairs
                values.add(value(p.name(), p, String.join(" / ", p.elements()), where));
            }
            if (p.name().equals("EX_ACQ_imaging_sequence")) {
                technique = p.elements().get(0);
            }
            if (multiEcho && p.name().equals("EX_ACQ_first_echo_time_enum")) {
                // a multi-echo FFE prints its first echo "TE first" (GRE-ME, 3 echoes, spine_generic_philips_R53.pdf)
                ConsoleValue te = values.remove(values.size() - 1);
                values.add(new ConsoleValue(te.key(), "TE first", te.value(), te.unit(), te.location()));
            }
            if (reductionAxes.containsKey(p.name())) {
                // the SENSE factors are labelled with their axis: "P reduction (AP) 2", "S reduction (RL) 1.5" (T2w)
                ConsoleValue factor = values.remove(values.size() - 1);
                values.add(new ConsoleValue(factor.key(), factor.label() + " (" + reductionAxes.get(p.name()) + ")",
                        factor.value(), factor.unit(), factor.location()));
            }
            Typed typed = typedAfter.get(p.name());
            if (typed != null) {
                PhilipsParameterBlock.Parameter number = byName.get(typed.key());
                values.add(new ConsoleValue(typed.key(), typed.label(), number.elements().get(0), "",
                        at.withPath(dataPath + "/byte[" + number.offset() + "]")));
            }
        }
        if (values.stream().filter(v -> v.label().equals("TR")).count() > 1) {
            // a TR in heart beats was seen only on a scan without a TR choice (DWI): beside one, it is not the printed TR
            values.replaceAll(v -> v.key().equals(TR_BEATS) ? new ConsoleValue(v.key(), "", v.value(), "", v.location()) : v);
        }
        UnlabelledKeys.note(name, values, at, diagnostics);
        return new ConsoleProgram(name, technique, values, notRead, at);
    }

    /**
     * The value in the printout's words: the key's own word for a code ({@code philips-examcard.tsv}), else for
     * an enumeration the word seen printed for that symbol ({@code philips-words.tsv}: YES is "yes"), else as read.
     */
    private static ConsoleValue value(String key, PhilipsParameterBlock.Parameter p, String raw, SourceLocation where) {
        Optional<LabelTable.Label> label = LABELS.get(key);
        String word = label.map(l -> l.codes().get(raw)).orElse(null);
        if (word == null) {
            word = p.type() == PhilipsParameterBlock.ENUMERATION ? WORDS.getOrDefault(raw, raw) : raw;
        }
        String printed = word;
        return label.map(l -> new ConsoleValue(key, l.label(), printed, l.unit(), where))
                .orElseGet(() -> new ConsoleValue(key, "", printed, "", where));
    }

    private static Map<String, Element> index(Document doc) {
        Map<String, Element> byId = new HashMap<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String id = e.getAttribute("id");
            if (!id.isEmpty()) {
                byId.put(id, e);
            }
        }
        return byId;
    }

    private static Optional<Element> referenced(Element parent, String childName, Map<String, Element> byId) {
        return child(parent, childName)
                .map(c -> c.getAttribute("href"))
                .filter(h -> h.startsWith("#"))
                .map(h -> byId.get(h.substring(1)));
    }

    private static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
