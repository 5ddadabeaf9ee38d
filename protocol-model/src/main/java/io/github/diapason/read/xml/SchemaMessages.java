package io.github.diapason.read.xml;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.text.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the XML Schema validator's messages ({@code cvc-…: …}, Xerces wording) into
 * diagnostics a study team can act on: the library's key removed, the element or attribute
 * named the way it is written in the file, a "did you mean …?" for misspelt names, and the
 * follow-up message Xerces adds after each bad value folded into the first one.
 */
final class SchemaMessages {

    static final String CODE = "XmlSchema";
    private static final Pattern KEY = Pattern.compile("^(cvc-[A-Za-z0-9.\\-]+):\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern QNAME = Pattern.compile("\"[^\"]*\":([A-Za-z_][\\w.\\-]*)");
    private static final Pattern ENUM = Pattern.compile("\\[(.*)]");

    private final String schemaName;
    private final Collection<String> attributeNames;
    private final List<Diagnostic> out = new ArrayList<>();
    private Diagnostic lastValueError;

    private final Collection<String> requiredElements;

    SchemaMessages(String schemaName, Collection<String> attributeNames, Collection<String> requiredElements) {
        this.schemaName = schemaName;
        this.attributeNames = attributeNames;
        this.requiredElements = requiredElements;
    }

    List<Diagnostic> diagnostics() {
        return out;
    }

    void add(String rawMessage, SourceLocation at) {
        String raw = rawMessage == null ? "" : rawMessage.strip();
        Matcher m = KEY.matcher(raw);
        String key = m.matches() ? m.group(1) : "";
        String text = m.matches() ? m.group(2) : raw;
        List<String> quoted = quoted(text);
        switch (key) {
            case "cvc-complex-type.2.4.a", "cvc-complex-type.2.4.d", "cvc-complex-type.2.4.c" -> unexpectedElement(text, at);
            case "cvc-complex-type.2.4.b" -> incomplete(text, quoted, at);
            case "cvc-complex-type.3.2.2" -> {
                String attribute = quoted.isEmpty() ? "?" : quoted.get(0);
                String element = quoted.size() > 1 ? quoted.get(1) : "?";
                String suggestion = Suggestions.didYouMean(attribute, attributeNames);
                emit("unknown attribute '" + attribute + "' on <" + element + ">",
                        suggestion.isEmpty() ? "remove it, or check its spelling in " + schemaName
                                : suggestion, onAttribute(at, attribute));
            }
            case "cvc-complex-type.4" -> {
                String attribute = quoted.isEmpty() ? "?" : quoted.get(0);
                String element = quoted.size() > 1 ? quoted.get(1) : "?";
                emit("missing required attribute '" + attribute + "' on <" + element + ">",
                        "add " + attribute + "=\"…\" to <" + element + ">", onAttribute(at, attribute));
            }
            case "cvc-enumeration-valid" -> {
                String given = quoted.isEmpty() ? "" : quoted.get(0);
                Matcher e = ENUM.matcher(text);
                List<String> allowed = e.find() ? List.of(e.group(1).split(",\\s*")) : List.of();
                String suggestion = Suggestions.didYouMean(given, allowed);
                valueError("'" + given + "' is not an allowed value",
                        (suggestion.isEmpty() ? "" : suggestion + " ") + "allowed: " + String.join(", ", allowed), at);
            }
            case "cvc-pattern-valid" -> valueError("'" + arg(quoted, 0) + "' does not match the pattern "
                    + arg(quoted, 1), hintForValue(arg(quoted, 2), arg(quoted, 1)), at);
            case "cvc-datatype-valid.1.2.1", "cvc-datatype-valid.1.2.3" -> valueError("'" + arg(quoted, 0)
                    + "' is not a valid " + arg(quoted, 1), hintForValue(arg(quoted, 1), ""), at);
            case "cvc-minInclusive-valid" -> valueError("'" + arg(quoted, 0) + "' is below the minimum "
                    + arg(quoted, 1), "use a value within the allowed range", at);
            case "cvc-minExclusive-valid" -> valueError("'" + arg(quoted, 0) + "' must be greater than "
                    + arg(quoted, 1), "use a value within the allowed range", at);
            case "cvc-maxInclusive-valid" -> valueError("'" + arg(quoted, 0) + "' is above the maximum "
                    + arg(quoted, 1), "use a value within the allowed range", at);
            case "cvc-maxExclusive-valid" -> valueError("'" + arg(quoted, 0) + "' must be less than "
                    + arg(quoted, 1), "use a value within the allowed range", at);
            case "cvc-minLength-valid" -> valueError("the value is empty", "write a non-empty value", at);
            case "cvc-attribute.3", "cvc-type.3.1.3", "cvc-elt.5.2.1" -> followUp(text, quoted, at);
            case "cvc-identity-constraint.4.1" -> emit("'" + firstBracketed(text) + "' is given twice here",
                    "each parameter, overridden sequence, language or option may appear once: remove or merge the repeated one",
                    at);
            case "cvc-elt.1.a", "cvc-elt.1" -> emit("<" + (quoted.isEmpty() ? "?" : quoted.get(0))
                            + "> is not a document this schema describes",
                    "the root element must be the one " + schemaName + " declares, in namespace " + XsdShapes.NS
                            + " (xmlns=\"" + XsdShapes.NS + "\")", at);
            case "cvc-complex-type.2.3", "cvc-complex-type.2.1" -> emit(firstSentence(text),
                    "remove the text here: it belongs in a child element or an attribute", at);
            default -> emit(firstSentence(text), "see the schema " + schemaName, at);
        }
    }

