package io.github.diapason.vendor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.model.Technique;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an adapter knows about one vendor's console, read from its data file
 * ({@code io/github/diapason/vendor/<vendor>/console.json}): product names per technique
 * (vendors.md section 3), licence options, the cards and the label, unit and precision of every
 * console concept (section 1), the steps the console accepts, named values, texts and the
 * software lines that differ. Code computes values; this data says how the console shows them.
 * {@code dicomAttributes} names, for a DICOM/BIDS attribute a conformity rule checks, the console
 * concepts that set it (the first one on a sequence's cards is the one its manual shows). {@code choices}
 * lists the fields that are a choice before a number (ConsoleChoice).
 */
public record VendorProfile(String vendor, String displayName, List<Double> fieldStrengths,
                            TimeFormat acquisitionTimeFormat, Map<String, String> products,
                            Map<String, String> options, Map<String, List<String>> impliedOptions,
                            List<String> cards, Map<String, ConsoleLabel> labels,
                            Map<String, Map<String, ConsoleLabel>> techniqueLabels, Map<String, Step> steps,
                            Map<String, Map<String, Step>> techniqueSteps,
                            Map<String, List<NamedValue>> namedValues, Map<String, String> texts,
                            Map<String, Double> constants, List<SoftwareLine> softwareLines,
                            Map<String, List<String>> dicomAttributes, Map<String, ConsoleChoice> choices) {

    public VendorProfile {
        fieldStrengths = copy(fieldStrengths);
        products = copy(products);
        options = copy(options);
        impliedOptions = copy(impliedOptions);
        cards = copy(cards);
        labels = copy(labels);
        techniqueLabels = copy(techniqueLabels);
        steps = copy(steps);
        techniqueSteps = copy(techniqueSteps);
        namedValues = copy(namedValues);
        texts = copy(texts);
        constants = copy(constants);
        softwareLines = copy(softwareLines);
        dicomAttributes = copy(dicomAttributes);
        choices = copy(choices);
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    private static <K, V> Map<K, V> copy(Map<K, V> m) {
        return m == null ? Map.of() : Map.copyOf(m);
    }

    /** Reads a profile bundled with the adapter; a missing or malformed file is a packaging bug, not user input. */
    public static VendorProfile load(Class<?> anchor, String resource) {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vendor data missing from the jar: " + resource);
            }
            return mapper.readValue(in, VendorProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("vendor data unreadable: " + resource, e);
        }
    }

    public boolean supports(Technique technique) {
        return products.containsKey(technique.id());
    }

    public Optional<String> productName(Technique technique) {
        return Optional.ofNullable(products.get(technique.id()));
    }

    public List<String> impliedOptions(Technique technique) {
        return impliedOptions.getOrDefault(technique.id(), List.of());
    }

    public Optional<SoftwareLine> softwareLine(String softwareVersion) {
        String version = softwareVersion == null ? "" : softwareVersion;
        return softwareLines.stream().filter(l -> version.contains(l.match())).findFirst();
    }

    /**
     * The console vocabulary for one technique on one software version: base data patched by the
     * technique, then by the software line, then by the software line's technique labels.
     */
    public Console console(Technique technique, String softwareVersion) {
        Map<String, ConsoleLabel> l = new HashMap<>(labels);
        Map<String, Step> s = new HashMap<>(steps);
        Map<String, String> t = new HashMap<>(texts);
        techniqueLabels.getOrDefault(technique.id(), Map.of()).forEach((k, v) -> l.merge(k, v, ConsoleLabel::patchedBy));
        softwareLine(softwareVersion).ifPresent(line -> {
            line.labels().forEach((k, v) -> l.merge(k, v, ConsoleLabel::patchedBy));
            line.techniqueLabels().getOrDefault(technique.id(), Map.of())
                    .forEach((k, v) -> l.merge(k, v, ConsoleLabel::patchedBy));
            s.putAll(line.steps());
            t.putAll(line.texts());
        });
        s.putAll(techniqueSteps.getOrDefault(technique.id(), Map.of()));
        return new Console(this, technique, l, s, t);
    }

    /** The console concepts that set a DICOM/BIDS attribute (e.g. RepetitionTime: tr), in order of preference. */
    public List<String> conceptsOf(String dicomAttribute) {
        return dicomAttributes.getOrDefault(dicomAttribute, List.of());
    }

    public String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalStateException(vendor + " data has no text '" + key + "'");
        }
        return t;
    }

    /** A text for a value the protocol chose (e.g. a fat-suppression code), or {@code fallback} when the data has none. */
    public String textOr(String key, String fallback) {
        return texts.getOrDefault(key, fallback);
    }

    public double constant(String key) {
        Double c = constants.get(key);
        if (c == null) {
            throw new IllegalStateException(vendor + " data has no constant '" + key + "'");
        }
        return c;
    }
}
