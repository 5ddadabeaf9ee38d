package io.github.diapason.compiler;

import io.github.diapason.compiler.compile.Compilation;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.diff.StudyDiff;
import io.github.diapason.compiler.generate.StudyGenerator;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.VendorAdapters;
import java.util.ArrayList;
import java.util.List;

/**
 * The core API that the Maven goals and the CLI commands call. Each operation takes one
 * immutable request and returns one report value; none prints, exits or throws on bad input.
 * One construction path: the validation and the vendor adapters given here reach every stage
 * (validate, the compile stage, generate, rules, diff).
 */
public final class Diapason {

    private final Lazy<StudyValidation> validation;
    private final Lazy<StudyCompiler> compiler;

    /**
     * The standard checks and the vendor adapters registered on the class path, built on first use: {@code inspect}
     * and {@code check} need neither, and building them (schemas, XML readers, adapters) was a second of CPU at the
     * start of every {@code inspect} (bench/dicom-headers/README.md).
     */
    public Diapason() {
        this(new Lazy<>(() -> StudyValidation.standard(VendorAdapters.load().ids())),
                new Lazy<>(() -> new StudyCompiler(VendorAdapters.load())));
    }

    public Diapason(StudyValidation validation, VendorAdapters adapters) {
        this(new Lazy<>(() -> validation), new Lazy<>(() -> new StudyCompiler(adapters)));
    }

    private Diapason(Lazy<StudyValidation> validation, Lazy<StudyCompiler> compiler) {
        this.validation = validation;
        this.compiler = compiler;
    }

    /** A value built once, on first use (thread-safe). */
    private static final class Lazy<T> {
        private java.util.function.Supplier<T> make;
        private T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (make != null) {
                value = make.get();
                make = null;
            }
            return value;
        }
    }

    /** What the vendor adapters support, as a Markdown table: a row per technique and per licence option, a column per vendor. */
    public String supportMatrix() {
        return compiler.get().adapters().supportMatrix();
    }

    /** Compiles every site's outputs under the output folder; writes nothing when an error is found. */
    public GenerateReport generate(GenerateRequest request) {
        return new StudyGenerator(validation.get(), compiler.get()).generate(request);
    }

    /**
     * Compares the study with a baseline after resolution and translation, applies the policy and
     * the semantic-version gate, and writes the reports under {@code outputDirectory/diff/}.
     */
    public DiffReport diff(DiffRequest request) {
        return new StudyDiff(validation.get(), compiler.get()).diff(request);
    }

    /** Reads DICOM headers (never pixel data) and gives, per series, the values the checker compares. */
    public InspectReport inspect(InspectRequest request) {
        return new InspectReport(new io.github.diapason.conformity.inspect.Inspector(
                new io.github.diapason.conformity.dicom.DicomReader(),
                io.github.diapason.conformity.inspect.FieldTable.standard(), request.threads())
                .withProgress(request.progress()).inspect(request.inputs()));
    }

    /**
     * Checks received DICOM exams against the sites' rules and writes the check reports under
     * {@code outputDirectory}; verdicts and exit status come back in the outcome.
     */
    public CheckOutcome check(CheckRequest request) {
        return new io.github.diapason.compiler.check.ConformityCheck().check(request);
    }

    /**
     * Qualifies a site: compares its console exports, printouts and test-acquisition DICOM with the site's compiled
     * protocol, writes the signable reports, and (when asked) records a qualified result in the study.
     */
    public QualifyReport qualify(QualifyRequest request) {
        return new io.github.diapason.compiler.qualify.SiteQualification(validation.get(), compiler.get()).qualify(request);
    }

    /**
     * A watcher of a DICOMweb archive (see {@link io.github.diapason.conformity.watch.Watcher}): the caller runs it
     * and stops it; {@code log} hears its lines, {@code reported} each report folder written.
     */
    public Validated<io.github.diapason.conformity.watch.Watcher> watch(WatchRequest request, java.util.function.Consumer<String> log,
                                                                         java.util.function.Consumer<java.nio.file.Path> reported) {
        return new io.github.diapason.compiler.check.ArchiveWatch().open(request, log, reported);
    }

    /** Re-judges the exams a watcher reported, from their stored metadata, against {@code rules}; lists the changed verdicts. */
    public Validated<io.github.diapason.conformity.watch.Recheck.Result> recheck(java.nio.file.Path state, java.nio.file.Path rules,
                                                                                  java.nio.file.Path outputDirectory) {
        return new io.github.diapason.compiler.check.ArchiveWatch().recheck(state, rules, outputDirectory);
    }

    /**
     * Reads every file of the study, applies every check, and compiles every site (feasibility,
     * translation), so that a study that validates also generates.
     */
    public ValidationReport validate(ValidationRequest request) {
        Validated<LoadedStudy> result = validation.get().validate(request.studyDirectory());
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        if (result.value().isPresent() && !result.hasErrors()) {
            Compilation compilation = compiler.get().compileAll(result.value().get(), request.date());
            diagnostics.addAll(compilation.diagnostics());
            io.github.diapason.compiler.rules.RuleOutputs rules = new io.github.diapason.compiler.rules.RuleOutputs(compiler.get());
            compilation.outcomes().forEach(o -> diagnostics.addAll(rules.waiverDiagnostics(result.value().get(), o)));
            diagnostics.sort(Diagnostic.ORDER);
        }
        return new ValidationReport(request.studyDirectory(), result.value(), diagnostics);
    }
}
