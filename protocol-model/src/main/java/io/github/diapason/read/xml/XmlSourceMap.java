package io.github.diapason.read.xml;

import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.read.SourceMap;
import java.util.Map;

/**
 * Model JSON pointer → the XML element it came from: its line and column (the tag's {@code <})
 * and its XPath as the location's path. Attributes are located at their element; a pointer
 * with no entry falls back to its nearest located ancestor, as in JSON.
 */
final class XmlSourceMap implements SourceMap {

    private final String file;
    private final Map<String, SourceLocation> located;

    XmlSourceMap(String file, Map<String, SourceLocation> located) {
        this.file = file;
        this.located = Map.copyOf(located);
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public SourceLocation locate(String pointer) {
        return SourceMap.nearest(pointer, located::get, new SourceLocation(file, 1, 1, "/"));
    }
}
