package io.github.diapason.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionGateTest {

    private static final Change TR_ALPHA = trAt("alpha");
    private static final Change TR_BETA = trAt("beta");
    private static final Change TEXT = new Change(ChangeKind.TEXT_ONLY, "", List.of(), "", "exam/participantInstructions",
            "Lie still.", "Lie still, please.", "", List.of(), "/exam/participantInstructions");

    private static Change trAt(String site) {
        return new Change(ChangeKind.ACQUISITION_PARAMETER_BEYOND_TOLERANCE, site, List.of(site), "t1", "RepetitionTime",
                "2300 ms", "2500 ms", "beyond the tolerance of ±50 ms", List.of(), "/exam/sequences/1");
    }

    private static ProtocolDiff diff(String from, String to, Change... changes) {
        return new ProtocolDiff("mini", from, to, List.of("alpha", "beta"), Map.of(), List.of(changes), Map.of());
    }

    private static GateVerdict gate(ProtocolDiff diff, DiffPolicy policy) {
        return VersionGate.evaluate(diff, policy, SourceLocation.file("protocol.json"), c -> SourceLocation.NONE);
    }

    private static List<String> errors(GateVerdict v) {
        return v.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList();
    }

    @Test
    void minorBumpForABeyondToleranceChangeFailsNamingSequenceSitesAndBump() {
        GateVerdict v = gate(diff("1.0.0", "1.1.0", TR_ALPHA, TR_BETA), DiffPolicy.gateOnly());

        assertThat(errors(v)).containsExactly("study version 1.0.0 -> 1.1.0 is a minor bump, but the changes need a "
                + "major bump (at least 2.0.0): ACQUISITION_PARAMETER_BEYOND_TOLERANCE: RepetitionTime of mandatory sequence 't1' "
                + "2300 ms -> 2500 ms (beyond the tolerance of ±50 ms) at sites alpha, beta, which must re-qualify");
    }

    @Test
    void majorBumpForABeyondToleranceChangePasses() {
        GateVerdict v = gate(diff("1.0.0", "2.0.0", TR_ALPHA), DiffPolicy.gateOnly());

        assertThat(v.passed()).isTrue();
        assertThat(v.required()).isEqualTo(VersionBump.MAJOR);
        assertThat(v.actual()).isEqualTo(VersionBump.MAJOR);
    }

    @Test
    void unchangedVersionWithAnAcquisitionChangeFails() {
        GateVerdict v = gate(diff("1.0.0", "1.0.0", TR_ALPHA), DiffPolicy.gateOnly());

        assertThat(v.diagnostics()).extracting(Diagnostic::code).containsExactly("VersionBumpTooSmall");
        assertThat(errors(v).get(0)).startsWith("study version 1.0.0 -> 1.0.0 is unchanged, but the changes need a major");
    }

    @Test
    void versionGoingDownFails() {
        GateVerdict v = gate(diff("1.2.0", "1.1.9"), DiffPolicy.gateOnly());

        assertThat(v.diagnostics()).extracting(Diagnostic::code).containsExactly("VersionDecreased");
    }

    @Test
    void patchBumpSufficesForTextOnly() {
        assertThat(gate(diff("1.0.0", "1.0.1", TEXT), DiffPolicy.gateOnly()).passed()).isTrue();
    }

    @Test
    void acceptedChangeDoesNotCountTowardsTheBump() {
        DiffPolicy policy = new DiffPolicy(Set.of(), List.of(new AcceptedChange(
                ChangeKind.ACQUISITION_PARAMETER_BEYOND_TOLERANCE, "t1", "", "", "phantom study showed no effect")));

        GateVerdict v = gate(diff("1.0.0", "1.0.1", TR_ALPHA, TEXT), policy);

        assertThat(v.passed()).isTrue();
        assertThat(v.required()).isEqualTo(VersionBump.PATCH);
        assertThat(v.accepted()).extracting(a -> a.acceptance().justification())
                .containsExactly("phantom study showed no effect");
    }

    /** Issue 10: a justification given on the command line injected a heading into the amendment summary. */
    @Test
    void aJustificationCannotInjectMarkdownIntoTheReports() {
        DiffPolicy policy = new DiffPolicy(Set.of(), List.of(new AcceptedChange(
                ChangeKind.ACQUISITION_PARAMETER_BEYOND_TOLERANCE, "t1", "", "",
                "ok\n# Approved by the ethics board | forged \u001b[2J")));
        GateVerdict v = gate(diff("1.0.0", "1.0.1", TR_ALPHA), policy);

        String amendment = DiffReports.amendment(diff("1.0.0", "1.0.1", TR_ALPHA), v, "v1.0.0");
        String markdown = new String(DiffReports.render(diff("1.0.0", "1.0.1", TR_ALPHA), v, "v1.0.0").files()
                .get(DiffReports.MARKDOWN), java.nio.charset.StandardCharsets.UTF_8);

        for (String report : List.of(amendment, markdown)) {
            assertThat(report).doesNotContain("\n# Approved", "\u001b").contains("ok \\# Approved by the ethics board \\| forged");
        }
    }

    @Test
    void acceptanceWithoutJustificationIsAnErrorAndAcceptsNothing() {
        DiffPolicy policy = new DiffPolicy(Set.of(), List.of(new AcceptedChange(
                ChangeKind.ACQUISITION_PARAMETER_BEYOND_TOLERANCE, "t1", "", "", " ")));

        GateVerdict v = gate(diff("1.0.0", "2.0.0", TR_ALPHA), policy);

        assertThat(v.diagnostics()).extracting(Diagnostic::code).containsExactly("AcceptedChangeUnjustified");
        assertThat(v.accepted()).isEmpty();
    }

    @Test
    void failOnKindFailsEvenWithTheRightBump() {
        DiffPolicy policy = new DiffPolicy(Set.of(ChangeKind.ACQUISITION_PARAMETER_BEYOND_TOLERANCE), List.of());

        GateVerdict v = gate(diff("1.0.0", "2.0.0", TR_ALPHA), policy);

        assertThat(v.diagnostics()).extracting(Diagnostic::code).containsExactly("ChangeForbidden");
    }

    @Test
    void unusedAcceptanceIsAWarning() {
        DiffPolicy policy = new DiffPolicy(Set.of(), List.of(new AcceptedChange(ChangeKind.SITE_ADDED, "", "", "",
                "new site agreed by the steering committee")));

        GateVerdict v = gate(diff("1.0.0", "1.0.0"), policy);

        assertThat(v.passed()).isTrue();
        assertThat(v.diagnostics()).extracting(Diagnostic::code).containsExactly("AcceptedChangeUnused");
    }

    @Test
    void unreadableVersionFails() {
        assertThat(gate(diff("1.0", "2.0.0"), DiffPolicy.gateOnly()).diagnostics()).extracting(Diagnostic::code)
                .containsExactly("VersionNotSemantic");
    }
}
