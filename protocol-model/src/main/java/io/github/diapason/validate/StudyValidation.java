package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.DiagnosticCap;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.read.StudyReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one entry point for "is this study right?": read every file, then run every semantic
 * rule, and return the study with all diagnostics, sorted. Maven goals and CLI commands call this.
 */
public final class StudyValidation {

    private final StudyReader reader;
    private final List<Rule> rules;

    public StudyValidation(StudyReader reader, List<Rule> rules) {
        this.reader = reader;
        this.rules = List.copyOf(rules);
    }

    /**
     * The default readers and every rule; {@code vendors} are the vendor ids a site or an override
     * may name: the ids of the vendor adapters on the class path (the only vendor list).
     */
    public static StudyValidation standard(Collection<String> vendors) {
        return new StudyValidation(StudyReader.withDefaultFormats(), Rules.all(vendors));
    }

    public Validated<LoadedStudy> validate(Path studyDir) {
        Validated<LoadedStudy> read = reader.read(studyDir);
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        read.value().ifPresent(study -> rules.forEach(rule -> all.addAll(rule.check(study))));
        all.sort(Diagnostic.ORDER);
        return new Validated<>(read.value(), DiagnosticCap.apply(all));
    }
}
