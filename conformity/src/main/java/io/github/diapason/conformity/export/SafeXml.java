package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * DOM parsing for console exports that refuses DOCTYPE declarations (hence external entities
 * and entity expansion) and reports a malformed document as a diagnostic with line and column.
 */
final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    static Optional<Document> parse(byte[] xml, String file, String path, List<Diagnostic> diagnostics) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            InputSource source = new InputSource(new ByteArrayInputStream(xml));
            source.setSystemId(file);
            return Optional.of(builder.parse(source));
        } catch (SAXParseException e) {
            diagnostics.add(Diagnostic.error("ExportMalformedXml", "malformed XML: " + e.getMessage(),
                    "export the file again from the console; it may have been truncated in transfer",
                    new SourceLocation(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), path)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            diagnostics.add(Diagnostic.error("ExportMalformedXml", "unreadable XML: " + e.getMessage(),
                    "export the file again from the console", SourceLocation.file(file).withPath(path)));
        }
        return Optional.empty();
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(DISALLOW_DOCTYPE, true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return f;
    }

    /** Errors become the diagnostic above (fatal) or are ignored (recoverable): nothing on stderr. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };
}
