package io.github.diapason.vendor;

import java.math.BigDecimal;

/**
 * A value as the console shows it: a number at the console's display precision, a text such as
 * {@code A >> P}, {@code GRAPPA} or {@code 6/8}, or a range the radiographer sets the value within
 * (a protocol range is never printed as its middle, which a radiographer would type).
 */
public sealed interface ConsoleValue permits ConsoleValue.Numeric, ConsoleValue.Text, ConsoleValue.Range {

    /** The value as printed. */
    String display();

    record Numeric(BigDecimal number) implements ConsoleValue {
        @Override
        public String display() {
            return number.toPlainString();
        }
    }

    record Text(String text) implements ConsoleValue {
        @Override
        public String display() {
            return text;
        }
    }

    /** Both ends at the console's display precision, low first; documents word it ("90–180, set within"). */
    record Range(BigDecimal low, BigDecimal high) implements ConsoleValue {
        @Override
        public String display() {
            return low.toPlainString() + "\u2013" + high.toPlainString();
        }
    }

    static ConsoleValue number(BigDecimal number) {
        return new Numeric(number);
    }

    static ConsoleValue text(String text) {
        return new Text(text);
    }
}
