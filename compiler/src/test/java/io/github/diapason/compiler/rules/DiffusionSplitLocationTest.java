package io.github.diapason.compiler.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ms-cohort splits its multi-shell DWI (protocol sequence 3) into two series: diagnostics about the parts and about
 * the sequences after them still point at the protocol's own sequences, not at the resolved list's numbering.
 */
class DiffusionSplitLocationTest {

    private static List<Diagnostic> about(SiteOutcome outcome, String sequenceId) {
        return outcome.diagnostics().stream().filter(d -> d.message().contains("sequence '" + sequenceId + "'")).toList();
    }

    @Test
    void diagnosticsOfEachPartPointAtTheSplitSequence() {
        SiteOutcome london = Studies.compiled("london", 0);
        assertThat(about(london, "dwi-multishell-part2")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.location().path()).startsWith("/exam/sequences/3"));
    }

    @Test
    void diagnosticsOfTheSequencesAfterTheSplitKeepTheirProtocolNumber() {
        // t1w-postcontrast is the protocol's tenth sequence (index 9), the resolved list's eleventh
        SiteOutcome london = Studies.compiled("london", 0);
        assertThat(Studies.MS_COHORT.study().protocol().exam().sequences().get(9).id()).isEqualTo("t1w-postcontrast");
        assertThat(about(london, "t1w-postcontrast")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.location().path()).startsWith("/exam/sequences/9"));
    }
}
