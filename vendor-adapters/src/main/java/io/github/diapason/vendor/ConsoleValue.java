package io.github.diapason.vendor;

import java.math.BigDecimal;

/**
 * A value as the console shows it: a number at the console's display precision, or a text
 * such as {@code A >> P}, {@code GRAPPA} or {@code 6/8}.
 */
public sealed interface ConsoleValue permits ConsoleValue.Numeric, ConsoleValue.Text {

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

    static ConsoleValue number(BigDecimal number) {
        return new Numeric(number);
    }

    static ConsoleValue text(String text) {
        return new Text(text);
    }
}
