package io.github.diapason.read.xml;

/**
 * How an element is named in the XPaths we report: keyed items by their key
 * ({@code parameter[@name='EchoTime']}, {@code sequence[@ref='t1']}, {@code text[@xml:lang='fr']}),
 * list items by their 1-based position ({@code sequence[2]}), everything else by its name alone.
 * Which is which comes from the schema ({@link XsdShapes}).
 */
final class XmlPaths {

    private XmlPaths() {
    }

    static String keyed(String element, String attribute, String key) {
        String quoted = key.indexOf('\'') < 0 ? "'" + key + "'" : "\"" + key.replace("\"", "&quot;") + "\"";
        return element + "[@" + attribute + "=" + quoted + "]";
    }

    static String indexed(String element, int oneBased) {
        return element + "[" + oneBased + "]";
    }
}
