package io.github.diapason.compiler.rules;

import io.github.diapason.conformity.rules.AttributeRule;
import io.github.diapason.conformity.rules.ConsoleWords;
import io.github.diapason.model.Unit;
import io.github.diapason.vendor.ConsoleParameter;
import io.github.diapason.vendor.VendorProfile;
import io.github.diapason.vendor.VendorSequence;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a rule the words of the site's console, taken from the sequence's console cards (so the
 * check report names a setting as the site's manual does): the vendor data says which console
 * concepts set the attribute; the first one on the cards gives the label, the unit and the
 * prescribed value as printed. No concept on the cards: the rule keeps its DICOM name only.
 */
final class ConsoleWording {

    /** A typed-value label that is its unit: Philips "(ms)", "(pixels)". */
    private static final Pattern UNIT_IN_LABEL = Pattern.compile("\\((.+)\\)");

    private ConsoleWording() {
    }

    static AttributeRule of(AttributeRule rule, VendorSequence sequence, VendorProfile profile) {
        for (String concept : profile.conceptsOf(rule.attribute())) {
            List<ConsoleParameter> shown = sequence.cards().stream().flatMap(c -> c.parameters().stream())
                    .filter(p -> !p.isChoice())
                    .filter(p -> p.concept().equals(concept) || p.concept().startsWith(concept + ".")).toList();
            if (shown.isEmpty()) {
                continue;
            }
            ConsoleParameter first = shown.get(0);
            String label = shown.size() == 1 ? first.label() : first.label().replaceFirst("\\s+1$", "");
            String unit = first.unit();
            // a value typed under a choice ("TR: user defined", then "(ms) 3500") is named by the choice's label
            Optional<ConsoleParameter> choice = sequence.cards().stream().flatMap(c -> c.parameters().stream())
                    .filter(p -> p.concept().equals(ConsoleParameter.choiceOf(first.concept()))).findFirst();
            if (choice.isPresent()) {
                Matcher inLabel = UNIT_IN_LABEL.matcher(first.label());
                unit = unit.isEmpty() && inLabel.matches() ? inLabel.group(1) : unit;
                label = choice.get().label();
            }
            String value = String.join(", ", shown.stream().map(p -> p.value().display()).toList());
            return rule.withConsole(new ConsoleWords(label, unit, value, factor(rule, unit).orElse(null)));
        }
        return rule;
    }

    /** From the rule's unit to the console's when both measure the same quantity (s → ms: 1000); counts print as they are. */
    static Optional<Double> factor(AttributeRule rule, String consoleUnit) {
        if (rule.coded()) {
            return Optional.empty();
        }
        boolean ruleCounts = rule.unit() == null || rule.unit().equals("count");
        if (consoleUnit == null || consoleUnit.isEmpty()) {
            return ruleCounts ? Optional.of(1.0) : Optional.empty();
        }
        Optional<Unit> from = unit(rule.unit());
        Optional<Unit> to = unit(consoleUnit);
        if (from.isEmpty() || to.isEmpty() || from.get().dimension() != to.get().dimension()) {
            return Optional.empty();
        }
        return Optional.of(RuleDerivation.round(from.get().toCanonical(1) / to.get().toCanonical(1)));
    }

    private static Optional<Unit> unit(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        return Arrays.stream(Unit.values()).filter(u -> u.symbol().toLowerCase(Locale.ROOT)
                .equals(symbol.toLowerCase(Locale.ROOT))).findFirst();
    }
}
