package io.github.diapason.vendor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.diapason.model.Technique;
import java.util.List;
import java.util.Optional;

/**
 * A console field that is a choice before it is a number (console.json {@code choices}, keyed by concept):
 * Philips "TE: shortest", or "TR: user defined" followed by the typed value in a "(ms)" field; GE "TE: Minimum"
 * or "Min Full". {@code parameter} is the neutral parameter the field sets; {@code typed} is the word shown when
 * the protocol gives a number, which the console then asks for under {@code typedLabel} (none: the number is
 * typed into the field itself); {@code minimum}, {@code minimumFull} and {@code maximum} are the console's words
 * for the protocol's {@code setting} (none: the console has no such choice, the adapter shows the value it reaches
 * and a note). {@code hides} lists concepts that are results of this choice and go when an extreme is chosen;
 * {@code techniques} limits the choice to some techniques (empty: all).
 */
public record ConsoleChoice(String parameter, String typed, String typedLabel, String minimum,
                            @JsonProperty("minimum-full") String minimumFull, String maximum,
                            List<String> hides, List<String> techniques, String source) {

    public ConsoleChoice {
        hides = hides == null ? List.of() : List.copyOf(hides);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }

    public boolean appliesTo(Technique technique) {
        return techniques.isEmpty() || techniques.contains(technique.id());
    }

    /** The console's word for a protocol setting (minimum, minimum-full, maximum), if it has one. */
    public Optional<String> word(String setting) {
        return Optional.ofNullable(switch (setting) {
            case "minimum" -> minimum;
            case "minimum-full" -> minimumFull != null ? minimumFull : minimum;
            case "maximum" -> maximum;
            default -> null;
        });
    }
}
