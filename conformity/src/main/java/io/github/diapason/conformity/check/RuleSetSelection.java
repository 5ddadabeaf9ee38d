package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.RuleSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule set of an exam: each site's by date and serial; several sites are told apart by serial,
 * then by scanner. None, or more than one left: no rule set ({@link NoRuleSet}).
 */
final class RuleSetSelection {

    /** A rule set, the site it belongs to, the file it was read from and its index there. */
    record Selected(RulesSource site, RuleSet set, int index) {
    }

    private RuleSetSelection() {
    }

    static Optional<Selected> select(List<SeriesValues> series, List<RulesSource> rules) {
        String serial = first(series, "DeviceSerialNumber");
        LocalDate date = examDate(series).orElse(null);
        List<Selected> candidates = new ArrayList<>();
        for (RulesSource f : rules) {
            f.rules().select(date, serial).ifPresent(s -> candidates.add(new Selected(f, s, f.rules().ruleSets().indexOf(s))));
        }
        if (candidates.size() > 1 && serial != null) {
            List<Selected> bySerial = candidates.stream()
                    .filter(c -> serial.trim().equals(c.set().scanner().deviceSerialNumber())).toList();
            if (!bySerial.isEmpty()) {
                candidates.retainAll(bySerial);
            }
        }
        if (candidates.size() > 1) {
            String manufacturer = first(series, "Manufacturer");
            String model = first(series, "ManufacturersModelName");
            candidates.removeIf(c -> !c.set().scanner().isManufacturer(manufacturer)
                    || !c.set().scanner().manufacturerModelName().equalsIgnoreCase(String.valueOf(model).trim()));
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The exam's date: the first StudyDate its series carry (none when de-identification removed it). */
    static Optional<LocalDate> examDate(List<SeriesValues> series) {
        return series.stream().map(SeriesValues::studyDate).filter(Objects::nonNull).findFirst()
                .flatMap(RuleSetSelection::date);
    }

    private static Optional<LocalDate> date(String dicomDate) {
        try {
            return Optional.of(LocalDate.parse(dicomDate.trim(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String first(List<SeriesValues> series, String field) {
        return series.stream().map(s -> s.get(field)).filter(v -> v instanceof String).map(String.class::cast)
                .findFirst().orElse(null);
    }
}
