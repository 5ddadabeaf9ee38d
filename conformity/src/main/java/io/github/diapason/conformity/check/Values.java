package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.AttributeRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the checker compares a header value with an attribute rule, and prints both. */
final class Values {

    private Values() {
    }

    /** A value as reports print it: integers without a decimal point, others with at most 6 significant digits. */
    static String print(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(o -> out.add(print(o)));
            return "[" + String.join(", ", out) + "]";
        }
        return String.valueOf(v);
    }

    /** Why {@code actual} (present in the header) does not conform to {@code a}, if it does not. */
    static Optional<String> violation(AttributeRule a, Object actual) {
        if (a.coded()) {
            String v = actual instanceof List<?> l ? String.join("\\", l.stream().map(String::valueOf).toList())
                    : String.valueOf(actual);
            return a.accepts(v) ? Optional.empty() : Optional.of(a.attribute() + " is " + v + ", expected " + a.code());
        }
        List<Double> values = numbers(actual);
        if (values.isEmpty()) {
            return Optional.of(a.attribute() + " is not a number");
        }
        if (a.expected().size() > 1 && values.size() != a.expected().size()) {
            return Optional.of(values.size() + " value(s) where the protocol has " + a.expected().size());
        }
        for (int i = 0; i < values.size(); i++) {
            if (!a.accepts(values.get(i), i)) {
                return Optional.of(a.attribute() + " out of tolerance");
            }
        }
        return Optional.empty();
    }

    static List<Double> numbers(Object actual) {
        List<Double> values = new ArrayList<>();
        if (actual instanceof Number n) {
            values.add(n.doubleValue());
        } else if (actual instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Number n) {
                    values.add(n.doubleValue());
                }
            }
        }
        return values;
    }

    /** "2.3 ± 0.01 s", "3D", "0.5..2 mm". */
    static String expected(AttributeRule a) {
        if (a.coded()) {
            return a.code();
        }
        if (!a.expected().isEmpty()) {
            return print(a.expected().size() == 1 ? a.expected().get(0) : a.expected())
                    + (a.tolerance() == null || a.tolerance() == 0 ? "" : " ± " + print(a.tolerance())) + unit(a);
        }
        return (a.min() == null ? "" : print(a.min())) + ".." + (a.max() == null ? "" : print(a.max())) + unit(a);
    }

    static String actual(AttributeRule a, Object actual) {
        return print(actual) + (a.coded() ? "" : unit(a));
    }

    private static String unit(AttributeRule a) {
        return a.unit() == null || a.unit().equals("count") ? "" : " " + a.unit();
    }
}
