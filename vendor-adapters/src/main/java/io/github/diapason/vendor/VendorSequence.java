package io.github.diapason.vendor;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.Orientation;
import io.github.diapason.model.Technique;
import java.util.List;
import java.util.Optional;

/**
 * One neutral sequence in a vendor console's own words: the product sequence, the cards as the
 * console groups them, every approximation the translation made, and the acquisition time.
 */
public record VendorSequence(String sequenceId, String vendor, Technique technique, Orientation orientation,
                             String productName, List<Card> cards,
                             List<Approximation> approximations, AcquisitionTime acquisitionTime,
                             List<Diagnostic> diagnostics) {
    public VendorSequence {
        cards = List.copyOf(cards);
        approximations = List.copyOf(approximations);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The first parameter with this console label, whatever card holds it. */
    public Optional<ConsoleParameter> parameter(String label) {
        return cards.stream().flatMap(c -> c.parameters().stream()).filter(p -> p.label().equals(label)).findFirst();
    }

    public Optional<ConsoleParameter> concept(String concept) {
        return cards.stream().flatMap(c -> c.parameters().stream()).filter(p -> p.concept().equals(concept)).findFirst();
    }

    public Optional<Card> card(String name) {
        return cards.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
