package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Counts known in advance: slices (or 3D partitions) per volume, volumes of a time series,
 * diffusion-weighted volumes (every b=0 and direction of the prescribed shells, without the
 * reversed-phase ones, which are usually a series of their own), and the distinct b-values
 * in s/mm². Null when the protocol does not say. {@code runs} is how many series of the sequence
 * one exam holds when the protocol runs it several times (null: one).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExpectedCounts(Integer slices, Integer volumes, Integer diffusionVolumes, List<Double> bValues,
                             Integer runs) {

    public ExpectedCounts {
        bValues = bValues == null ? List.of() : List.copyOf(bValues);
    }

    /** Counts of a sequence run once. */
    public ExpectedCounts(Integer slices, Integer volumes, Integer diffusionVolumes, List<Double> bValues) {
        this(slices, volumes, diffusionVolumes, bValues, null);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return slices == null && volumes == null && diffusionVolumes == null && bValues.isEmpty() && runs == null;
    }

    /** How many series of the sequence one exam should hold: its runs, 1 when not said. */
    @JsonIgnore
    public int expectedRuns() {
        return runs == null ? 1 : runs;
    }
}
