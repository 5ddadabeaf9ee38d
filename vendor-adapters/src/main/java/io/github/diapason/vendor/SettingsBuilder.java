package io.github.diapason.vendor;

import java.util.ArrayList;
import java.util.List;

/** Collects console settings in console order, stepping numbers to what the console accepts. */
public final class SettingsBuilder {
    private final Console console;
    private final List<Setting> settings = new ArrayList<>();

    public SettingsBuilder(Console console) {
        this.console = console;
    }

    /** Sets the achievable value nearest to {@code wanted} and returns it. */
    public double stepped(String concept, double wanted) {
        String base = concept.contains(".") ? concept.substring(0, concept.indexOf('.')) : concept;
        return set(concept, Double.isFinite(wanted) ? console.step(base, wanted) : wanted);
    }

    /** Sets one number per echo: a single value as {@code concept}, several as {@code concept.1}, {@code concept.2}… */
    public List<Double> steppedEach(String concept, List<Double> wanted) {
        if (wanted.size() == 1) {
            return List.of(stepped(concept, wanted.get(0)));
        }
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < wanted.size(); k++) {
            out.add(stepped(concept + "." + (k + 1), wanted.get(k)));
        }
        return out;
    }

    /** Sets a value already chosen on the console's grid (e.g. a fractional NEX), at display precision. */
    public double set(String concept, double value) {
        if (!Double.isFinite(value)) {
            // a value that cannot be computed (missing or zero input upstream) is left off the card
            return Double.NaN;
        }
        String base = concept.contains(".") ? concept.substring(0, concept.indexOf('.')) : concept;
        settings.add(new Setting(concept, console.number(base, value)));
        return value;
    }

    public void text(String concept, String text) {
        settings.add(new Setting(concept, ConsoleValue.text(text)));
    }

    public List<Setting> build() {
        return List.copyOf(settings);
    }
}
