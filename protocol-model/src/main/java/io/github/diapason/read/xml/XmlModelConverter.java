package io.github.diapason.read.xml;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.model.Coil;
import io.github.diapason.model.CoilRequirement;
import io.github.diapason.model.Contact;
import io.github.diapason.model.ContrastAgent;
import io.github.diapason.model.Deidentification;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.Equipment;
import io.github.diapason.model.Exam;
import io.github.diapason.model.Exclusion;
import io.github.diapason.model.FunctionalRun;
import io.github.diapason.model.GradientVector;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.Orientation;
import io.github.diapason.model.ProtocolOverride;
import io.github.diapason.model.OverrideSelector;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.PlannedUpgrade;
import io.github.diapason.model.Positioning;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Quantity;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.SequencePatch;
import io.github.diapason.model.Shell;
import io.github.diapason.model.Site;
import io.github.diapason.model.StudyInfo;
import io.github.diapason.model.Technique;
import io.github.diapason.model.Tolerance;
import io.github.diapason.model.Transfer;
import io.github.diapason.read.xml.XmlBinding.ContactXml;
import io.github.diapason.read.xml.XmlBinding.LanguageTextXml;
import io.github.diapason.read.xml.XmlBinding.OverrideXml;
import io.github.diapason.read.xml.XmlBinding.ParameterXml;
import io.github.diapason.read.xml.XmlBinding.ProtocolXml;
import io.github.diapason.read.xml.XmlBinding.QuantityXml;
import io.github.diapason.read.xml.XmlBinding.SequenceXml;
import io.github.diapason.read.xml.XmlBinding.SiteXml;
import io.github.diapason.read.xml.XmlBinding.TextXml;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Binding objects → model records, for a document the XSD has accepted. Walking the tree, it
 * pairs each model JSON pointer with the XPath of the element it came from, so the source map
 * answers the pointers the validators use. The few constraints XSD 1.0 cannot state (a
 * localised text is either plain or per language, never empty; a selector names at least one
 * criterion) are checked here and reported like schema errors.
 */
final class XmlModelConverter {

    /** A place in both shapes: the model's JSON pointer and the document's XPath. */
    private record Node(String pointer, String xpath) {
        Node field(String name) {
            return new Node(pointer + "/" + name, xpath + "/" + name);
        }

        Node item(String list, String element, int index) {
            return new Node(pointer + "/" + list + "/" + index,
                    xpath + "/" + list + "/" + XmlPaths.indexed(element, index + 1));
        }

        Node keyed(String map, String element, String attribute, String key) {
            return new Node(pointer + "/" + map + "/" + escape(key),
                    xpath + "/" + map + "/" + XmlPaths.keyed(element, attribute, key));
        }
    }

