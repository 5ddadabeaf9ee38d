package io.github.diapason.vendor;

import static io.github.diapason.vendor.Fixtures.scanner;
import static io.github.diapason.vendor.Fixtures.seq;
import static io.github.diapason.vendor.Fixtures.site;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.model.Exclusion;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.Site;
import io.github.diapason.model.Technique;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeasibilityTest {
    private final VendorAdapter siemens = Fixtures.adapter("siemens");

    private static Sequence multiband(boolean optional) {
        Fixtures.Seq s = seq("rest", Technique.BOLD_EPI).p(ParameterName.MultibandAccelerationFactor, 4, "count");
        return (optional ? s.optional() : s).build();
    }

    @Test
    void optionalSequenceNeedingAnUnlicensedOptionIsDroppedWithTheReason() {
        Feasibility f = siemens.feasibility(multiband(true), site(List.of(), 32), scanner("siemens", 3), null);
        assertThat(f.verdict()).isEqualTo(Feasibility.Verdict.DROPPED);
        assertThat(f.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(Reason.Code.OPTION_NOT_LICENSED);
            assertThat(r.args()).first().isEqualTo("multiband");
        });
    }

    @Test
    void mandatorySequenceNeedingAnUnlicensedOptionIsInfeasible() {
        Feasibility f = siemens.feasibility(multiband(false), site(List.of(), 32), scanner("siemens", 3), null);
        assertThat(f.verdict()).isEqualTo(Feasibility.Verdict.INFEASIBLE);
    }

    @Test
    void licensedOptionMakesTheSequenceRunnable() {
        Feasibility f = siemens.feasibility(multiband(false), site(List.of("multiband"), 32), scanner("siemens", 3), null);
        assertThat(f.runnable()).isTrue();
    }

    @Test
    void aslImpliesThePcaslOption() {
        Sequence asl = seq("asl", Technique.ASL).build();
        assertThat(Feasibility.requiredOptions(asl, siemens.profile())).containsExactly("pcasl");
    }

    @Test
    void tooFewCoilChannelsIsAReason() {
        Feasibility f = siemens.feasibility(seq("t1", Technique.T1_3D_IR_GRE).build(), site(List.of(), 20),
                scanner("siemens", 3), 32);
        assertThat(f.reasons()).containsExactly(Reason.of(Reason.Code.COIL_TOO_FEW_CHANNELS, 32, 20));
    }

    @Test
    void fieldStrengthOutsideTheCatalogueIsAReason() {
        Feasibility f = siemens.feasibility(seq("t1", Technique.T1_3D_IR_GRE).build(), site(List.of(), 32),
                scanner("siemens", 7), null);
        assertThat(f.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(Reason.Code.FIELD_STRENGTH_OUTSIDE_CATALOGUE);
            assertThat(r.args()).first().isEqualTo(7.0);
        });
    }

    @Test
    void siteExclusionDropsAnOptionalSequenceWithTheSitesReason() {
        Site base = site(List.of(), 32);
        Site excluding = new Site(base.id(), base.name(), base.language(), base.contacts(), base.scanners(), base.coils(),
                base.licensedOptions(), base.phantoms(), base.plannedUpgrades(), false,
                List.of(new Exclusion("swi", LocalizedText.of("no time slot"))));
        Feasibility f = siemens.feasibility(seq("swi", Technique.GRE_3D).optional().build(), excluding,
                scanner("siemens", 3), null);
        assertThat(f.verdict()).isEqualTo(Feasibility.Verdict.DROPPED);
        assertThat(f.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(Reason.Code.EXCLUDED_BY_SITE);
            assertThat(((io.github.diapason.model.LocalizedText) r.args().get(0)).in("en")).contains("no time slot");
        });
    }
}
