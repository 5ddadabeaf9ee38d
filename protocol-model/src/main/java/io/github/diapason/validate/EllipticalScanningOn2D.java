package io.github.diapason.validate;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import io.github.diapason.read.LoadedStudy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Elliptical scanning skips the corners of a 3D scan's phase x partition plane (Siemens "Elliptical scanning" is on
 * the 3D programs only in the spine-generic VE11C and XA61 printouts; the Philips ExamCard's k-space shutter
 * likewise): switched on for a 2D sequence, it has nothing to act on, and the author probably meant another sequence.
 */
final class EllipticalScanningOn2D implements Rule {
    /** Techniques acquired slice by slice unless MRAcquisitionType says 3D. */
    private static final Set<Technique> TWO_D = EnumSet.of(Technique.LOCALISER, Technique.TSE_2D, Technique.FLAIR_2D,
            Technique.GRE_2D, Technique.BOLD_EPI, Technique.DIFFUSION_EPI, Technique.SE_EPI_FIELDMAP,
            Technique.GRE_FIELDMAP, Technique.ASL);

    @Override
    public List<Diagnostic> check(LoadedStudy study) {
        List<Diagnostic> out = new ArrayList<>();
        for (ParameterScope scope : ParameterScope.of(study.study().protocol())) {
            if (scope.reports(EllipticalScanningOn2D::violated, ParameterName.EllipticalScanning,
                    ParameterName.MRAcquisitionType)) {
                out.add(Diagnostic.error(code(), scope.description() + ": elliptical scanning is on, but the sequence is"
                                + " acquired in 2D; elliptical scanning skips the corners of a 3D scan's phase x partition plane",
                        "remove EllipticalScanning from this sequence, or set it to \"off\"",
                        study.protocolSource().locate(scope.pointer(ParameterName.EllipticalScanning))));
            }
        }
        return out;
    }

    private static boolean violated(Sequence s) {
        boolean on = s.parameter(ParameterName.EllipticalScanning).map(ParameterSpec::code).filter("on"::equals).isPresent();
        if (!on) {
            return false;
        }
        return s.parameter(ParameterName.MRAcquisitionType).map(ParameterSpec::code).map("2D"::equals)
                .orElse(TWO_D.contains(s.technique()));
    }
}
