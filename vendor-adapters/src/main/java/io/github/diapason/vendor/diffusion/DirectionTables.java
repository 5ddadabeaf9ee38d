package io.github.diapason.vendor.diffusion;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.DiffusionScheme;
import io.github.diapason.model.GradientVector;
import io.github.diapason.model.Shell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The explicit b-table of a scheme, and number formatting shared by the formats. */
final class DirectionTables {
    private DirectionTables() {
    }

    /**
     * The scheme's vectors as prescribed, normalised; when it gives only shells, directions spread
     * deterministically over the half sphere (golden-angle spiral) with a note saying so.
     */
    public static Validated<List<GradientVector>> vectors(DiffusionScheme scheme) {
        if (!scheme.vectors().isEmpty()) {
            return Validated.of(scheme.vectors().stream().map(DirectionTables::normalised).toList(), List.of());
        }
        List<GradientVector> b0 = new ArrayList<>();
        List<GradientVector> weighted = new ArrayList<>();
        for (Shell shell : scheme.shells()) {
            for (int k = 0; k < shell.directions(); k++) {
                if (shell.bValue() <= 0) {
                    b0.add(new GradientVector(0, 0, 0, 0));
                } else {
                    weighted.add(spiral(k, shell.directions(), shell.bValue()));
                }
            }
        }
        List<GradientVector> out = interleaved(b0, weighted, scheme.b0Interleave());
        List<Diagnostic> notes = scheme.shells().stream().anyMatch(s -> s.bValue() > 0)
                ? List.of(new Diagnostic(Severity.NOTE, "DiffusionDirectionsGenerated",
                "the protocol gives shell sizes only; directions were spread over the half sphere by a golden-angle spiral",
                "prescribe the vectors in the protocol to control them", SourceLocation.NONE))
                : List.of();
        return Validated.of(out, notes);
    }

    /** The b=0 volumes first, or one first and then one after every {@code every} weighted volumes; the rest at the end. */
    static List<GradientVector> interleaved(List<GradientVector> b0, List<GradientVector> weighted, Integer every) {
        List<GradientVector> out = new ArrayList<>();
        if (every == null || b0.isEmpty()) {
            out.addAll(b0);
            out.addAll(weighted);
            return out;
        }
        int left = b0.size();
        out.add(b0.get(--left));
        for (int k = 0; k < weighted.size(); k++) {
            out.add(weighted.get(k));
            if ((k + 1) % every == 0 && left > 0) {
                out.add(b0.get(--left));
            }
        }
        while (left > 0) {
            out.add(b0.get(--left));
        }
        return out;
    }

    static GradientVector normalised(GradientVector v) {
        double norm = Math.sqrt(v.x() * v.x() + v.y() * v.y() + v.z() * v.z());
        if (norm == 0 || v.bValue() <= 0) {
            return new GradientVector(0, 0, 0, Math.max(0, v.bValue()));
        }
        return new GradientVector(v.x() / norm, v.y() / norm, v.z() / norm, v.bValue());
    }

    private static GradientVector spiral(int k, int n, double b) {
        double z = 1 - (k + 0.5) / n;
        double r = Math.sqrt(1 - z * z);
        double phi = k * Math.PI * (3 - Math.sqrt(5));
        return new GradientVector(r * Math.cos(phi), r * Math.sin(phi), z, b);
    }

    static double maxB(List<GradientVector> vectors) {
        return vectors.stream().mapToDouble(GradientVector::bValue).max().orElse(0);
    }

    static String f6(double v) {
        return String.format(Locale.ROOT, "%.6f", v == 0 ? 0.0 : v);
    }

    static Diagnostic malformed(String format, int line, String text) {
        return Diagnostic.error("DiffusionFileMalformed", format + " line " + line + " is not understood: " + text,
                "compare it with a direction file Diapason writes for the same scheme (sites/<site>/diffusion/)", new SourceLocation("", line, 0, ""));
    }

    /** A vector of length sqrt(b / maxB) back to a unit vector with its b-value, rounded to {@code bStep}. */
    static GradientVector fromScaled(double x, double y, double z, double maxB, double bStep) {
        double sq = x * x + y * y + z * z;
        if (sq < 1e-12) {
            return new GradientVector(0, 0, 0, 0);
        }
        double norm = Math.sqrt(sq);
        double b = Math.round(maxB * sq / bStep) * bStep;
        return new GradientVector(x / norm, y / norm, z / norm, b);
    }
}
