package io.github.diapason.read.xml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The JSON shape of every element an XSD declares, read off the schema itself, so that a field
 * added to the model records, the JSON Schema and the XSD needs no change in the XML reader.
 *
 * <p>Only the structure is read here: which element is an object, a list wrapper, a keyed map, a
 * localised text or a value. Whether a value is a number, a boolean or a string is asked of the
 * validator as it validates ({@link javax.xml.validation.TypeInfoProvider}), which knows the whole
 * derivation of XSD simple types. The schema is read with the JDK's DOM rather than a schema
 * library (Xerces' XSModel is internal to the JDK; Apache XmlSchema would be a new dependency for
 * the few constructs below): a construct outside that set fails when the schema is loaded, so a
 * schema change that the reader cannot follow breaks the build, never a user's file.
 */
final class XsdShapes {

    /** The one namespace of protocol and site documents (protocol.xsd and site.xsd). */
    static final String NS = "urn:diapason:protocol:1";
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** What an element becomes in the JSON tree (the conventions table is in {@link XmlToJson}). */
    enum Kind {
        /** Attributes and child elements, each under its own name. */
        OBJECT,
        /** A wrapper of one repeated element: an array of the items. */
        LIST,
        /** A list wrapper with an {@code xs:unique} on an attribute of its items: an object keyed by it. */
        MAP,
        /** Mixed content: a localised text. */
        TEXT,
        /** Simple content: a JSON scalar (or array, for an {@code xs:list} type). */
        VALUE
    }

    /**
     * One element declaration's shape.
     *
     * @param type the XSD type's name, null when anonymous
     * @param children OBJECT: the child elements by name; LIST, MAP, TEXT: the one item element
     * @param attributes the attributes declared on it, in schema order
     * @param key MAP only: the item attribute that keys the map
     */
    record Shape(Kind kind, String type, Map<String, Shape> children, List<String> attributes, String key) {
        Shape child(String name) {
            return children.get(name);
        }
    }

    private final Map<String, Shape> roots;
    private final Set<String> attributeNames;
    private final Set<String> requiredElements;

    private XsdShapes(Map<String, Shape> roots, Set<String> attributeNames, Set<String> requiredElements) {
        this.roots = roots;
        this.attributeNames = attributeNames;
        this.requiredElements = requiredElements;
    }

    /** The shape of a document element, null when the schema declares no such root. */
    Shape root(String namespace, String name) {
        return NS.equals(namespace) ? roots.get(name) : null;
    }

    /** Every attribute name the schema declares (for "did you mean …?"). */
    Set<String> attributeNames() {
        return attributeNames;
    }

    /** Every element name the schema declares without minOccurs="0". */
    Set<String> requiredElements() {
        return requiredElements;
    }

    static XsdShapes load(URL xsd) {
        Document doc;
        try (InputStream in = xsd.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read built-in schema " + xsd + ": " + e, e);
        }
        return new Reader(doc.getDocumentElement(), xsd.toString()).read();
    }

    /** One pass over a schema document; every unsupported construct is refused by name. */
    private static final class Reader {
        private final Element schema;
        private final String source;
        private final Map<String, Element> complexTypes = new HashMap<>();
        private final Set<String> simpleTypes = new TreeSet<>();
        private final Set<String> attributeNames = new TreeSet<>();
        private final Set<String> requiredElements = new TreeSet<>();
        private final Deque<String> building = new ArrayDeque<>();

        Reader(Element schema, String source) {
            this.schema = schema;
            this.source = source;
        }

        XsdShapes read() {
            List<Element> rootDeclarations = new ArrayList<>();
            for (Element e : children(schema)) {
                switch (e.getLocalName()) {
                    case "complexType" -> complexTypes.put(e.getAttribute("name"), e);
                    case "simpleType" -> simpleTypes.add(e.getAttribute("name"));
                    case "element" -> rootDeclarations.add(e);
                    case "import", "annotation" -> { }
                    default -> unsupported(e);
                }
            }
            Map<String, Shape> roots = new LinkedHashMap<>();
            for (Element e : rootDeclarations) {
                roots.put(e.getAttribute("name"), element(e));
            }
            collectNames(schema);
            return new XsdShapes(Map.copyOf(roots), Set.copyOf(attributeNames), Set.copyOf(requiredElements));
        }

        private void collectNames(Element e) {
            for (Element c : children(e)) {
                if (c.getLocalName().equals("attribute") && c.hasAttribute("name")) {
                    attributeNames.add(c.getAttribute("name"));
                } else if (c.getLocalName().equals("element") && !"0".equals(c.getAttribute("minOccurs"))) {
                    requiredElements.add(c.getAttribute("name"));
                }
                collectNames(c);
            }
        }

