package io.github.diapason.read.xml;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import io.github.diapason.read.FormatReader;
import io.github.diapason.read.Located;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until the JAXB reader lands: says plainly that XML is not read yet. */
public final class XmlFormatReader implements FormatReader {

    @Override
    public Validated<Located<Protocol>> readProtocol(Path file) {
        return notYet(file);
    }

    @Override
    public Validated<Located<Site>> readSite(Path file) {
        return notYet(file);
    }

    private static <T> Validated<T> notYet(Path file) {
        return Validated.failed(List.of(Diagnostic.error("XML_UNSUPPORTED", "XML input is not supported in this build",
                "write the file in JSON", SourceLocation.file(file.toString()))));
    }
}
