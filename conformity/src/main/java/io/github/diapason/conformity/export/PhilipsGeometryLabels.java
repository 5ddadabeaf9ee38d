package io.github.diapason.conformity.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Philips printout names FOV and voxel sizes by patient axis (RL, AP, FH), the block by measurement
 * axis (M readout, P phase, S slice). With the first stack's orientation and fold-over (phase) direction
 * the axes follow: S is the stack normal (sagittal RL, coronal AP, transverse FH), P the fold-over
 * direction, M the remaining axis. Checked on the seven spine-generic scans: T1w sagittal with AP
 * fold-over has EX_GEO_fov 320 printed "FOV FH 320", EX_GEO_fov_p 260 "AP 260", stack 192 "RL 192".
 * An orientation or direction that does not give three distinct axes gives no labels (never a guess).
 */
final class PhilipsGeometryLabels {

    private static final Map<String, String> NORMAL = Map.of("SAGITTAL", "RL", "CORONAL", "AP", "TRANSVERSAL", "FH");
    private static final Map<String, String> FOLD_OVER = Map.of("AP", "AP", "LR", "RL", "RL", "RL", "FH", "FH");
    private static final Set<String> AXES = Set.of("RL", "AP", "FH");

    private PhilipsGeometryLabels() {
    }

    /** Block key → printout label ("FOV FH", "ACQ voxel size AP", "Recon voxel size RL"...), empty when axes are unclear. */
    static Map<String, String> of(List<PhilipsParameterBlock.Parameter> parameters) {
        Optional<String> s = first(parameters, "EX_GEO_stacks_orientations").map(NORMAL::get);
        Optional<String> p = first(parameters, "EX_GEO_stacks_prep_dirs").map(FOLD_OVER::get);
        if (s.isEmpty() || p.isEmpty() || s.get().equals(p.get())) {
            return Map.of();
        }
        String m = AXES.stream().filter(a -> !a.equals(s.get()) && !a.equals(p.get())).findFirst().orElseThrow();
        Map<String, String> labels = new HashMap<>();
        labels.put("EX_GEO_fov", "FOV " + m);
        labels.put("EX_GEO_fov_p", "FOV " + p.get());
        labels.put("EX_GEO_stacks_fov_ss[0]", "FOV " + s.get());
        labels.put("EX_GEO_voxel_size_m", "ACQ voxel size " + m);
        labels.put("EX_GEO_voxel_size_p", "ACQ voxel size " + p.get());
        labels.put("EX_GEO_acq_voxel_size_s", "ACQ voxel size " + s.get());
        labels.put("EX_PROC_recon_voxel_size_m", "Recon voxel size " + m);
        labels.put("EX_PROC_recon_voxel_size_p", "Recon voxel size " + p.get());
        labels.put("EX_GEO_voxel_size_s", "Recon voxel size " + s.get());
        return labels;
    }

    /**
     * SENSE factor key → the axis the printout names in its label: P reduction along the fold-over direction, S reduction
     * along the stack normal ("P reduction (AP) 2", "S reduction (RL) 1" on the sagittal T1w; "S reduction (FH) 1" on
     * the transverse GRE-MT, spine_generic_philips_R53.pdf). Empty when the axes are unclear, as for {@link #of}.
     */
    static Map<String, String> reductionAxes(List<PhilipsParameterBlock.Parameter> parameters) {
        Optional<String> s = first(parameters, "EX_GEO_stacks_orientations").map(NORMAL::get);
        Optional<String> p = first(parameters, "EX_GEO_stacks_prep_dirs").map(FOLD_OVER::get);
        if (s.isEmpty() || p.isEmpty() || s.get().equals(p.get())) {
            return Map.of();
        }
        return Map.of("EX_GEO_sense_p_red_factor", p.get(), "EX_GEO_sense_s_red_factor", s.get());
    }

    private static Optional<String> first(List<PhilipsParameterBlock.Parameter> parameters, String name) {
        return parameters.stream().filter(x -> x.name().equals(name) && !x.elements().isEmpty())
                .map(x -> x.elements().get(0)).findFirst();
    }
}
