package io.github.diapason.read;

import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.Site;
import java.nio.file.Path;

/**
 * Reads protocol and site files of one format. Never throws on bad input: every problem
 * (syntax, schema, binding) comes back as a diagnostic located in the file, and no value
 * is returned when the file cannot be trusted.
 */
public interface FormatReader {

    Validated<Located<Protocol>> readProtocol(Path file);

    Validated<Located<Site>> readSite(Path file);
}