    private final String file;
    private final Map<String, int[]> positions;
    private final Map<String, SourceLocation> located = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    XmlModelConverter(String file, Map<String, int[]> positions) {
        this.file = file;
        this.positions = positions;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    XmlSourceMap sourceMap() {
        return new XmlSourceMap(file, located);
    }

    Protocol protocol(ProtocolXml p) {
        Node root = at(new Node("", "/protocol"));
        Node study = at(root.field("study"));
        var s = p.study;
        StudyInfo info = new StudyInfo(s.id, text(s.title, study.field("title")), s.version, s.date,
                text(s.objective, study.field("objective")), plain(s.sponsor, study.field("sponsor")),
                plain(s.coordinatingCentre, study.field("coordinatingCentre")),
                list(s.contacts, study, "contacts", "contact", this::contact),
                list(s.languages, study, "languages", "language", this::plain));
        return new Protocol(info, exam(p.exam, at(root.field("exam"))),
                list(p.overrides, root, "overrides", "override", this::override),
                deidentification(p.deidentification, root.field("deidentification")),
                transfer(p.transfer, root.field("transfer")));
    }

    Site site(SiteXml s) {
        Node root = at(new Node("", "/site"));
        return new Site(s.id, plain(s.name, root.field("name")), s.language,
                list(s.contacts, root, "contacts", "contact", this::contact),
                list(s.scanners, root, "scanners", "scanner", (x, n) -> new ScannerPeriod(x.vendor, x.model,
                        x.fieldStrength, x.softwareVersion, x.deviceSerialNumber, date(x.validFrom),
                        date(x.validTo))),
                list(s.coils, root, "coils", "coil", (x, n) -> new Coil(x.name, x.channels)),
                list(s.licensedOptions, root, "licensedOptions", "option", this::plain),
                list(s.phantoms, root, "phantoms", "phantom", this::plain),
                list(s.plannedUpgrades, root, "plannedUpgrades", "plannedUpgrade",
                        (x, n) -> new PlannedUpgrade(date(x.date), text(x.description, n.field("description")))),
                s.referenceSite,
                list(s.excludedSequences, root, "excludedSequences", "excludedSequence",
                        (x, n) -> new Exclusion(x.sequence, text(x.reason, n.field("reason")))));
    }

    private Exam exam(XmlBinding.ExamXml e, Node n) {
        Positioning positioning = null;
        if (e.positioning != null) {
            Node p = at(n.field("positioning"));
            positioning = new Positioning(e.positioning.patientPosition,
                    text(e.positioning.instructions, p.field("instructions")));
        }
        return new Exam(quantity(e.maximumDuration, n.field("maximumDuration")), positioning,
                text(e.participantInstructions, n.field("participantInstructions")),
                text(e.agitatedParticipant, n.field("agitatedParticipant")),
                equipment(e.equipment, n.field("equipment")),
                list(e.externalReferences, n, "externalReferences", "reference", this::text),
                list(e.sequences, n, "sequences", "sequence", this::sequence));
    }

    private Equipment equipment(XmlBinding.EquipmentXml e, Node n) {
        if (e == null) {
            return null;
        }
        at(n);
        CoilRequirement coil = null;
        if (e.coil != null) {
            Node c = at(n.field("coil"));
            coil = new CoilRequirement(text(e.coil.description, c.field("description")), e.coil.minimumChannels);
        }
        ContrastAgent agent = null;
        if (e.contrastAgent != null) {
            Node c = at(n.field("contrastAgent"));
            agent = new ContrastAgent(e.contrastAgent.name, text(e.contrastAgent.dose, c.field("dose")),
                    text(e.contrastAgent.administration, c.field("administration")));
        }
        return new Equipment(coil, agent, list(e.sensors, n, "sensors", "sensor", this::text),
                list(e.other, n, "other", "item", this::text));
    }

    private Sequence sequence(SequenceXml s, Node n) {
        DiffusionScheme diffusion = null;
        if (s.diffusion != null) {
            Node d = at(n.field("diffusion"));
            diffusion = new DiffusionScheme(
                    list(s.diffusion.shells, d, "shells", "shell",
                            (x, i) -> new Shell(x.bValue, x.directions, x.reversedPhase)),
                    list(s.diffusion.vectors, d, "vectors", "vector",
                            (x, i) -> new GradientVector(x.x, x.y, x.z, x.bValue)));
        }
        FunctionalRun functional = null;
        if (s.functional != null) {
            at(n.field("functional"));
            functional = new FunctionalRun(s.functional.task, s.functional.volumes, s.functional.dummyVolumes);
        }
        return new Sequence(s.id, text(s.name, n.field("name")), Technique.byId(s.technique).orElse(null),
                s.mandatory, s.repeatIfNonConformant,
                s.orientation == null ? null : Orientation.byId(s.orientation).orElse(null),
                text(s.coverage, n.field("coverage")), text(s.landmark, n.field("landmark")), s.seriesName,
                parameters(s.parameters, n), diffusion, functional,
                list(s.requiredOptions, n, "requiredOptions", "option", this::plain),
                list(s.reconstructions, n, "reconstructions", "reconstruction", this::text),
                list(s.checksBeforeStart, n, "checksBeforeStart", "check", this::text),
                list(s.allowedAdaptations, n, "allowedAdaptations", "adaptation", this::text),
                quantity(s.estimatedDuration, n.field("estimatedDuration")));
    }

    private Map<ParameterName, ParameterSpec> parameters(List<ParameterXml> parameters, Node owner) {
        if (parameters == null) {
            return null;
        }
        at(owner.field("parameters"));
        Map<ParameterName, ParameterSpec> out = new LinkedHashMap<>();
        for (ParameterXml p : parameters) {
            Node n = at(owner.keyed("parameters", "parameter", "name", p.name));
            Tolerance tolerance = p.tolerance == null ? null
                    : new Tolerance(p.tolerance.absolute, p.tolerance.percent);
            if (p.tolerance != null) {
                at(n.field("tolerance"));
            }
            ParameterName.byName(p.name).ifPresent(name -> out.put(name,
                    new ParameterSpec(p.value, p.values, p.min, p.max, p.unit, tolerance, p.code)));
        }
        return out;
    }

    private ProtocolOverride override(OverrideXml o, Node n) {
        Node when = at(n.field("when"));
        var w = o.when;
        OverrideSelector selector = new OverrideSelector(w.fieldStrength, w.vendor, w.model, w.softwareVersion,
                w.site);
        if (selector.isEmpty()) {
            error("<when> names no criterion, so the override would apply to every scanner",
                    "give at least one of fieldStrength, vendor, model, softwareVersion, site", when);
        }
        Map<String, SequencePatch> patches = new LinkedHashMap<>();
        if (o.sequences != null) {
            at(n.field("sequences"));
            for (var patch : o.sequences) {
                Node p = at(n.keyed("sequences", "sequence", "ref", patch.ref));
                patches.put(patch.ref, new SequencePatch(parameters(patch.parameters, p)));
            }
        }
        return new ProtocolOverride(o.id, text(o.reason, n.field("reason")), selector, patches);
    }

    private Deidentification deidentification(XmlBinding.DeidentificationXml d, Node n) {
        if (d == null) {
            return null;
        }
        at(n);
        return new Deidentification(d.profile, list(d.options, n, "options", "option", this::plain),
                d.pseudonymPattern, list(d.keep, n, "keep", "keyword", this::plain),
                text(d.procedure, n.field("procedure")));
    }

    private Transfer transfer(XmlBinding.TransferXml t, Node n) {
        if (t == null) {
            return null;
        }
        at(n);
        return new Transfer(t.method, plain(t.destination, n.field("destination")),
                text(t.instructions, n.field("instructions")));
    }

    private Contact contact(ContactXml c, Node n) {
        return new Contact(c.name, c.role, c.email, c.phone);
    }

    private Quantity quantity(QuantityXml q, Node n) {
        if (q == null) {
            return null;
        }
        at(n);
        return new Quantity(q.value, q.unit);
    }

    /** Plain content (white space collapsed) for every language, or one entry per {@code <text xml:lang>}. */
    private LocalizedText text(TextXml t, Node n) {
        if (t == null) {
            return null;
        }
        at(n);
        StringBuilder plain = new StringBuilder();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Object part : t.content) {
            if (part instanceof String s) {
                plain.append(s);
            } else if (part instanceof LanguageTextXml lt) {
                Node child = at(new Node(n.pointer() + "/" + escape(lt.lang),
                        n.xpath() + "/" + XmlPaths.keyed("text", "xml:lang", lt.lang)));
                if (texts.putIfAbsent(lt.lang, collapse(lt.value)) != null) {
                    error("the language '" + lt.lang + "' is given twice", "keep one <text xml:lang=\"" + lt.lang
                            + "\"> here", child);
                }
            }
        }
        String common = collapse(plain.toString());
        if (!texts.isEmpty() && !common.isEmpty()) {
            error("text written both directly and in <text xml:lang> children",
                    "write either one text for every language, or one <text xml:lang=\"…\"> per language", n);
        }
        if (texts.isEmpty()) {
            if (common.isEmpty()) {
                error("empty text", "write the text, or one <text xml:lang=\"…\"> per language", n);
                return null;
            }
            return LocalizedText.of(common);
        }
        return new LocalizedText(texts);
    }

    private String plain(String s, Node n) {
        if (s == null) {
            return null;
        }
        at(n);
        return collapse(s);
    }

    private <X, T> List<T> list(List<X> items, Node owner, String list, String element,
                                BiFunction<X, Node, T> convert) {
        if (items == null) {
            return null;
        }
        at(owner.field(list));
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(convert.apply(items.get(i), at(owner.item(list, element, i))));
        }
        return out;
    }

    private Node at(Node n) {
        int[] pos = positions.get(n.xpath());
        if (pos != null) {
            located.putIfAbsent(n.pointer(), new SourceLocation(file, pos[0], pos[1], n.xpath()));
        }
        return n;
    }

    private void error(String message, String hint, Node n) {
        diagnostics.add(Diagnostic.error(SchemaMessages.CODE, message, hint, locate(n)));
    }

    private SourceLocation locate(Node n) {
        int[] pos = positions.get(n.xpath());
        return pos == null ? new SourceLocation(file, 0, 0, n.xpath())
                : new SourceLocation(file, pos[0], pos[1], n.xpath());
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static String collapse(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
