package io.github.diapason.read.xml;

import java.util.Set;

/**
 * How an element is named in the XPaths we report, shared by the parser (which sees elements)
 * and the converter (which sees binding objects), so both produce the same string:
 * keyed items by their key ({@code parameter[@name='EchoTime']}, {@code sequence[@ref='t1']},
 * {@code text[@xml:lang='fr']}), list items by their 1-based position ({@code sequence[2]}),
 * everything else by its name alone.
 */
final class XmlPaths {

    /** Plural wrappers whose children are list items, indexed by position. */
    static final Set<String> LISTS = Set.of("sequences", "contacts", "languages", "overrides", "sensors", "other",
            "externalReferences", "shells", "vectors", "requiredOptions", "reconstructions", "checksBeforeStart",
            "allowedAdaptations", "options", "keep", "scanners", "coils", "licensedOptions", "phantoms",
            "plannedUpgrades", "excludedSequences");

    private XmlPaths() {
    }

    static String keyed(String element, String attribute, String key) {
        String quoted = key.indexOf('\'') < 0 ? "'" + key + "'" : "\"" + key.replace("\"", "&quot;") + "\"";
        return element + "[@" + attribute + "=" + quoted + "]";
    }

    static String indexed(String element, int oneBased) {
        return element + "[" + oneBased + "]";
    }

    /**
     * The step for an element met while parsing.
     *
     * @param parent the parent element's local name ("" for the root)
     * @param key the element's key attribute value, when {@link #keyAttribute} names one and it is present
     * @param position the element's 1-based position among same-named siblings
     */
    static String step(String parent, String element, String key, int position) {
        String attribute = keyAttribute(parent, element);
        if (attribute != null && key != null) {
            return keyed(element, attribute, key);
        }
        return LISTS.contains(parent) ? indexed(element, position) : element;
    }

    /** The attribute that keys this element in the model's maps, if any. */
    static String keyAttribute(String parent, String element) {
        return switch (element) {
            case "parameter" -> "name";
            case "text" -> "xml:lang";
            case "sequence" -> "sequences".equals(parent) ? "ref" : null;
            default -> null;
        };
    }
}
