package io.github.diapason.read.xml;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * One pass over an XML document: a hardened SAX parser (no DOCTYPE, no entities, no XInclude)
 * feeds a tracker that names each element by its XPath and JSON pointer and records where it
 * starts, then the XSD validator (every error collected, none fatal), then {@link XmlToJson},
 * which builds the JSON tree from the validated events. Nothing is thrown to the caller: syntax
 * and schema problems come back as diagnostics.
 */
final class XmlParse {

    static final String SYNTAX = "XmlSyntax";
    static final String DOCTYPE = "XmlDoctype";
    static final String TOO_DEEP = "XmlTooDeep";
    /** As for JSON: far beyond any protocol's depth; deeper input is refused as it is read. */
    static final int MAX_NESTING = 64;
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** What the pass produced: the JSON tree when the document was valid, and where each pointer came from. */
    record Outcome(Optional<JsonNode> tree, XmlSourceMap sources, List<Diagnostic> diagnostics) {
    }

    private XmlParse() {
    }

    static Outcome run(String file, byte[] content, Schema schema, XsdShapes shapes, SchemaMessages messages) {
        SourceText text = SourceText.of(content);
        List<Diagnostic> fatal = new ArrayList<>();
        Tracker tracker = new Tracker(file, text, messages, shapes);
        XmlToJson json;
        try {
            ValidatorHandler validator = schema.newValidatorHandler();
            refuseExternal(validator);
            validator.setErrorHandler(tracker);
            json = new XmlToJson(file, validator.getTypeInfoProvider(), tracker);
            validator.setContentHandler(json);
            tracker.next = validator;
            XMLReader reader = hardenedReader();
            reader.setContentHandler(tracker);
            reader.setErrorHandler(new SyntaxErrors(file, text, fatal));
            // Never consulted with DOCTYPE refused; a second lock should that feature ever be ignored.
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (TooDeep e) {
            fatal.add(Diagnostic.error(TOO_DEEP, "the document is nested more than " + MAX_NESTING + " levels deep",
                    "protocol files are never nested this deep: check the file is the one you meant",
                    new SourceLocation(file, e.at[0], e.at[1], "")));
            return failed(file, fatal);
        } catch (SAXParseException e) {
            if (fatal.isEmpty()) {
                fatal.add(SyntaxErrors.toDiagnostic(file, text, e));
            }
            return failed(file, fatal);
        } catch (SAXException | IOException e) {
            if (fatal.isEmpty()) {
                fatal.add(Diagnostic.error(SYNTAX, "not a readable XML document: " + e.getMessage(),
                        "save the file as UTF-8 XML", SourceLocation.file(file)));
            }
            return failed(file, fatal);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML reader misconfigured: " + e, e);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(fatal);
        diagnostics.addAll(messages.diagnostics());
        diagnostics.addAll(json.numbers());
        if (diagnostics.isEmpty()) {
            diagnostics.addAll(json.checks());
        }
        if (diagnostics.isEmpty() && json.result() == null) {
            diagnostics.add(Diagnostic.error(SchemaMessages.CODE, "the document holds nothing to read",
                    "check the root element", new SourceLocation(file, 1, 1, "")));
        }
        return new Outcome(diagnostics.isEmpty() ? Optional.of(json.result()) : Optional.empty(), json.sourceMap(),
                diagnostics);
    }

    private static Outcome failed(String file, List<Diagnostic> diagnostics) {
        return new Outcome(Optional.empty(), new XmlSourceMap(file, Map.of()), diagnostics);
    }

    private static XMLReader hardenedReader() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        setIfSupported(reader, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(reader, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return reader;
    }

    private static void refuseExternal(ValidatorHandler validator) {
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // An implementation without these properties: the schema is already compiled and DOCTYPE refused.
        }
    }

    private static void setIfSupported(XMLReader reader, String property, String value) {
        try {
            reader.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // Not every parser knows JAXP 1.5 properties; DOCTYPE is refused anyway.
        }
    }

    /** Well-formedness errors and the refused DOCTYPE: fatal, the first one stops the pass. */
    private record SyntaxErrors(String file, SourceText text, List<Diagnostic> fatal) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            fatalError(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            fatal.add(toDiagnostic(file, text, e));
            throw e;
        }

        static Diagnostic toDiagnostic(String file, SourceText text, SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains(DISALLOW_DOCTYPE) || message.contains("DOCTYPE")) {
                int[] at = text.tagStart(e.getLineNumber(), e.getColumnNumber());
                return Diagnostic.error(DOCTYPE, "DOCTYPE declarations are not accepted",
                        "remove the <!DOCTYPE …> and any entity declarations: protocol and site files take no DTD "
                                + "(the XSD shipped as schema/*.xsd describes them)",
                        new SourceLocation(file, at[0], at[1], ""));
            }
            return Diagnostic.error(SYNTAX, message,
                    "fix the XML syntax here (an unclosed or mismatched tag, or an unescaped & or <, is the usual cause)",
                    new SourceLocation(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), ""));
        }
    }

    /** Thrown by the tracker at the element that opens level {@link #MAX_NESTING} + 1. */
    private static final class TooDeep extends SAXParseException {
        private final transient int[] at;

        TooDeep(int[] at, Locator locator) {
            super("nested too deep", locator);
            this.at = at;
        }
    }

    /**
     * Forwards every event to the validator, keeping the stack of open elements: each named by its
     * XPath and JSON pointer ({@link XmlToJson.Frame}), with where it starts, to locate the
     * validator's errors and the converter's nodes.
     */
    static final class Tracker implements ContentHandler, ErrorHandler {

        private final String file;
        private final SourceText text;
        private final SchemaMessages messages;
        private final XsdShapes shapes;
        private final XmlToJson.Frame document;
        private XmlToJson.Frame current;
        private int depth;
        private Locator locator;
        ContentHandler next;

        Tracker(String file, SourceText text, SchemaMessages messages, XsdShapes shapes) {
            this.file = file;
            this.text = text;
            this.messages = messages;
            this.shapes = shapes;
            this.document = new XmlToJson.Frame(null, "", null, "", null, new int[] {1, 1}, null);
            this.current = document;
        }

        /** The innermost open element, null outside the root. */
        XmlToJson.Frame current() {
            return current == document ? null : current;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            next.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            next.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            next.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            next.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            next.endPrefixMapping(prefix);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            int[] at = locator == null ? new int[] {1, 1}
                    : text.tagStart(locator.getLineNumber(), locator.getColumnNumber());
            if (depth >= MAX_NESTING) {
                throw new TooDeep(at, locator);
            }
            depth++;
            if (current == document) {
                XsdShapes.Shape root = shapes.root(uri, localName);
                current = new XmlToJson.Frame(document, localName, root, "/" + localName, root == null ? null : "",
                        at, null);
                document.childCounts.merge(localName, 1, Integer::sum);
            } else {
                current = current.child(uri, localName, atts, at);
            }
            next.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
            current = current.parent;
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            next.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            next.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            next.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            next.skippedEntity(name);
        }

        // Validator errors: collected, never fatal, so one run reports them all.

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            int[] at = text.tagStart(e.getLineNumber(), e.getColumnNumber());
            String xpath = current == document ? "/" : current.xpath;
            messages.add(e.getMessage(), new SourceLocation(file, at[0], at[1], xpath));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