        private Shape element(Element declaration) {
            if (declaration.hasAttribute("ref")) {
                unsupported(declaration);
            }
            String type = declaration.getAttribute("type");
            if (!type.isEmpty()) {
                String local = type.substring(type.indexOf(':') + 1);
                String prefix = type.indexOf(':') < 0 ? null : type.substring(0, type.indexOf(':'));
                if (XS.equals(declaration.lookupNamespaceURI(prefix)) || simpleTypes.contains(local)) {
                    return value(local);
                }
                Element complex = complexTypes.get(local);
                if (complex == null) {
                    throw new IllegalStateException(source + ": type '" + type + "' of element '"
                            + declaration.getAttribute("name") + "' is not declared");
                }
                return complex(complex, local, declaration);
            }
            Element inline = child(declaration, "complexType");
            if (inline != null) {
                return complex(inline, null, declaration);
            }
            if (child(declaration, "simpleType") != null) {
                return value(null);
            }
            return unsupported(declaration);
        }

        private Shape complex(Element type, String name, Element declaration) {
            if (name != null && building.contains(name)) {
                throw new IllegalStateException(source + ": recursive type '" + name + "' is not supported");
            }
            if (name != null) {
                building.push(name);
            }
            try {
                List<String> attributes = new ArrayList<>();
                Element group = null;
                for (Element c : children(type)) {
                    switch (c.getLocalName()) {
                        case "annotation" -> { }
                        case "attribute" -> attributes.add(c.hasAttribute("name") ? c.getAttribute("name")
                                : c.getAttribute("ref"));
                        case "all", "sequence" -> group = c;
                        default -> unsupported(c);
                    }
                }
                List<Element> particles = group == null ? List.of() : children(group).stream()
                        .filter(p -> !p.getLocalName().equals("annotation")).toList();
                for (Element p : particles) {
                    if (!p.getLocalName().equals("element")) {
                        unsupported(p);
                    }
                }
                if ("true".equals(type.getAttribute("mixed"))) {
                    if (particles.size() != 1 || !repeated(particles.get(0))) {
                        throw new IllegalStateException(source + ": mixed type '" + name
                                + "' must hold one repeated element (a localised text's per-language children)");
                    }
                    String item = particles.get(0).getAttribute("name");
                    return new Shape(Kind.TEXT, name, Map.of(item, value(null)), List.copyOf(attributes), null);
                }
                boolean wrapper = group != null && group.getLocalName().equals("sequence") && particles.size() == 1
                        && repeated(particles.get(0)) && attributes.isEmpty();
                if (wrapper) {
                    Element item = particles.get(0);
                    Shape itemShape = element(item);
                    String key = uniqueKey(declaration, item.getAttribute("name"));
                    return new Shape(key == null ? Kind.LIST : Kind.MAP, name,
                            Map.of(item.getAttribute("name"), itemShape), List.copyOf(attributes), key);
                }
                Map<String, Shape> children = new LinkedHashMap<>();
                for (Element p : particles) {
                    if (repeated(p)) {
                        throw new IllegalStateException(source + ": repeated element '" + p.getAttribute("name")
                                + "' must be the only child of a plural wrapper element");
                    }
                    children.put(p.getAttribute("name"), element(p));
                }
                return new Shape(Kind.OBJECT, name, Map.copyOf(children), List.copyOf(attributes), null);
            } finally {
                if (name != null) {
                    building.pop();
                }
            }
        }

        /** The attribute an {@code xs:unique} on this wrapper declares its items unique by, if any. */
        private String uniqueKey(Element declaration, String item) {
            for (Element unique : children(declaration)) {
                if (!unique.getLocalName().equals("unique") && !unique.getLocalName().equals("key")) {
                    continue;
                }
                Element selector = child(unique, "selector");
                Element field = child(unique, "field");
                String selected = selector == null ? "" : selector.getAttribute("xpath");
                String fieldPath = field == null ? "" : field.getAttribute("xpath");
                if (selected.substring(selected.indexOf(':') + 1).equals(item) && fieldPath.startsWith("@")) {
                    return fieldPath.substring(1);
                }
            }
            return null;
        }

        private static boolean repeated(Element particle) {
            String max = particle.getAttribute("maxOccurs");
            return max.equals("unbounded") || !max.isEmpty() && Integer.parseInt(max) > 1;
        }

        private static Shape value(String type) {
            return new Shape(Kind.VALUE, type, Map.of(), List.of(), null);
        }

        private Shape unsupported(Element construct) {
            throw new IllegalStateException(source + ": the XML reader does not support <xs:" + construct.getLocalName()
                    + "> here (" + construct.getAttribute("name") + "); see XsdShapes");
        }

        private static Element child(Element parent, String localName) {
            return children(parent).stream().filter(c -> c.getLocalName().equals(localName)).findFirst().orElse(null);
        }

        private static List<Element> children(Element parent) {
            List<Element> out = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && XS.equals(e.getNamespaceURI())) {
                    out.add(e);
                }
            }
            return out;
        }
    }
}
