package io.github.diapason.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.model.ConsoleSetting;
import io.github.diapason.model.LocalizedText;
import io.github.diapason.model.OverrideLevel;
import io.github.diapason.model.OverrideSelector;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.ProtocolOverride;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.SequencePatch;
import io.github.diapason.model.Site;
import io.github.diapason.model.StudyInfo;
import io.github.diapason.model.Exam;
import io.github.diapason.model.Technique;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverrideResolverTest {

    private static final ScannerPeriod GE_3T = new ScannerPeriod("ge", "SIGNA Premier", 3.0, "MR30.1", "SN1",
            LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31));
    private static final ScannerPeriod GE_3T_UPGRADED = new ScannerPeriod("ge", "SIGNA Premier", 3.0, "MR31.0",
            "SN1", LocalDate.of(2027, 1, 1), null);
    private static final Site SITE = new Site("lyon", "Lyon", "fr", null, List.of(GE_3T, GE_3T_UPGRADED), null,
            null, null, null, null, null);

    private static ProtocolOverride override(String id, OverrideSelector when, double ti) {
        return new ProtocolOverride(id, LocalizedText.of("because " + id), when,
                Map.of("t1", new SequencePatch(Map.of(ParameterName.InversionTime, ParameterSpec.of(ti, "ms")))));
    }

    private static Protocol protocol(List<ProtocolOverride> overrides) {
        Sequence t1 = new Sequence("t1", LocalizedText.of("T1"), Technique.T1_3D_IR_GRE, true, false, null, null, null,
                null, Map.of(ParameterName.InversionTime, ParameterSpec.of(900, "ms"),
                ParameterName.RepetitionTime, ParameterSpec.of(2300, "ms")),
                null, null, null, null, null, null, null, null, null, null, null, null);
        return new Protocol(new StudyInfo("s", LocalizedText.of("S"), "1.0.0", null, null, null, null, null, null),
                new Exam(null, null, null, null, null, null, List.of(t1)), overrides, null, null);
    }

    private static double ti(EffectiveProtocol e) {
        return e.protocol().sequence("t1").orElseThrow().parameter(ParameterName.InversionTime).orElseThrow().value();
    }

    @Test
    void moreSpecificLevelWinsWhateverTheFileOrder() {
        Protocol p = protocol(List.of(
                override("site", new OverrideSelector(null, null, null, null, "lyon"), 460),
                override("vendor", new OverrideSelector(null, "ge", null, null, null), 450),
                override("field", new OverrideSelector(3.0, null, null, null, null), 880)));

        EffectiveProtocol e = OverrideResolver.resolve(p, SITE, GE_3T);

        assertThat(ti(e)).isEqualTo(460.0);
        assertThat(e.applied()).extracting(AppliedOverride::id).containsExactly("field", "vendor", "site");
        assertThat(e.history("t1", ParameterName.InversionTime)).extracting(Provenance::level)
                .containsExactly(OverrideLevel.FIELD_STRENGTH, OverrideLevel.VENDOR, OverrideLevel.SITE);
        assertThat(e.history("t1", ParameterName.InversionTime).get(0).replaced().value()).isEqualTo(900.0);
    }

    @Test
    void vendorOverrideRenamesTheSeriesAndAddsNamedConsoleSettingsOnlyForThatVendor() {
        // spine-generic: Philips names the GRE-T1w series GRE-T1; GE sets user CVs that have no neutral meaning
        ProtocolOverride ge = new ProtocolOverride("ge-cvs", LocalizedText.of("GE printout"),
                new OverrideSelector(null, "ge", null, null, null),
                Map.of("t1", new SequencePatch("T1w-GE", Map.of(), Map.of("User CV6", new ConsoleSetting("2.00")))));
        ProtocolOverride philips = new ProtocolOverride("philips-name", LocalizedText.of("Philips printout"),
                new OverrideSelector(null, "philips", null, null, null),
                Map.of("t1", new SequencePatch("T1-PH", Map.of(), Map.of())));

        Sequence t1 = OverrideResolver.resolve(protocol(List.of(ge, philips)), SITE, GE_3T).protocol().sequence("t1").orElseThrow();

        assertThat(t1.seriesName()).isEqualTo("T1w-GE");
        assertThat(t1.consoleSettings()).containsOnlyKeys("User CV6");
        assertThat(t1.consoleSettings().get("User CV6").value()).isEqualTo("2.00");
        assertThat(t1.parameter(ParameterName.InversionTime).orElseThrow().value()).isEqualTo(900.0);
    }

    @Test
    void aVendorsDynamicGivesItsHostSeriesOneVolumePerDynamicOnlyForThatVendor() {
        // spine-generic Philips R5.3: GRE-MT0 is dynamic 2 of GRE-MT ('dyn scans 2'); GE acquires two series
        Protocol base = protocol(List.of());
        Sequence t1 = base.exam().sequences().get(0);
        Sequence second = new Sequence("t1-bis", LocalizedText.of("T1 bis"), Technique.T1_3D_IR_GRE, true, false, null,
                null, null, null, t1.parameters(), null, null, null, null, null, null, null, null, null, null, null, null);
        ProtocolOverride philips = new ProtocolOverride("philips-dynamics", LocalizedText.of("Philips printout"),
                new OverrideSelector(null, "philips", null, null, null), Map.of("t1-bis", new SequencePatch(null,
                Map.of(), null, null, null, new io.github.diapason.model.DynamicOf("t1", 2))));
        Protocol p = new Protocol(base.study(), base.exam().withSequences(List.of(t1, second)), List.of(philips), null, null);
        ScannerPeriod achieva = new ScannerPeriod("philips", "Achieva", 3.0, "R5.3", "SN2", null, null);
        Site philipsSite = new Site("lille", "Lille", "fr", null, List.of(achieva), null, null, null, null, null, null,
                null, null, null);

        EffectiveProtocol onPhilips = OverrideResolver.resolve(p, philipsSite, achieva);
        EffectiveProtocol onGe = OverrideResolver.resolve(p, SITE, GE_3T);

        assertThat(onPhilips.protocol().sequence("t1-bis").orElseThrow().dynamicOf())
                .isEqualTo(new io.github.diapason.model.DynamicOf("t1", 2));
        assertThat(onPhilips.protocol().sequence("t1").orElseThrow().parameter(ParameterName.NumberOfVolumes)
                .orElseThrow().value()).isEqualTo(2.0);
        assertThat(onPhilips.history("t1", ParameterName.NumberOfVolumes)).extracting(Provenance::overrideId)
                .containsExactly("philips-dynamics");
        assertThat(onGe.protocol().sequence("t1-bis").orElseThrow().dynamicOf()).isNull();
        assertThat(onGe.protocol().sequence("t1").orElseThrow().parameter(ParameterName.NumberOfVolumes)).isEmpty();
    }

    @Test
    void softwareVersionPrefixSelectsOnlyTheMatchingPeriod() {
        Protocol p = protocol(List.of(override("mr31", new OverrideSelector(null, null, null, "MR31*", null), 470)));

        assertThat(ti(OverrideResolver.resolve(p, SITE, LocalDate.of(2026, 6, 1)).valid().orElseThrow())).isEqualTo(900.0);
        assertThat(ti(OverrideResolver.resolve(p, SITE, LocalDate.of(2027, 6, 1)).valid().orElseThrow())).isEqualTo(470.0);
    }

    @Test
    void overrideForAnotherVendorDoesNotApply() {
        Protocol p = protocol(List.of(override("philips", new OverrideSelector(null, "philips", null, null, null), 1000)));

        EffectiveProtocol e = OverrideResolver.resolve(p, SITE, GE_3T);

        assertThat(ti(e)).isEqualTo(900.0);
        assertThat(e.applied()).isEmpty();
    }

    @Test
    void sequenceWithoutParametersResolvesToAnEmptySet() {
        Sequence localiser = new Sequence("loc", LocalizedText.of("Localiser"), Technique.LOCALISER, true, false, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Protocol base = protocol(List.of(override("vendor", new OverrideSelector(null, "ge", null, null, null), 450)));
        Protocol p = base.withExam(base.exam().withSequences(List.of(localiser, base.exam().sequences().get(0))));

        EffectiveProtocol e = OverrideResolver.resolve(p, SITE, GE_3T);

        assertThat(e.protocol().sequence("loc").orElseThrow().parameters()).isEmpty();
        assertThat(ti(e)).isEqualTo(450.0);
    }

    @Test
    void dateWithoutScannerIsADiagnosticNotAnException() {
        var result = OverrideResolver.resolve(protocol(List.of()), SITE, LocalDate.of(2019, 1, 1));

        assertThat(result.valid()).isEmpty();
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly("NoScannerOnDate");
    }
}
