package io.github.diapason.read.xml;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Sits in front of the JAXB unmarshaller: the unmarshaller throws on content it cannot bind
 * (an unknown root element, say), which would stop the parse and hide the schema errors that
 * explain it. The guard keeps the first such failure, stops forwarding, and lets the parse and
 * the validation run to the end.
 */
final class BindingGuard implements ContentHandler {

    private interface Event {
        void send() throws SAXException;
    }

    private final ContentHandler next;
    private SAXException failure;

    BindingGuard(ContentHandler next) {
        this.next = next;
    }

    /** The unmarshaller's first failure, if it had one. */
    SAXException failure() {
        return failure;
    }

    private void guard(Event event) {
        if (failure != null) {
            return;
        }
        try {
            event.send();
        } catch (SAXException e) {
            failure = e;
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() {
        guard(next::startDocument);
    }

    @Override
    public void endDocument() {
        guard(next::endDocument);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        guard(() -> next.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) {
        guard(() -> next.endPrefixMapping(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        guard(() -> next.startElement(uri, localName, qName, atts));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        guard(() -> next.endElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        guard(() -> next.characters(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        guard(() -> next.ignorableWhitespace(ch, start, length));
    }

    @Override
    public void processingInstruction(String target, String data) {
        guard(() -> next.processingInstruction(target, data));
    }

    @Override
    public void skippedEntity(String name) {
        guard(() -> next.skippedEntity(name));
    }
}
