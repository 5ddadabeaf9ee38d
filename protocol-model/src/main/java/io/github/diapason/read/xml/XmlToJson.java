package io.github.diapason.read.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.read.xml.XsdShapes.Kind;
import io.github.diapason.read.xml.XsdShapes.Shape;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.validation.TypeInfoProvider;
import org.w3c.dom.TypeInfo;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds, from a document as the XSD validator passes it on, the JSON tree the JSON reader would
 * read, so that both formats bind through the same Jackson mapper into the same records. Each
 * element's place in that tree comes from {@link XsdShapes}; each value's JSON type from the
 * validator's type information. Every element's JSON pointer is mapped to its line, column and
 * XPath, so diagnostics on the model land on the element.
 *
 * <p>Jackson's own XML module was not used: it cannot tell a one-item list from a single child,
 * nor an attribute from an element, without the schema, and its tree keeps no locations.
 *
 * <p>Conventions, the same for every record (the XSD comments state them for authors):
 * <table>
 *   <caption>XML → JSON</caption>
 *   <tr><th>XSD</th><th>JSON</th></tr>
 *   <tr><td>attributes (no namespace) and child elements</td><td>an object, each under its name</td></tr>
 *   <tr><td>a wrapper holding one repeated element</td><td>an array of the items</td></tr>
 *   <tr><td>such a wrapper with an {@code xs:unique} on an item attribute</td>
 *       <td>an object keyed by that attribute, left out of the item</td></tr>
 *   <tr><td>a mixed type</td><td>a localised text: the content (white space collapsed) as a string,
 *       or an object of its children keyed by {@code xml:lang}; never both, never empty</td></tr>
 *   <tr><td>simple type derived from xs:boolean / xs:integer / xs:double, xs:float or xs:decimal,
 *       xs:list</td><td>boolean / number that fits a Java int / finite number, array</td></tr>
 *   <tr><td>any other simple type</td><td>string (element content with white space collapsed)</td></tr>
 *   <tr><td>a type in {@link #AT_LEAST_ONE_ATTRIBUTE}</td><td>refused without any attribute</td></tr>
 * </table>
 * The localised-text rules, the int range and {@link #AT_LEAST_ONE_ATTRIBUTE} are the constraints
 * XSD 1.0 cannot state; the JSON Schema states each of them for JSON.
 */
final class XmlToJson extends DefaultHandler {

    static final String NUMBER_OUT_OF_RANGE = "XmlNumberOutOfRange";
    /** The localised text's language attribute: its children are keyed by it. */
    private static final String LANG = "lang";
    /**
     * Types that mean nothing without one of their optional attributes (JSON Schema: minProperties 1),
     * with what an empty one would do. XSD 1.0 has no way to require "at least one attribute".
     */
    private static final Map<String, String> AT_LEAST_ONE_ATTRIBUTE = Map.of(
            "When", "names no criterion, so the override would apply to every scanner");
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One open element: where it is in both shapes, and the JSON it is building. */
    static final class Frame {
        final Frame parent;
        final String name;
        final Shape shape;
        final String xpath;
        /** Its JSON pointer, null when it has no place in the JSON tree (unknown to the schema). */
        final String pointer;
        final int[] at;
        /** MAP items: the key attribute's value; TEXT children: the language. */
        final String key;
        final Map<String, Integer> childCounts = new HashMap<>();
        JsonNode node;
        final StringBuilder text = new StringBuilder();

        Frame(Frame parent, String name, Shape shape, String xpath, String pointer, int[] at, String key) {
            this.parent = parent;
            this.name = name;
            this.shape = shape;
            this.xpath = xpath;
            this.pointer = pointer;
            this.at = at;
            this.key = key;
        }

        /** The child frame for an element met inside this one, at its 1-based position among namesakes. */
        Frame child(String uri, String localName, Attributes atts, int[] at) {
            int position = childCounts.merge(localName, 1, Integer::sum);
            Shape childShape = shape == null || !XsdShapes.NS.equals(uri) ? null : shape.child(localName);
            Kind kind = shape == null ? Kind.OBJECT : shape.kind();
            String keyName = kind == Kind.MAP ? shape.key() : kind == Kind.TEXT ? "xml:" + LANG : null;
            String childKey = kind == Kind.MAP ? atts.getValue("", shape.key())
                    : kind == Kind.TEXT ? atts.getValue(XMLConstants.XML_NS_URI, LANG) : null;
            boolean itemised = kind == Kind.LIST || kind == Kind.MAP || kind == Kind.TEXT;
            String step = childKey != null ? XmlPaths.keyed(localName, keyName, childKey)
                    : itemised ? XmlPaths.indexed(localName, position) : localName;
            String childPointer = pointer == null || childShape == null ? null : switch (kind) {
                case OBJECT -> pointer + "/" + escape(localName);
                case LIST -> pointer + "/" + (position - 1);
                case MAP, TEXT -> childKey == null ? null : pointer + "/" + escape(childKey);
                case VALUE -> null;
            };
            return new Frame(this, localName, childShape, xpath + "/" + step, childPointer, at, childKey);
        }
    }

    private final String file;
    private final TypeInfoProvider types;
    private final XmlParse.Tracker tracker;
    private final Map<String, SourceLocation> located = new HashMap<>();
    private final List<Diagnostic> numbers = new ArrayList<>();
    private final List<Diagnostic> checks = new ArrayList<>();
    private JsonNode result;

    XmlToJson(String file, TypeInfoProvider types, XmlParse.Tracker tracker) {
        this.file = file;
        this.types = types;
        this.tracker = tracker;
    }

    /** The document as JSON, null when its root is not one the schema declares. */
    JsonNode result() {
        return result;
    }

    XmlSourceMap sourceMap() {
        return new XmlSourceMap(file, located);
    }

    /** Numbers out of range: reported with the schema errors, as they are found in the same pass. */
    List<Diagnostic> numbers() {
        return numbers;
    }

    /** The constraints XSD 1.0 cannot state; meaningful only for a document the XSD accepted. */
    List<Diagnostic> checks() {
        return checks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        Frame f = tracker.current();
        if (f == null || f.pointer == null) {
            return;
        }
        located.putIfAbsent(f.pointer, locate(f, ""));
        switch (f.shape.kind()) {
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                String skip = f.parent != null && f.parent.shape != null && f.parent.shape.kind() == Kind.MAP
                        ? f.parent.shape.key() : null;
                for (int i = 0; i < atts.getLength(); i++) {
                    String name = atts.getLocalName(i);
                    if (atts.getURI(i).isEmpty() && !name.equals(skip)) {
                        JsonNode value = scalar(atts.getValue(i), attributeType(i), f, "/@" + name, name);
                        if (value != null) {
                            object.set(name, value);
                        }
                    }
                }
                f.node = object;
            }
            case LIST -> f.node = NODES.arrayNode();
            case MAP, TEXT -> f.node = NODES.objectNode();
            case VALUE -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        Frame f = tracker.current();
        if (f != null && f.pointer != null && (f.shape.kind() == Kind.VALUE || f.shape.kind() == Kind.TEXT)) {
            f.text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        Frame f = tracker.current();
        if (f == null || f.pointer == null || f.node == null && f.shape.kind() != Kind.VALUE) {
            return;
        }
        JsonNode value = switch (f.shape.kind()) {
            case VALUE -> scalar(collapse(f.text), elementType(), f, "", f.name);
            case TEXT -> text(f);
            case OBJECT -> {
                String consequence = f.shape.type() == null ? null : AT_LEAST_ONE_ATTRIBUTE.get(f.shape.type());
                if (consequence != null && f.node.isEmpty()) {
                    checks.add(Diagnostic.error(SchemaMessages.CODE, "<" + f.name + "> " + consequence,
                            "give at least one of " + String.join(", ", f.shape.attributes()), locate(f, "")));
                }
                yield f.node;
            }
            default -> f.node;
        };
        if (value == null) {
            return;
        }
        Frame parent = f.parent;
        if (parent == null || parent.shape == null) {
            result = value;
            return;
        }
        switch (parent.shape.kind()) {
            case OBJECT -> ((ObjectNode) parent.node).set(f.name, value);
            case LIST -> ((ArrayNode) parent.node).add(value);
            case MAP -> ((ObjectNode) parent.node).set(f.key, value);
            case TEXT -> {
                if (((ObjectNode) parent.node).has(f.key)) {
                    checks.add(Diagnostic.error(SchemaMessages.CODE, "the language '" + f.key + "' is given twice",
                            "keep one <" + f.name + " xml:lang=\"" + f.key + "\"> here", locate(f, "")));
                }
                ((ObjectNode) parent.node).set(f.key, value);
            }
            case VALUE -> { }
        }
    }

    /** Plain content for every language, or one entry per language child; never both, never empty. */
    private JsonNode text(Frame f) {
        String common = collapse(f.text);
        if (!f.node.isEmpty() && !common.isEmpty()) {
            checks.add(Diagnostic.error(SchemaMessages.CODE, "text written both directly and in <text xml:lang> children",
                    "write either one text for every language, or one <text xml:lang=\"…\"> per language",
                    locate(f, "")));
        }
        if (!f.node.isEmpty()) {
            return f.node;
        }
        if (common.isEmpty()) {
            checks.add(Diagnostic.error(SchemaMessages.CODE, "empty text",
                    "write the text, or one <text xml:lang=\"…\"> per language", locate(f, "")));
            return null;
        }
        return NODES.textNode(common);
    }

    /** A simple value as JSON, typed as the validator typed it; null (and a diagnostic) when out of range. */
    private JsonNode scalar(String lexical, TypeInfo type, Frame f, String path, String name) {
        if (type == null) {
            return NODES.textNode(lexical);
        }
        if (derived(type, "anySimpleType", TypeInfo.DERIVATION_LIST)) {
            ArrayNode items = NODES.arrayNode();
            for (String token : lexical.strip().split("\\s+")) {
                JsonNode item = atom(token, type, TypeInfo.DERIVATION_LIST, f, path, name);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            return items;
        }
        return atom(lexical, type, TypeInfo.DERIVATION_RESTRICTION, f, path, name);
    }

    private JsonNode atom(String lexical, TypeInfo type, int derivation, Frame f, String path, String name) {
        String token = lexical.strip();
        if (derived(type, "boolean", derivation)) {
            return NODES.booleanNode(token.equals("true") || token.equals("1"));
        }
        if (derived(type, "integer", derivation)) {
            try {
                BigInteger n = new BigInteger(token.startsWith("+") ? token.substring(1) : token);
                if (n.bitLength() < Integer.SIZE) {
                    return NODES.numberNode(n.intValue());
                }
            } catch (NumberFormatException e) {
                return NODES.textNode(token); // not a number: the schema has already said so
            }
            return outOfRange(token, f, path, name);
        }
        if (derived(type, "double", derivation) || derived(type, "float", derivation)
                || derived(type, "decimal", derivation)) {
            double d;
            try {
                d = switch (token) {
                    case "INF", "-INF", "NaN" -> Double.NaN;
                    default -> Double.parseDouble(token);
                };
            } catch (NumberFormatException e) {
                return NODES.textNode(token); // not a number: the schema has already said so
            }
            return Double.isFinite(d) ? NODES.numberNode(d) : outOfRange(token, f, path, name);
        }
        return NODES.textNode(lexical);
    }

    /** As in JSON: a number must be finite, and a whole number must fit the model's int. */
    private JsonNode outOfRange(String token, Frame f, String path, String name) {
        numbers.add(Diagnostic.error(NUMBER_OUT_OF_RANGE, "the number " + shorten(token) + " in '" + name
                        + "' is too large to be represented",
                "write the value in a unit where it is a realistic number", locate(f, path)));
        return null;
    }

    private static boolean derived(TypeInfo type, String builtin, int derivation) {
        return type.isDerivedFrom(XS, builtin, derivation);
    }

    private TypeInfo attributeType(int index) {
        try {
            return types.getAttributeTypeInfo(index);
        } catch (RuntimeException e) {
            return null; // an attribute the validator does not type: kept as a string
        }
    }

    private TypeInfo elementType() {
        try {
            return types.getElementTypeInfo();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private SourceLocation locate(Frame f, String path) {
        return new SourceLocation(file, f.at[0], f.at[1], f.xpath + path);
    }

    private static String shorten(String token) {
        return token.length() > 24 ? token.substring(0, 24) + "…" : token;
    }

    private static String collapse(CharSequence s) {
        return s.toString().strip().replaceAll("\\s+", " ");
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
