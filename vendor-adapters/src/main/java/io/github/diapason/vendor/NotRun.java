package io.github.diapason.vendor;

/** A sequence a site does not run (an optional one dropped, or a mandatory one it cannot run), and why. */
public record NotRun(String sequenceId, Feasibility feasibility) {

    public boolean dropped() {
        return feasibility.verdict() == Feasibility.Verdict.DROPPED;
    }
}
