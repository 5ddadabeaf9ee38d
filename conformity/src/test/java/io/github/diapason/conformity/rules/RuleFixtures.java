package io.github.diapason.conformity.rules;

import java.time.LocalDate;
import java.util.List;

/** A small rule file: one site, two scanner periods (a software upgrade on 2027-03-01). */
final class RuleFixtures {
    private RuleFixtures() {
    }

    static ScannerIdentity scanner(String software, String serial, LocalDate from, LocalDate to) {
        return new ScannerIdentity("siemens", List.of("SIEMENS"), "Prisma", 3.0, List.of(software), serial, from, to);
    }

    static SequenceRule t1(double trSeconds) {
        return new SequenceRule("t1w", "T1w MPRAGE", "3d-ir-gre", "sagittal", true, true, 1,
                new Recognition(List.of("anat-T1w"), Recognition.NAME_ATTRIBUTES,
                        List.of(AttributeRule.code("MRAcquisitionType", "(0018,0023)", "3D", true, null))),
                List.of(AttributeRule.number("RepetitionTime", "(0018,0080)", "s", List.of(trSeconds), 0.00001, true, null),
                        AttributeRule.number("EchoTime", "(0018,0081)", "s", List.of(0.00298, 0.005), 0.00001, true, null)),
                new ExpectedCounts(208, null, null, List.of()), List.of(), List.of());
    }

    static RuleFile twoPeriods() {
        RuleSet before = new RuleSet(scanner("syngo MR E11", "167455", LocalDate.of(2018, 3, 1), LocalDate.of(2027, 2, 28)),
                List.of(t1(2.3)), List.of(), null);
        RuleSet after = new RuleSet(scanner("syngo MR XA30", "167455", LocalDate.of(2027, 3, 1), null),
                List.of(t1(2.4)), List.of(new DroppedSequenceRule("asl", "option not licensed")), null);
        return RuleFile.of("study", "1.0.0", "barcelona", List.of(before, after));
    }
}
