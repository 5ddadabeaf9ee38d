package io.github.diapason.read.xml;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import io.github.diapason.read.FormatReader;
import io.github.diapason.read.InputFiles;
import io.github.diapason.read.Located;
import io.github.diapason.read.json.JsonFormatReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Reads protocol and site files written in XML: a hardened parse (DOCTYPE, entities and
 * XInclude refused), validation against the shipped XSD with every error collected and
 * located, then conversion, driven by the XSD, to the JSON tree the JSON reader would read,
 * bound by the JSON reader's own mapper into the same model records. The source map answers
 * the same JSON pointers as the JSON reader's, with the element's XPath as the path.
 */
public final class XmlFormatReader implements FormatReader {

    static final String BINDING = "XmlBinding";

    private final JsonFormatReader json = new JsonFormatReader();
    private final Kind protocol;
    private final Kind site;

    /** One schema, compiled for validation and read for its shapes. */
    record Kind(String resource, Schema schema, XsdShapes shapes) {
    }

    public XmlFormatReader() {
        this.protocol = load("schema/protocol.xsd");
        this.site = load("schema/site.xsd");
    }

    @Override
    public Validated<Located<Protocol>> readProtocol(Path file) {
        return read(file, protocol, Protocol.class);
    }

    @Override
    public Validated<Located<Site>> readSite(Path file) {
        return read(file, site, Site.class);
    }

    /** Any document an XSD of ours describes, bound to the record type its JSON form binds to. */
    <T> Validated<Located<T>> read(Path file, Kind kind, Class<T> type) {
        String name = file.toString();
        Validated<byte[]> bytes = InputFiles.readBounded(file);
        if (bytes.value().isEmpty()) {
            return Validated.failed(bytes.diagnostics());
        }
        SchemaMessages messages = new SchemaMessages(kind.resource(), kind.shapes().attributeNames(),
                kind.shapes().requiredElements());
        XmlParse.Outcome parsed = XmlParse.run(name, bytes.value().get(), kind.schema(), kind.shapes(), messages);
        if (parsed.tree().isEmpty()) {
            List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
            diagnostics.sort(Diagnostic.ORDER);
            return Validated.failed(diagnostics);
        }
        return json.bind(parsed.tree().get(), type, parsed.sources(), BINDING)
                .map(value -> new Located<>(value, parsed.sources()));
    }

    static Kind load(String resource) {
        URL url = XmlFormatReader.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema resource missing from the jar: " + resource);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // Only our own files: the xml.xsd next to the schema, from the jar or the build folder.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return new Kind(resource, factory.newSchema(url), XsdShapes.load(url));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load built-in schema " + resource + ": " + e, e);
        }
    }
}
