package io.github.diapason.compiler.diff;

import io.github.diapason.compiler.DiffReport;
import io.github.diapason.compiler.DiffRequest;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.compiler.output.OutputWriter;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diff pipeline: read the current study (its errors stop the diff), materialise and read the
 * baseline (its errors become warnings: an old release may not pass today's rules), compare,
 * apply the policy and the version gate, write the three reports.
 */
public final class StudyDiff {

    private final StudyValidation validation;
    private final ProtocolDiffer differ;

    public StudyDiff(StudyValidation validation, StudyCompiler compiler) {
        this.validation = validation;
        this.differ = new ProtocolDiffer(compiler);
    }

    public DiffReport diff(DiffRequest request) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Validated<LoadedStudy> current = validation.validate(request.studyDirectory());
        diagnostics.addAll(current.diagnostics());
        if (current.hasErrors() || current.value().isEmpty()) {
            return new DiffReport(request.baseline().describe(), Optional.empty(), Optional.empty(), diagnostics,
                    List.of());
        }
        Validated<BaselineMaterialiser.Materialised> materialised =
                BaselineMaterialiser.materialise(request.baseline(), request.studyDirectory());
        diagnostics.addAll(materialised.diagnostics());
        if (materialised.value().isEmpty()) {
            return new DiffReport(request.baseline().describe(), Optional.empty(), Optional.empty(), diagnostics,
                    List.of());
        }
        try (BaselineMaterialiser.Materialised base = materialised.value().get()) {
            Validated<LoadedStudy> baseline = validation.validate(base.directory());
            for (Diagnostic d : baseline.diagnostics()) {
                diagnostics.add(d.isError() ? new Diagnostic(Severity.WARNING, d.code(), "baseline (" + base.description()
                        + "): " + d.message(), d.hint(), SourceLocation.NONE) : d);
            }
            if (baseline.value().isEmpty()) {
                diagnostics.add(Diagnostic.error("BaselineUnreadable", "the baseline (" + base.description()
                                + ") could not be read as a study", "see the warnings above",
                        SourceLocation.file(request.studyDirectory().toString())));
                return new DiffReport(base.description(), Optional.empty(), Optional.empty(), diagnostics, List.of());
            }
            LoadedStudy now = current.value().get();
            ProtocolDiff diff = differ.diff(baseline.value().get(), now, request.date());
            GateVerdict verdict = VersionGate.evaluate(diff, request.policy(),
                    now.protocolSource().locate("/study/version"), c -> now.locate(c.site(), c.pointer()));
            diagnostics.addAll(verdict.diagnostics());
            OutputTree tree = DiffReports.render(diff, verdict, base.description());
            List<Path> written = new ArrayList<>();
            try {
                OutputWriter.write(tree, request.outputDirectory());
                tree.files().keySet().forEach(p -> written.add(request.outputDirectory().resolve(p)));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error("OutputUnwritable", "cannot write the diff reports: " + e.getMessage(),
                        "check the output folder's permissions and free space",
                        SourceLocation.file(request.outputDirectory().toString())));
            }
            return new DiffReport(base.description(), Optional.of(diff), Optional.of(verdict), diagnostics, written);
        }
    }
}
