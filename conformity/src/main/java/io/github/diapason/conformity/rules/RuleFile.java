package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The content of one site's {@code rules.json}: the study and site it is for, and one
 * {@link RuleSet} per scanner period of the site's history (in history order). A checker picks
 * the rule set of an exam with {@link #select}: by the exam date, the device serial number
 * narrowing it when several periods cover the date, or by the serial alone when the date was
 * removed by de-identification. {@code waivers} are the deviations the coordinating centre accepts
 * for the site (the study's {@code waivers.json}); absent from the file when there are none.
 */
public record RuleFile(@JsonProperty("$schema") String schema, String formatVersion, String studyId,
                       String studyVersion, String siteId, List<RuleSet> ruleSets,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WaiverRule> waivers) {

    /** Where the schema is published (also the resource {@code io/github/diapason/conformity/rules.schema.json}). */
    public static final String SCHEMA_ID = "https://diapason.github.io/schema/rules.schema.json";
    public static final String FORMAT_VERSION = "1.0";

    public RuleFile {
        ruleSets = ruleSets == null ? List.of() : List.copyOf(ruleSets);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    public RuleFile(String schema, String formatVersion, String studyId, String studyVersion, String siteId,
                    List<RuleSet> ruleSets) {
        this(schema, formatVersion, studyId, studyVersion, siteId, ruleSets, List.of());
    }

    public static RuleFile of(String studyId, String studyVersion, String siteId, List<RuleSet> ruleSets) {
        return new RuleFile(SCHEMA_ID, FORMAT_VERSION, studyId, studyVersion, siteId, ruleSets);
    }

    /** These rules with the site's waivers. */
    public RuleFile withWaivers(List<WaiverRule> siteWaivers) {
        return new RuleFile(schema, formatVersion, studyId, studyVersion, siteId, ruleSets, siteWaivers);
    }

    /**
     * The rule set for an exam: among the periods valid on {@code examDate} (all of them when the
     * date is unknown), those whose device serial number equals {@code deviceSerialNumber} when
     * one is given and any matches; the latest such period wins.
     */
    @JsonIgnore
    public Optional<RuleSet> select(LocalDate examDate, String deviceSerialNumber) {
        List<RuleSet> byDate = ruleSets.stream()
                .filter(r -> examDate == null || r.scanner().validOn(examDate)).toList();
        List<RuleSet> bySerial = deviceSerialNumber == null || deviceSerialNumber.isBlank() ? byDate
                : byDate.stream().filter(r -> deviceSerialNumber.trim().equals(r.scanner().deviceSerialNumber())).toList();
        List<RuleSet> candidates = bySerial.isEmpty() ? byDate : bySerial;
        return candidates.stream().max(Comparator.comparing(
                (RuleSet r) -> r.scanner().validFrom() == null ? LocalDate.MIN : r.scanner().validFrom()));
    }
}
