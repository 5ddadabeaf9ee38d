package io.github.diapason.vendor;

import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Technique;
import java.util.EnumSet;
import java.util.Set;

/** Neutral facts about techniques that every adapter needs (not vendor knowledge). */
public final class Techniques {
    private static final Set<Technique> THREE_D = EnumSet.of(Technique.T1_3D_IR_GRE, Technique.FLAIR_3D,
            Technique.TSE_3D, Technique.GRE_3D, Technique.SWI);
    private static final Set<Technique> TURBO_SPIN_ECHO = EnumSet.of(Technique.FLAIR_3D, Technique.TSE_3D,
            Technique.TSE_2D, Technique.FLAIR_2D);

    private Techniques() {
    }

    /** 3D when the protocol says so (MRAcquisitionType), else by the technique's usual form. */
    public static boolean is3D(Sequence sequence) {
        return sequence.parameter(ParameterName.MRAcquisitionType)
                .map(p -> "3D".equals(p.code()))
                .orElse(THREE_D.contains(sequence.technique()));
    }

    public static boolean isTurboSpinEcho(Technique technique) {
        return TURBO_SPIN_ECHO.contains(technique);
    }

    /** Techniques whose time is counted in volumes (EPI, ASL). */
    public static boolean isVolumeSeries(Technique technique) {
        return technique.isEpi() || technique == Technique.ASL;
    }
}
