package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Counts known in advance: slices (or 3D partitions) per volume, volumes of a time series,
 * diffusion-weighted volumes (every b=0 and direction of the prescribed shells, without the
 * reversed-phase ones, which are usually a series of their own), and the distinct b-values
 * in s/mm². Null when the protocol does not say.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExpectedCounts(Integer slices, Integer volumes, Integer diffusionVolumes, List<Double> bValues) {

    public ExpectedCounts {
        bValues = bValues == null ? List.of() : List.copyOf(bValues);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return slices == null && volumes == null && diffusionVolumes == null && bValues.isEmpty();
    }
}
