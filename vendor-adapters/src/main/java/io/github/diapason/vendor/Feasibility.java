package io.github.diapason.vendor;

import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Whether a site can run a sequence, and every reason it cannot: the site's own exclusion,
 * a technique or field strength the vendor catalogue does not cover, licence options the site
 * lacks, too few coil channels.
 */
public record Feasibility(Verdict verdict, List<String> reasons) {

    public enum Verdict {
        /** The site runs the sequence. */
        RUNNABLE,
        /** An optional sequence the site cannot or will not run: left out of its outputs, with the reasons. */
        DROPPED,
        /** A mandatory sequence the site cannot run: an error. */
        INFEASIBLE
    }

    public Feasibility {
        reasons = List.copyOf(reasons);
    }

    public boolean runnable() {
        return verdict == Verdict.RUNNABLE;
    }

    /**
     * @param minimumChannels the exam's coil requirement (Exam.equipment().coil().minimumChannels()), null when none
     */
    public static Feasibility assess(Sequence sequence, Site site, ScannerPeriod scanner, Integer minimumChannels,
                                     VendorProfile profile) {
        List<String> reasons = new ArrayList<>();
        site.excludedSequences().stream().filter(e -> e.sequence().equals(sequence.id())).findFirst()
                .ifPresent(e -> reasons.add("the site does not run it: "
                        + (e.reason() == null ? "no reason given" : e.reason().in("en"))));
        if (!profile.supports(sequence.technique())) {
            reasons.add(profile.displayName() + " has no product sequence for " + sequence.technique().description()
                    + " in Diapason's catalogue");
        }
        if (profile.fieldStrengths().stream().noneMatch(b -> Math.abs(b - scanner.fieldStrength()) < 0.05)) {
            reasons.add("field strength " + fmt(scanner.fieldStrength()) + " T is outside the catalogue ("
                    + profile.fieldStrengths().stream().map(Feasibility::fmt).toList() + " T)");
        }
        for (String option : requiredOptions(sequence, profile)) {
            if (!profile.options().containsKey(option)) {
                reasons.add(profile.displayName() + " offers no option '" + option + "'");
            } else if (site.licensedOptions().stream().noneMatch(o -> o.equalsIgnoreCase(option))) {
                reasons.add("option '" + option + "' (" + profile.options().get(option) + ") is not licensed at the site");
            }
        }
        if (minimumChannels != null) {
            int best = site.coils().stream().mapToInt(c -> c.channels()).max().orElse(0);
            if (best < minimumChannels) {
                reasons.add("the exam needs a coil with at least " + minimumChannels + " channels; the site's best has "
                        + best);
            }
        }
        Verdict verdict = reasons.isEmpty() ? Verdict.RUNNABLE
                : sequence.isMandatory() ? Verdict.INFEASIBLE : Verdict.DROPPED;
        return new Feasibility(verdict, reasons);
    }

    /**
     * Options the sequence needs: those it names, those its technique implies on this vendor
     * (data), multiband when a factor above 1 is prescribed, DTI import for prescribed vectors.
     */
    public static List<String> requiredOptions(Sequence sequence, VendorProfile profile) {
        TreeSet<String> options = new TreeSet<>();
        sequence.requiredOptions().forEach(o -> options.add(o.toLowerCase(Locale.ROOT)));
        options.addAll(profile.impliedOptions(sequence.technique()));
        sequence.parameter(ParameterName.MultibandAccelerationFactor).flatMap(p -> p.nominal())
                .filter(f -> f > 1).ifPresent(f -> options.add("multiband"));
        if (sequence.diffusion() != null && !sequence.diffusion().vectors().isEmpty()) {
            options.add("dti-import");
        }
        return List.copyOf(options);
    }

    private static String fmt(double tesla) {
        return String.format(Locale.ROOT, "%.1f", tesla);
    }
}
