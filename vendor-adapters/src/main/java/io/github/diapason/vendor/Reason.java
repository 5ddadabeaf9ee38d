package io.github.diapason.vendor;

import java.util.List;

/**
 * Why a site cannot run a sequence, as a fact: a stable code and its arguments. Words come from
 * the message bundles (key {@code reason.<CODE>}) when a diagnostic or a document is rendered, in
 * that document's language. Arguments are plain values: strings, numbers, or the model's
 * {@link io.github.diapason.model.LocalizedText} (user text, rendered in the document's language).
 */
public record Reason(Code code, List<Object> args) {

    public enum Code {
        /** The site's own exclusion; argument: its reason (LocalizedText, or absent). */
        EXCLUDED_BY_SITE,
        /** No product sequence for the technique on this vendor; arguments: vendor display name, the Technique. */
        NO_PRODUCT,
        /** Field strength outside the vendor catalogue; arguments: field strength (T, a Double), the catalogue (a List of Double). */
        FIELD_STRENGTH_OUTSIDE_CATALOGUE,
        /** An option the vendor does not offer; arguments: vendor display name, option id. */
        OPTION_UNKNOWN,
        /** An option not licensed at the site; arguments: option id, the option's product name. */
        OPTION_NOT_LICENSED,
        /** Too few coil channels; arguments: channels needed, the site's best coil. */
        COIL_TOO_FEW_CHANNELS
    }

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(Code code, Object... args) {
        return new Reason(code, List.of(args));
    }
}
