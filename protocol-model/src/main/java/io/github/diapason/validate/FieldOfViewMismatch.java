package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Sequence;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Field of view, matrix and voxel size agree: FOV ≈ matrix × voxel, in the read and in the
 * phase direction, within 2 % (console rounding of matrices and percentages stays inside it).
 */
final class FieldOfViewMismatch implements Rule {

    static final double TOLERANCE = 0.02;

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterScope scope : ParameterScope.of(study.study().protocol())) {
            check(scope, "read", ParameterName.FieldOfViewRead, ParameterName.AcquisitionMatrixRead,
                    ParameterName.VoxelSizeRead, study, out);
            check(scope, "phase", ParameterName.FieldOfViewPhase, ParameterName.AcquisitionMatrixPhase,
                    ParameterName.VoxelSizePhase, study, out);
        }
        return out;
    }

    private void check(ParameterScope scope, String direction, ParameterName fov, ParameterName matrix,
                       ParameterName voxel, LoadedStudy study, List<Diagnostic> out) {
        if (!scope.reports(s -> violated(s, fov, matrix, voxel), fov, matrix, voxel)) {
            return;
        }
        double f = scope.canonical(fov).orElseThrow();
        double m = scope.canonical(matrix).orElseThrow();
        double v = scope.canonical(voxel).orElseThrow();
        out.add(Diagnostic.error(code(), String.format(Locale.ROOT,
                        "%s: %s field of view %.1f mm does not match matrix %.0f × voxel %.2f mm = %.1f mm",
                        scope.description(), direction, f, m, v, m * v),
                "make the three agree within 2 % (FOV = matrix × voxel size)",
                study.protocolSource().locate(scope.pointer(fov))));
    }

    private static boolean violated(Sequence s, ParameterName fov, ParameterName matrix, ParameterName voxel) {
        Optional<Double> f = s.parameter(fov).flatMap(ParameterSpec::canonical);
        Optional<Double> m = s.parameter(matrix).flatMap(ParameterSpec::canonical);
        Optional<Double> v = s.parameter(voxel).flatMap(ParameterSpec::canonical);
        return f.isPresent() && m.isPresent() && v.isPresent() && Math.abs(m.get() * v.get() - f.get()) > TOLERANCE * f.get();
    }
}
