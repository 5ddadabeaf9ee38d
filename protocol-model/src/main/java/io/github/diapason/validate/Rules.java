package io.github.diapason.validate;

import java.util.Collection;
import java.util.List;

/** The semantic rules Diapason applies, in the order they run. */
public final class Rules {
    private Rules() {
    }

    /** @param vendors the vendor ids a site or an override may name (the vendor adapters' ids) */
    public static List<Rule> all(Collection<String> vendors) {
        return List.of(
                new DuplicateId(),
                new DanglingReference(),
                new MandatoryExclusion(),
                new MissingUnit(),
                new UnitMismatch(),
                new InvalidCode(),
                new InvalidRange(),
                new NonPositiveValue(),
                new FlipAngleOutOfRange(),
                new EchoTimeNotBelowRepetitionTime(),
                new InversionTimeNotBelowRepetitionTime(),
                new EllipticalScanningOn2D(),
                new FieldOfViewMismatch(),
                new NotSemanticVersion(),
                new ExamTooLong(),
                new ScannerPeriodsOverlap(),
                new MissingAcquisitionScheme(),
                new DiffusionSplitTooFine(),
                new SiteLanguage(),
                new NotTranslated(),
                new UnknownVendor(vendors),
                new IdTooLong(),
                new IdsDifferOnlyInCase(),
                new WaiverReference(),
                new WaiverExpired(java.time.Clock.systemUTC()),
                new PseudonymMaskUnavailable(),
                new SiteCodeNotInPseudonym(),
                new InjectionOrder(),
                new CardiacTriggeringInconsistent(),
                new NavigatorInconsistent(),
                new DynamicInconsistent());
    }
}
