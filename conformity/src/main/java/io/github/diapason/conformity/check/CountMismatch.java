package io.github.diapason.conformity.check;

import io.github.diapason.conformity.inspect.SeriesValues;
import io.github.diapason.conformity.rules.ExpectedCounts;
import io.github.diapason.conformity.rules.SequenceRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.util.List;

/** Slices per volume, volumes, diffusion volumes and b-values as the protocol prescribes (files missing, run stopped early). */
final class CountMismatch implements SequenceCheck {

    private static final String HINT = "send every file of the series; if the run was stopped early, acquire it again";

    /** The parameters its findings name. */
    static final String SLICES = "slices per volume";
    static final String VOLUMES = "NumberOfVolumes";
    static final String DIFFUSION_VOLUMES = "diffusion volumes";
    static final String B_VALUES = "DiffusionBValues";

    @Override
    public void check(Exam exam, SequenceRule rule, SeriesValues s, List<Diagnostic> out) {
        ExpectedCounts c = rule.counts();
        if (c == null || c.isEmpty() || ScoutSeries.isLocaliser(rule)) {
            return;
        }
        long images = s.get("NumberOfImages") instanceof Number n ? n.longValue() : -1;
        long volumes = s.get("NumberOfVolumes") instanceof Number n ? n.longValue() : -1;
        if (c.slices() != null && volumes > 0 && images / volumes != c.slices()) {
            out.add(Findings.of(this, Severity.ERROR, exam, s, rule.id(), SLICES, "", c.slices().toString(),
                    Long.toString(images / volumes), "the number of slices differs: images missing or coverage changed", HINT));
        }
        if (c.volumes() != null && volumes != c.volumes()) {
            out.add(Findings.of(this, Severity.ERROR, exam, s, rule.id(), VOLUMES, "", c.volumes().toString(),
                    Long.toString(volumes), "the number of volumes differs: the run was stopped early or files are missing",
                    HINT));
        }
        if (c.diffusionVolumes() != null && volumes != c.diffusionVolumes()) {
            out.add(Findings.of(this, Severity.ERROR, exam, s, rule.id(), DIFFUSION_VOLUMES, "",
                    c.diffusionVolumes().toString(), Long.toString(volumes), "the number of diffusion volumes differs", HINT));
        }
        if (!c.bValues().isEmpty()) {
            List<Double> actual = Values.numbers(s.get("DiffusionBValues"));
            boolean same = actual.size() == c.bValues().size() && c.bValues().stream()
                    .allMatch(b -> actual.stream().anyMatch(x -> Math.abs(x - b) <= 1));
            if (!same) {
                out.add(Findings.of(this, Severity.ERROR, exam, s, rule.id(), B_VALUES, "", Values.print(c.bValues()),
                        Values.print(actual), "the b-values differ from the protocol's shells",
                        "load the study's diffusion direction file and acquire the series again"));
            }
        }
    }
}
