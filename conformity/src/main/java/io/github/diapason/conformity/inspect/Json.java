package io.github.diapason.conformity.inspect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Numbers as a report prints them: integers without a decimal point, others without binary noise. */
final class Json {

    private Json() {
    }

    /** 2300 / 1000.0 prints 2.3 and 2.98 / 1000.0 prints 0.00298 (12 significant digits, like %g with more room). */
    static Object number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) d;
        }
        return new BigDecimal(d).round(new MathContext(12)).doubleValue();
    }

    static List<Object> numbers(Collection<Double> ds) {
        List<Object> out = new ArrayList<>(ds.size());
        for (double d : ds) {
            out.add(number(d));
        }
        return out;
    }

    static Object value(Object v) {
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(value(o));
            }
            return List.copyOf(out);
        }
        return v;
    }
}
