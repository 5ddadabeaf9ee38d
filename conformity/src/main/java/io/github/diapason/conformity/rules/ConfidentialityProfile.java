package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.model.Deidentification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PS3.15 Basic Application Level Confidentiality Profile attribute list, kept as data
 * ({@code io/github/diapason/conformity/ps315-basic-profile.json}, transcribed from PS3.15
 * Table E.1-1; the file says which rows are still hypotheses), and the pure function that
 * turns a protocol's de-identification policy into rules: the list minus what the policy's
 * options retain and minus what it keeps by keyword.
 */
public final class ConfidentialityProfile {

    private static final String RESOURCE = "/io/github/diapason/conformity/ps315-basic-profile.json";

    record Data(String source, Map<String, String> options, Map<String, String> privateAttributes,
                List<String> pseudonymAttributes, List<ConfidentialityAttribute> attributes) {
    }

    private final Data data;

    private ConfidentialityProfile(Data data) {
        this.data = data;
    }

    public static ConfidentialityProfile load() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ConfidentialityProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("conformity data missing from the jar: " + RESOURCE);
            }
            return new ConfidentialityProfile(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("conformity data unreadable: " + RESOURCE, e);
        }
    }

    /** Every attribute of the profile list, in tag order. */
    public List<ConfidentialityAttribute> attributes() {
        return data.attributes();
    }
    public String source() {
        return data.source();
    }

    /**
     * The de-identification rules of a policy: attributes retained by one of its options or
     * kept by keyword leave the must-be-absent list; the pseudonym attributes stay in it (they
     * must be replaced) unless kept; private tags follow the retain-safe-private option.
     */
    public DeidentificationRules rulesFor(Deidentification policy) {
        if (policy == null) {
            return null;
        }
        Set<String> options = Set.copyOf(policy.options());
        Set<String> keep = Set.copyOf(policy.keep());
        List<ConfidentialityAttribute> absent = data.attributes().stream()
                .filter(a -> !keep.contains(a.keyword()))
                .filter(a -> a.retainedBy().stream().noneMatch(options::contains))
                .toList();
        List<String> kept = new TreeSet<>(keep).stream().toList();
        String privateTags = options.contains("retain-safe-private")
                ? data.privateAttributes().get("retain-safe-private") : data.privateAttributes().get("default");
        Pseudonym pseudonym = policy.pseudonymPattern() == null ? null
                : new Pseudonym(policy.pseudonymPattern(), data.pseudonymAttributes().stream()
                .filter(a -> !keep.contains(a)).toList());
        return new DeidentificationRules(policy.profile(), policy.options(), data.source(), pseudonym, absent, kept,
                privateTags);
    }
}
