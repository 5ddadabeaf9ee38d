package io.github.diapason.read.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.read.SourceMap;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON pointer → line and column, built in one streaming pass. Jackson's tree model drops
 * locations, so the reader keeps them here; the schema validator and the semantic rules
 * speak in pointers, which this map turns into {@code file:line:col}.
 * Object members are located at their key (what the user will look for); array items at
 * their first token.
 */
final class JsonLocationIndex implements SourceMap {

    private final String file;
    private final Map<String, int[]> positions;

    private JsonLocationIndex(String file, Map<String, int[]> positions) {
        this.file = file;
        this.positions = positions;
    }

    /** Indexes a document already known to parse; the parser must be positioned before the first token. */
    static JsonLocationIndex build(String file, JsonParser parser) throws IOException {
        Map<String, int[]> positions = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            JsonStreamContext context = parser.getParsingContext();
            JsonStreamContext owner = token.isStructStart() ? context.getParent() : context;
            if (token == JsonToken.FIELD_NAME) {
                record(positions, context.pathAsPointer().toString(), parser.currentTokenLocation());
            } else if (owner != null && (owner.inArray() || owner.inRoot())) {
                record(positions, owner.pathAsPointer().toString(), parser.currentTokenLocation());
            }
        }
        return new JsonLocationIndex(file, positions);
    }

    private static void record(Map<String, int[]> positions, String pointer, JsonLocation at) {
        positions.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public SourceLocation locate(String pointer) {
        int[] at = SourceMap.nearest(pointer, positions::get, new int[] {1, 1});
        return new SourceLocation(file, at[0], at[1], pointer);
    }

}