    private void unexpectedElement(String text, SourceLocation at) {
        int split = text.indexOf("One of ");
        String head = split < 0 ? text : text.substring(0, split);
        String given = elementName(head);
        List<String> expected = split < 0 ? List.of() : names(text.substring(split));
        String hint;
        if (expected.isEmpty()) {
            hint = "no more elements are allowed here: remove it or move it to where it belongs";
        } else {
            String suggestion = Suggestions.didYouMean(given, expected);
            String list = "expected here: " + String.join(", ", expected);
            hint = suggestion.isEmpty() ? list : suggestion + " (" + list + ")";
        }
        if (!head.contains(XsdShapes.NS)) {
            hint = "the element is not in the Diapason namespace: declare xmlns=\"" + XsdShapes.NS
                    + "\" on the root element";
        }
        emit("unexpected element <" + given + "> here", hint, at);
    }

    private void incomplete(String text, List<String> quoted, SourceLocation at) {
        String element = quoted.isEmpty() ? "?" : quoted.get(0);
        int split = text.indexOf("One of ");
        List<String> allowed = split < 0 ? List.of() : names(text.substring(split));
        // In an xs:all group Xerces lists every child not yet seen; the missing ones are those required.
        List<String> required = allowed.stream().filter(requiredElements::contains).toList();
        List<String> expected = required.isEmpty() ? allowed : required;
        emit("<" + element + "> is incomplete" + (expected.isEmpty() ? "" : ": expected " + String.join(" or ",
                        expected.stream().map(n -> "<" + n + ">").toList())),
                expected.size() == 1 ? "add <" + expected.get(0) + "> inside <" + element + ">"
                        : "add the missing element inside <" + element + ">", at);
    }

    /** A bad value: kept so the follow-up message at the same place can name the attribute. */
    private void valueError(String message, String hint, SourceLocation at) {
        lastValueError = Diagnostic.error(CODE, message, hint, at);
        out.add(lastValueError);
    }

    /** "The value 'x' of attribute 'a' on element 'e' is not valid…": fold into the value error before it. */
    private void followUp(String text, List<String> quoted, SourceLocation at) {
        String where = quoted.size() >= 3 && text.contains("attribute")
                ? "attribute '" + quoted.get(1) + "' of <" + quoted.get(2) + ">"
                : quoted.size() >= 2 ? "element <" + quoted.get(0) + ">" : "";
        if (lastValueError != null && lastValueError.location().equals(at) && !where.isEmpty()) {
            int i = out.lastIndexOf(lastValueError);
            SourceLocation place = where.startsWith("attribute") ? onAttribute(at, quoted.get(1)) : at;
            Diagnostic merged = Diagnostic.error(CODE, where + ": " + lastValueError.message(),
                    lastValueError.hint(), place);
            out.set(i, merged);
            lastValueError = null;
            return;
        }
        emit(firstSentence(text), "see the schema " + schemaName, at);
    }

    /** The element's XPath extended to the attribute, so the path names exactly what is wrong. */
    private static SourceLocation onAttribute(SourceLocation at, String attribute) {
        return at.withPath(at.path() + "/@" + attribute);
    }

    private void emit(String message, String hint, SourceLocation at) {
        lastValueError = null;
        out.add(Diagnostic.error(CODE, message, hint, at));
    }

    private static String arg(List<String> quoted, int i) {
        return i < quoted.size() ? quoted.get(i) : "?";
    }

    private static String hintForValue(String type, String pattern) {
        if (pattern.contains("\\d+(\\.")) {
            return "write a decimal number, e.g. 2300 or 2.98";
        }
        return switch (type) {
            case "Id" -> "identifiers use letters, digits, '.', '_' and '-', starting with a letter or digit";
            case "Language" -> "write a two-letter ISO 639-1 code, e.g. en, fr";
            case "Date" -> "dates are written YYYY-MM-DD";
            case "Number", "Numbers", "double" -> "write a decimal number, e.g. 2300 or 2.98";
            case "integer", "positiveInteger", "nonNegativeInteger" -> "write a whole number, e.g. 32";
            case "boolean" -> "write true or false";
            case "NonEmpty" -> "write a non-empty value";
            case "Email" -> "write an e-mail address, e.g. name@hospital.org";
            default -> "write a value of the expected type";
        };
    }

    private static String elementName(String text) {
        List<String> n = names(text);
        if (!n.isEmpty()) {
            return n.get(0);
        }
        List<String> q = quoted(text);
        return q.isEmpty() ? "?" : q.get(0);
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = QNAME.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> quoted(String text) {
        List<String> q = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            q.add(m.group(1));
        }
        return q;
    }

    private static String firstBracketed(String text) {
        Matcher m = ENUM.matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot + 1);
    }
}
