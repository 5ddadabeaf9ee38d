package io.github.diapason.compiler.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each neutral parameter appears to a checker, read from
 * {@code io/github/diapason/compiler/rules/attributes.json}: its BIDS (or DICOM) name, where DICOM
 * holds it, the BIDS unit and the factor from Diapason's canonical unit, whether dcm2niix writes
 * it, the least tolerance a checker applies, and the BIDS naming used for third-party formats.
 */
final class AttributeCatalogue {

    record Tolerance(double absolute, double percent) {
        double at(double value) {
            return Math.max(absolute, Math.abs(value) * percent / 100.0);
        }
    }

    record Entry(String attribute, String dicom, String unit, double scale, boolean sidecar,
                 boolean requiredInSidecar, Tolerance tolerance, Double fingerprintPercent) {
    }

    record Naming(String datatype, String suffix, String entities) {
    }

    record Bids(List<String> reproinDatatypes, Map<String, String> defaultSuffix, Map<String, Naming> byTechnique) {
    }

    record Data(Map<String, Entry> attributes, Bids bids) {
    }

    private static final String RESOURCE = "/io/github/diapason/compiler/rules/attributes.json";
    static final AttributeCatalogue BUILT_IN = load();

    private final Data data;

    private AttributeCatalogue(Data data) {
        this.data = data;
    }

    private static AttributeCatalogue load() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = AttributeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule data missing from the jar: " + RESOURCE);
            }
            return new AttributeCatalogue(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("rule data unreadable: " + RESOURCE, e);
        }
    }

    /** The entry of a neutral parameter name or of a derived attribute ("SpacingBetweenSlices"). */
    Optional<Entry> entry(String key) {
        return Optional.ofNullable(data.attributes().get(key));
    }

    /** The entry whose BIDS/DICOM attribute name is {@code attribute}. */
    Optional<Entry> byAttribute(String attribute) {
        return data.attributes().values().stream().filter(e -> e.attribute().equals(attribute)).findFirst();
    }

    Bids bids() {
        return data.bids();
    }
}
