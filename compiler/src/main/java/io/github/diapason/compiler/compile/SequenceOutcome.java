package io.github.diapason.compiler.compile;

import io.github.diapason.model.Sequence;
import io.github.diapason.vendor.Feasibility;
import io.github.diapason.vendor.VendorSequence;
import java.util.Optional;

/** One sequence at one site: the resolved neutral sequence, whether the site runs it, and its console form. */
public record SequenceOutcome(Sequence sequence, Feasibility feasibility, Optional<VendorSequence> vendor) {

    /** For the overview: feasible, approximated, dropped or infeasible; a dynamic of another sequence's series. */
    public String status() {
        if (sequence.dynamicOf() != null && feasibility.runnable()) {
            return "dynamic";
        }
        return switch (feasibility.verdict()) {
            case DROPPED -> "dropped";
            case INFEASIBLE -> "infeasible";
            case RUNNABLE -> vendor.map(v -> v.approximations().isEmpty() ? "feasible" : "approximated").orElse("infeasible");
        };
    }
}
