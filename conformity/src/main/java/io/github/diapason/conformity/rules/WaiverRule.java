package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.diapason.diagnostic.Severity;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A waiver of the study ({@code waivers.json}) as published with the site's rules: findings about
 * {@code sequence} and {@code parameter} (when given) with code {@code finding} (when given) are
 * reported with {@code severity} ("info" or "warning") instead of failing, for exams acquired on or
 * before {@code expires}. {@code reason} maps language codes ("*" for any) to the reason's text.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WaiverRule(String id, String sequence, String parameter, String finding, Map<String, String> reason,
                         LocalDate expires, String severity, String acceptedBy) {

    public WaiverRule {
        reason = reason == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(reason));
    }

    /** The severity a waived finding is reported with: a note for "info", else a warning. */
    @JsonIgnore
    public Severity waivedSeverity() {
        return "info".equals(severity) ? Severity.NOTE : Severity.WARNING;
    }

    /** Whether it applies to an exam acquired on {@code examDate}: on or before its expiry date. */
    public boolean coversExamOn(LocalDate examDate) {
        return examDate != null && expires != null && !examDate.isAfter(expires);
    }

    /** The reason in {@code language}, else the language-neutral text, else English, else any. */
    public String reason(String language) {
        return Optional.ofNullable(reason.get(language)).or(() -> Optional.ofNullable(reason.get("*")))
                .or(() -> Optional.ofNullable(reason.get("en")))
                .orElseGet(() -> reason.values().stream().findFirst().orElse(""));
    }
}
