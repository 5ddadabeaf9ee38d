package io.github.diapason.vendor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Console settings read back by concept, for back-translation. */
public record ConsoleReading(Map<String, ConsoleValue> settings) {

    public Optional<Double> number(String concept) {
        return Optional.ofNullable(settings.get(concept)).flatMap(v -> v instanceof ConsoleValue.Numeric n
                ? Optional.of(n.number().doubleValue()) : Optional.empty());
    }

    public Optional<String> text(String concept) {
        return Optional.ofNullable(settings.get(concept)).map(ConsoleValue::display);
    }

    /** {@code concept} alone, or {@code concept.1}, {@code concept.2}… in order. */
    public List<Double> numbers(String concept) {
        Optional<Double> single = number(concept);
        if (single.isPresent()) {
            return List.of(single.get());
        }
        List<Double> out = new ArrayList<>();
        for (int k = 1; number(concept + "." + k).isPresent(); k++) {
            out.add(number(concept + "." + k).orElseThrow());
        }
        return out;
    }
}
