package io.github.diapason.read.xml;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
 * feeds a tracker that records where each element starts under its XPath, then the XSD
 * validator (every error collected, none fatal), then the JAXB unmarshaller. Nothing is
 * thrown to the caller: syntax, schema and binding problems all come back as diagnostics.
 */
final class XmlParse {

    static final String SYNTAX = "XML_SYNTAX";
    static final String DOCTYPE = "XML_DOCTYPE";
    static final String BINDING = "XML_BINDING";
    static final String TOO_DEEP = "XML_TOO_DEEP";
    static final String NUMBER_OUT_OF_RANGE = "XML_NUMBER_OUT_OF_RANGE";
    /** As for JSON: far beyond any protocol's depth; deeper input is refused as it is read. */
    static final int MAX_NESTING = 64;
    /** Attributes bound to an int: a larger value would wrap around or fail inside the binding. */
    private static final java.util.Set<String> INTEGER_ATTRIBUTES = java.util.Set.of("minimumChannels", "directions",
            "reversedPhase", "volumes", "dummyVolumes", "channels");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[+\\-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+\\-]?\\d+)?");
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** What the pass produced: the bound object when the document was valid, and where each element starts. */
    record Outcome(Optional<Object> bound, Map<String, int[]> positions, List<Diagnostic> diagnostics) {
    }

    private XmlParse() {
    }

    static Outcome run(String file, byte[] content, Schema schema, SchemaMessages messages, JAXBContext context) {
        SourceText text = SourceText.of(content);
        List<Diagnostic> fatal = new ArrayList<>();
        List<ValidationEvent> bindingEvents = new ArrayList<>();
        Tracker tracker = new Tracker(file, text, messages);
        UnmarshallerHandler unmarshaller;
        BindingGuard guard;
        try {
            Unmarshaller u = context.createUnmarshaller();
            u.setEventHandler(event -> bindingEvents.add(event));
            unmarshaller = u.getUnmarshallerHandler();
            ValidatorHandler validator = schema.newValidatorHandler();
            refuseExternal(validator);
            validator.setErrorHandler(tracker);
            guard = new BindingGuard(unmarshaller);
            validator.setContentHandler(guard);
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
            return new Outcome(Optional.empty(), Map.of(), fatal);
        } catch (SAXParseException e) {
            if (fatal.isEmpty()) {
                fatal.add(SyntaxErrors.toDiagnostic(file, text, e));
            }
            return new Outcome(Optional.empty(), tracker.positions, fatal);
        } catch (SAXException | IOException e) {
            if (fatal.isEmpty()) {
                fatal.add(Diagnostic.error(SYNTAX, "not a readable XML document: " + e.getMessage(),
                        "save the file as UTF-8 XML", SourceLocation.file(file)));
            }
            return new Outcome(Optional.empty(), tracker.positions, fatal);
        } catch (JAXBException | ParserConfigurationException e) {
            throw new IllegalStateException("XML reader misconfigured: " + e, e);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(fatal);
        diagnostics.addAll(messages.diagnostics());
        diagnostics.addAll(tracker.numbers);
        if (!diagnostics.isEmpty()) {
            return new Outcome(Optional.empty(), tracker.positions, diagnostics);
        }
        Object bound = null;
        if (guard.failure() != null) {
            SAXException failure = guard.failure();
            int[] pos = failure instanceof SAXParseException p ? text.tagStart(p.getLineNumber(), p.getColumnNumber())
                    : new int[] {1, 1};
            diagnostics.add(Diagnostic.error(BINDING, String.valueOf(failure.getMessage()),
                    "check the element at this place against the schema", new SourceLocation(file, pos[0], pos[1], "")));
        } else {
            try {
                bound = unmarshaller.getResult();
            } catch (JAXBException | IllegalStateException e) {
                bound = null;
            }
        }
        for (ValidationEvent event : bindingEvents) {
            ValidationEventLocator at = event.getLocator();
            int[] pos = at == null ? new int[] {0, 0} : text.tagStart(at.getLineNumber(), at.getColumnNumber());
            diagnostics.add(Diagnostic.error(BINDING, String.valueOf(event.getMessage()),
                    "correct the value at this place", new SourceLocation(file, pos[0], pos[1], "")));
        }
        if (bound == null && diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.error(BINDING, "the document could not be bound to the model",
                    "check the root element", new SourceLocation(file, 1, 1, "")));
        }
        return new Outcome(diagnostics.isEmpty() ? Optional.of(bound) : Optional.empty(), tracker.positions,
                diagnostics);
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
     * Forwards every event to the validator, keeping the element stack to name each element by
     * its XPath, record where it starts, and locate the validator's errors.
     */
    private static final class Tracker implements ContentHandler, ErrorHandler {

        private record Frame(String name, String xpath, Map<String, Integer> childCounts) {
        }

        final Map<String, int[]> positions = new HashMap<>();
        final List<Diagnostic> numbers = new ArrayList<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final String file;
        private final SourceText text;
        private final SchemaMessages messages;
        private Locator locator;
        ContentHandler next;

        Tracker(String file, SourceText text, SchemaMessages messages) {
            this.file = file;
            this.text = text;
            this.messages = messages;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            next.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            stack.push(new Frame("", "", new HashMap<>()));
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
            if (stack.size() > MAX_NESTING) {
                int[] at = locator == null ? new int[] {1, 1}
                        : text.tagStart(locator.getLineNumber(), locator.getColumnNumber());
                throw new TooDeep(at, locator);
            }
            Frame parent = stack.peek();
            int position = parent.childCounts().merge(localName, 1, Integer::sum);
            String keyAttribute = XmlPaths.keyAttribute(parent.name(), localName);
            String key = keyAttribute == null ? null
                    : "xml:lang".equals(keyAttribute) ? atts.getValue(XMLConstants.XML_NS_URI, "lang")
                    : atts.getValue("", keyAttribute);
            String xpath = parent.xpath() + "/" + XmlPaths.step(parent.name(), localName, key, position);
            if (locator != null) {
                positions.putIfAbsent(xpath, text.tagStart(locator.getLineNumber(), locator.getColumnNumber()));
            }
            stack.push(new Frame(localName, xpath, new HashMap<>()));
            checkNumbers(atts, xpath);
            next.startElement(uri, localName, qName, atts);
        }

        /**
         * xs:double takes 1e309 as infinity, which JSON refuses: every number must be finite, and
         * one bound to an int must fit one.
         */
        private void checkNumbers(Attributes atts, String xpath) {
            for (int i = 0; i < atts.getLength(); i++) {
                String name = atts.getLocalName(i);
                for (String token : atts.getValue(i).strip().split("\\s+")) {
                    if (!NUMBER.matcher(token).matches()) {
                        continue;
                    }
                    boolean outOfRange = !Double.isFinite(Double.parseDouble(token))
                            || INTEGER_ATTRIBUTES.contains(name) && Math.abs(Double.parseDouble(token)) > Integer.MAX_VALUE;
                    if (outOfRange) {
                        int[] at = locator == null ? new int[] {1, 1}
                                : text.tagStart(locator.getLineNumber(), locator.getColumnNumber());
                        numbers.add(Diagnostic.error(NUMBER_OUT_OF_RANGE, "the number " + shorten(token) + " in '"
                                        + name + "' is too large to be represented",
                                "write the value in a unit where it is a realistic number",
                                new SourceLocation(file, at[0], at[1], xpath + "/@" + name)));
                        break;
                    }
                }
            }
        }

        private static String shorten(String token) {
            return token.length() > 24 ? token.substring(0, 24) + "…" : token;
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
            stack.pop();
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
            String xpath = stack.isEmpty() || stack.peek().xpath().isEmpty() ? "/" : stack.peek().xpath();
            messages.add(e.getMessage(), new SourceLocation(file, at[0], at[1], xpath));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
