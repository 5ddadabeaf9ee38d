package io.github.diapason.vendor;

import io.github.diapason.model.Technique;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A vendor's console vocabulary resolved for one technique and software version. */
public record Console(VendorProfile profile, Technique technique, Map<String, ConsoleLabel> labels,
                     Map<String, Step> steps, Map<String, String> texts) {

    public Console {
        labels = Map.copyOf(labels);
        steps = Map.copyOf(steps);
        texts = Map.copyOf(texts);
    }

    /** A console text on this software line (e.g. {@code fatSuppression.none}: VE "None", XA "Standard"). */
    public String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalStateException(profile.vendor() + " data has no text '" + key + "'");
        }
        return t;
    }

    /** A text for a value the protocol chose on this software line, or {@code fallback} when the data has none. */
    public String textOr(String key, String fallback) {
        return texts.getOrDefault(key, fallback);
    }

    public Optional<ConsoleLabel> label(String concept) {
        return Optional.ofNullable(labels.get(concept));
    }

    /** The nearest value the console accepts; the value itself when the data gives no step. */
    public double step(String concept, double wanted) {
        Step s = steps.get(concept);
        return s == null ? wanted : s.nearest(wanted);
    }
    public List<NamedValue> named(String concept) {
        return profile.namedValues().getOrDefault(concept, List.of());
    }

    /** The named value nearest to {@code wanted}, e.g. 0.74 → 6/8. */
    public NamedValue nearestNamed(String concept, double wanted) {
        return named(concept).stream()
                .min((a, b) -> Double.compare(Math.abs(a.value() - wanted), Math.abs(b.value() - wanted)))
                .orElseThrow(() -> new IllegalStateException(profile.vendor() + " data has no named values for " + concept));
    }

    public Optional<NamedValue> byName(String concept, String name) {
        return named(concept).stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** A number at the precision the console displays for {@code concept}. */
    public ConsoleValue number(String concept, double value) {
        int decimals = label(concept).map(ConsoleLabel::decimals).filter(d -> d != null).orElse(0);
        return ConsoleValue.number(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }
}
