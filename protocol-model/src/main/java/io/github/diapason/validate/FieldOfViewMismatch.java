package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ParameterName;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Field of view, matrix and voxel size agree: FOV ≈ matrix × voxel, in the read and in the
 * phase direction, within 2 % (console rounding of matrices and percentages stays inside it).
 */
public final class FieldOfViewMismatch implements Rule {

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
        Optional<Double> f = scope.canonical(fov);
        Optional<Double> m = scope.canonical(matrix);
        Optional<Double> v = scope.canonical(voxel);
        if (f.isEmpty() || m.isEmpty() || v.isEmpty() || !scope.owns(fov, matrix, voxel)) {
            return;
        }
        double product = m.get() * v.get();
        if (Math.abs(product - f.get()) > TOLERANCE * f.get()) {
            out.add(Diagnostic.error(code(), String.format(Locale.ROOT,
                            "%s: %s field of view %.1f mm does not match matrix %.0f × voxel %.2f mm = %.1f mm",
                            scope.description(), direction, f.get(), m.get(), v.get(), product),
                    "make the three agree within 2 % (FOV = matrix × voxel size)",
                    study.protocolSource().locate(scope.pointer(fov))));
        }
    }
}
