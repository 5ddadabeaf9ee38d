package io.github.diapason.read.xml;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import io.github.diapason.read.FormatReader;
import io.github.diapason.read.InputFiles;
import io.github.diapason.read.Located;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Reads protocol and site files written in XML: a hardened parse (DOCTYPE, entities and
 * XInclude refused), validation against the shipped XSD with every error collected and
 * located, then JAXB binding and conversion to the same model records the JSON reader
 * builds. The source map answers the same JSON pointers as the JSON reader's, with the
 * element's XPath as the path.
 */
public final class XmlFormatReader implements FormatReader {

    private static final Pattern ATTRIBUTE = Pattern.compile("<xs:attribute name=\"([A-Za-z]+)\"");
    private static final Pattern REQUIRED_ELEMENT = Pattern.compile("<xs:element name=\"([A-Za-z]+)\"(?![^>]*minOccurs=\"0\")");

    private final JAXBContext context;
    private final Kind protocol;
    private final Kind site;

    /** One schema with the attribute names it declares (for "did you mean …?"). */
    private record Kind(String resource, Schema schema, Set<String> attributes, Set<String> requiredElements) {
    }

    public XmlFormatReader() {
        try {
            this.context = JAXBContext.newInstance(XmlBinding.ProtocolXml.class, XmlBinding.SiteXml.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("XML binding classes are inconsistent: " + e, e);
        }
        this.protocol = load("schema/protocol.xsd");
        this.site = load("schema/site.xsd");
    }

    @Override
    public Validated<Located<Protocol>> readProtocol(Path file) {
        return read(file, protocol, XmlBinding.ProtocolXml.class, XmlModelConverter::protocol);
    }

    @Override
    public Validated<Located<Site>> readSite(Path file) {
        return read(file, site, XmlBinding.SiteXml.class, XmlModelConverter::site);
    }

    private <B, T> Validated<Located<T>> read(Path file, Kind kind, Class<B> root,
                                               BiFunction<XmlModelConverter, B, T> convert) {
        String name = file.toString();
        Validated<byte[]> bytes = InputFiles.readBounded(file);
        if (bytes.value().isEmpty()) {
            return Validated.failed(bytes.diagnostics());
        }
        SchemaMessages messages = new SchemaMessages(kind.resource(), kind.attributes(), kind.requiredElements());
        XmlParse.Outcome parsed = XmlParse.run(name, bytes.value().get(), kind.schema(), messages, context);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        if (parsed.bound().isEmpty() || !root.isInstance(parsed.bound().get())) {
            return Validated.failed(diagnostics);
        }
        XmlModelConverter converter = new XmlModelConverter(name, parsed.positions());
        T value = convert.apply(converter, root.cast(parsed.bound().get()));
        if (!converter.diagnostics().isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(converter.diagnostics());
            all.sort(Diagnostic.ORDER);
            return Validated.failed(all);
        }
        return Validated.of(new Located<>(value, converter.sourceMap()), List.of());
    }

    private static Set<String> names(Pattern declaration, String xsd) {
        Set<String> names = new TreeSet<>();
        Matcher m = declaration.matcher(xsd);
        while (m.find()) {
            names.add(m.group(1));
        }
        return Set.copyOf(names);
    }

    private static Kind load(String resource) {
        URL url = XmlFormatReader.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema resource missing from the jar: " + resource);
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // Only our own files: the xml.xsd next to the schema, from the jar or the build folder.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            Schema schema = factory.newSchema(url);
            String xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Kind(resource, schema, names(ATTRIBUTE, xsd), names(REQUIRED_ELEMENT, xsd));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load built-in schema " + resource + ": " + e, e);
        }
    }
}
