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
public record Feasibility(Verdict verdict, List<Reason> reasons) {

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
        List<Reason> reasons = new ArrayList<>();
        site.excludedSequences().stream().filter(e -> e.sequence().equals(sequence.id())).findFirst()
                .ifPresent(e -> reasons.add(e.reason() == null ? Reason.of(Reason.Code.EXCLUDED_BY_SITE)
                        : Reason.of(Reason.Code.EXCLUDED_BY_SITE, e.reason())));
        if (!profile.supports(sequence.technique())) {
            reasons.add(Reason.of(Reason.Code.NO_PRODUCT, profile.displayName(), sequence.technique()));
        }
        if (profile.fieldStrengths().stream().noneMatch(b -> Math.abs(b - scanner.fieldStrength()) < 0.05)) {
            reasons.add(Reason.of(Reason.Code.FIELD_STRENGTH_OUTSIDE_CATALOGUE, scanner.fieldStrength(),
                    profile.fieldStrengths().stream().sorted().toList()));
        }
        for (String option : requiredOptions(sequence, profile)) {
            if (!profile.options().containsKey(option)) {
                reasons.add(Reason.of(Reason.Code.OPTION_UNKNOWN, profile.displayName(), option));
            } else if (site.licensedOptions().stream().noneMatch(o -> o.equalsIgnoreCase(option))) {
                reasons.add(Reason.of(Reason.Code.OPTION_NOT_LICENSED, option, profile.options().get(option)));
            }
        }
        if (minimumChannels != null) {
            int best = site.coils().stream().mapToInt(c -> c.channels()).max().orElse(0);
            if (best < minimumChannels) {
                reasons.add(Reason.of(Reason.Code.COIL_TOO_FEW_CHANNELS, minimumChannels, best));
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
}
