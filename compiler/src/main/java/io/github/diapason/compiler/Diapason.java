package io.github.diapason.compiler;

import io.github.diapason.diagnostic.Validated;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;

/**
 * The core API that the Maven goals and the CLI commands call. Each operation takes one
 * immutable request and returns one report value; none prints, exits or throws on bad input.
 */
public final class Diapason {

    private final StudyValidation validation;

    public Diapason() {
        this(StudyValidation.standard());
    }

    Diapason(StudyValidation validation) {
        this.validation = validation;
    }

    /** Compiles every site's outputs under the output folder; writes nothing when an error is found. */
    public GenerateReport generate(GenerateRequest request) {
        return new io.github.diapason.compiler.generate.StudyGenerator().generate(request);
    }

    /**
     * Compares the study with a baseline after resolution and translation, applies the policy and
     * the semantic-version gate, and writes the reports under {@code outputDirectory/diff/}.
     */
    public DiffReport diff(DiffRequest request) {
        return new io.github.diapason.compiler.diff.StudyDiff().diff(request);
    }

    /**
     * Checks received DICOM exams against the sites' rules and writes the check reports under
     * {@code outputDirectory}; verdicts and exit status come back in the outcome.
     */
    public CheckOutcome check(CheckRequest request) {
        return new io.github.diapason.compiler.check.ConformityCheck().check(request);
    }

    /** Reads every file of the study and applies every check. */
    public ValidationReport validate(ValidationRequest request) {
        Validated<LoadedStudy> result = validation.validate(request.studyDirectory());
        return new ValidationReport(request.studyDirectory(), result.value(), result.diagnostics());
    }
}
