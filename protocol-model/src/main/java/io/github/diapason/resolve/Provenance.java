package io.github.diapason.resolve;

import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.OverrideLevel;
import io.github.diapason.model.ParameterSpec;

/** One step of a parameter's history at a site: which override replaced what, at which level, and why. */
public record Provenance(String overrideId, OverrideLevel level, LocalizedText reason, ParameterSpec replaced,
                         ParameterSpec value) {
}
