package io.github.diapason.compiler.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.compile.SequenceOutcome;
import io.github.diapason.compiler.compile.SiteOutcome;
import io.github.diapason.compiler.compile.StudyCompiler;
import io.github.diapason.compiler.qualify.ConsoleAgreement;
import io.github.diapason.conformity.export.ConsoleExport;
import io.github.diapason.conformity.export.ConsoleExportReader;
import io.github.diapason.conformity.export.ConsoleProgram;
import io.github.diapason.conformity.export.ConsoleValue;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Site;
import io.github.diapason.read.LoadedStudy;
import io.github.diapason.validate.StudyValidation;
import io.github.diapason.vendor.AcquisitionTime;
import io.github.diapason.vendor.Card;
import io.github.diapason.vendor.ConsoleParameter;
import io.github.diapason.vendor.VendorAdapters;
import io.github.diapason.vendor.VendorSequence;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Console fidelity (issue 12): the examples/spine-generic study compiled for each site, card by card,
 * against the vendor's own printout of the same series in the spine-generic release (copied under
 * src/test/resources/console-exports/spine-generic, see PROVENANCE.md there), and against the importable export
 * (what the console itself reads back). Every value a card shows is looked up in the export by its label and
 * compared the console's way; the acquisition time is compared with the export's scan time.
 *
 * <p>The metric is the issue's: "≥ 95 % of the values the export shows". Per site, {@code shown} counts the card
 * values the export has a line for (under the card's label) plus the export's scan time; {@code matched} counts
 * those that agree; the share is matched / shown. Card values the export has no line for are counted apart as
 * {@code not shown}: they are not in the share, but each is still listed in the TSV with "(not shown)" and its
 * reason, and still asserted (a new one fails, a gone one fails), so nothing is hidden. An acquisition time matches
 * by the issue's own criterion, within 3 % of the console's TA (its deviation is printed), a cardiac-triggered one by
 * {@link ConsoleAgreement#timeAgrees}; a time further off is a listed difference. Every difference must be listed, with its reason, in console-fidelity/expected-differences.tsv
 * (printouts) or expected-differences-exports.tsv (exports). The matched count per site may not fall below its
 * floor (floors only go up), and every vendor in {@link #AT_TARGET} must keep the issue's 95 % on the printouts and on the importable exports.
 */
class ConsoleFidelityTest {

    private static final String NOT_SHOWN = "(not shown)";
    private static final Pattern MINUTES = Pattern.compile("(\\d+):(\\d\\d)(\\.\\d+)?( min)?");
    /** XA61 prints a scan under a minute in seconds: {@code TA: 57 sec} (spine-generic_CimaX_XA61_ZOOMit.pdf, GRE-T1w). */
    private static final Pattern SECONDS = Pattern.compile("(\\d+) sec");

    /** Site id → the printout of the same protocol on that site's console software. */
    private static final Map<String, String> PRINTOUTS = new TreeMap<>(Map.of(
            "prisma-ve11c", "spine_generic_Prisma_VE11C_no-ZOOMit.pdf",
            "cimax-xa61", "spine-generic_CimaX_XA61_ZOOMit.pdf",
            "mr750-dv2x", "spine_generic_ge_750_no-FOCUS.pdf",
            "achieva-r53", "spine_generic_philips_R53.pdf"));

    /** Site id → the importable export of the same protocol (what the console itself reads back). */
    private static final Map<String, String> EXPORTS = new TreeMap<>(Map.of(
            "prisma-ve11c", "spine_generic_Prisma_VE11C_no-ZOOMit.exar1",
            "cimax-xa61", "spine-generic_CimaX_XA61_ZOOMit.exar1",
            "mr750-dv2x", "spine_generic_ge_750_no-FOCUS.protocol.tar",
            "achieva-r53", "spine_generic_philips_R53.ExamCard"));

    /** Labels under which each vendor's printout gives the scan time ({@code TA 4:44}, {@code Total scan duration 04:22.0}). */
    private static final List<String> TIME_LABELS = List.of("TA", "Total scan duration");

    /**
     * Matched values per site against the printouts today: the floor, which only goes up. Lowered once for
     * achieva-r53, 180 of 186 to 158 of 162 (96.8 % to 97.5 %), when GRE-MT0 became dynamic 2 of GRE-MT (issue 12):
     * its own card, compared with the same GRE-MT series (26 shown, 25 matched), is gone; GRE-MT gains 'Dynamic
     * study' and 'dyn scans' and its time now agrees.
     */
    private static final Map<String, Integer> MATCHED_FLOOR = Map.of(
            "prisma-ve11c", 152, "cimax-xa61", 152, "mr750-dv2x", 96, "achieva-r53", 161);

    /**
     * Matched values per site against the importable exports today: the floor, which only goes up. Lowered once for
     * achieva-r53, 180 of 186 to 158 of 162, for the same reason as {@link #MATCHED_FLOOR} (the ExamCard's
     * EX_DYN_nr_scans now read as 'dyn scans').
     */
    private static final Map<String, Integer> EXPORT_MATCHED_FLOOR = Map.of(
            "prisma-ve11c", 150, "cimax-xa61", 149, "mr750-dv2x", 96, "achieva-r53", 161);

    private record Difference(String site, String series, String label, String card, String export) {
        String key() {
            return String.join("\t", site, series, label, card, export);
        }
    }

    /** Card values the export shows, those that agree, and card values the export has no line for. */
    private record Tally(int shown, int matched, int notShown) {
        double share() {
            return shown == 0 ? 0 : 100.0 * matched / shown;
        }
    }

    /** The issue's target: the share of the values the export shows that agree, per vendor. */
    private static final double TARGET_PERCENT = 95.0;

    /** Vendors whose sites together reach {@link #TARGET_PERCENT} on the printouts and the exports: asserted, the set only grows. */
    private static final List<String> AT_TARGET = List.of("ge", "philips", "siemens");

    @Test
    void compiled_cards_match_the_vendor_printouts_except_for_listed_differences() throws IOException {
        compare(PRINTOUTS, "console-fidelity/expected-differences.tsv", MATCHED_FLOOR, AT_TARGET);
    }

    @Test
    void compiled_cards_match_the_importable_exports_except_for_listed_differences() throws IOException {
        compare(EXPORTS, "console-fidelity/expected-differences-exports.tsv", EXPORT_MATCHED_FLOOR, AT_TARGET);
    }

    /**
     * Compiles the study for each site of {@code files} and compares every card value with the value the
     * site's export shows under the same label; the differences must be exactly those listed in {@code listed}, the
     * matched count per site at least its floor, and the share of every vendor in {@code atTarget} at least 95 %.
     */
    private static void compare(Map<String, String> files, String listed, Map<String, Integer> floors,
            List<String> atTarget) throws IOException {
        LoadedStudy study = load();
        StudyCompiler compiler = new StudyCompiler(VendorAdapters.load());
        List<Difference> differences = new ArrayList<>();
        Map<String, Tally> tallies = new TreeMap<>();
        for (Map.Entry<String, String> entry : files.entrySet()) {
            Site site = study.study().site(entry.getKey()).orElseThrow();
            Validated<SiteOutcome> compiled = compiler.compile(study, site, Optional.empty());
            SiteOutcome outcome = compiled.value().orElseThrow(() -> new AssertionError(compiled.diagnostics()));
            ConsoleExport export = ConsoleExportReader.read(resource("console-exports/spine-generic/" + entry.getValue()));
            assertThat(export.hasErrors()).as(entry.getValue() + ": " + export.diagnostics()).isFalse();
            int shownCount = 0;
            int matched = 0;
            int notShown = 0;
            for (SequenceOutcome s : outcome.runnable()) {
                String series = s.sequence().seriesName();
                ConsoleProgram program = export.program(series)
                        .orElseThrow(() -> new AssertionError(entry.getValue() + " has no series " + series));
                VendorSequence card = s.vendor().orElseThrow();
                int previous = -1;
                for (Card c : card.cards()) {
                    for (ConsoleParameter p : c.parameters()) {
                        String shown = printed(p.value().display(), p.unit());
                        int at = printoutIndex(program, p.label(), previous);
                        previous = at;
                        Optional<ConsoleValue> e = at < 0 ? Optional.empty() : Optional.of(program.values().get(at));
                        if (e.isEmpty()) {
                            notShown++;
                        } else {
                            shownCount++;
                        }
                        if (e.isPresent() && same(p.value().display(), p.unit(), e.get())) {
                            matched++;
                        } else {
                            differences.add(new Difference(site.id(), series, p.label(), shown,
                                    e.map(v -> printed(v.value(), v.unit())).orElse(NOT_SHOWN)));
                        }
                    }
                }
                Optional<ConsoleValue> time = TIME_LABELS.stream().map(program::value).flatMap(Optional::stream)
                        .filter(v -> seconds(printed(v.value(), v.unit())).isPresent()).findFirst();
                if (time.isPresent()) {
                    shownCount++;
                    double printedSeconds = seconds(printed(time.get().value(), time.get().unit())).orElseThrow();
                    java.util.OptionalDouble assumedRate = ConsoleAgreement.assumedHeartRate(program);
                    AcquisitionTime cardTime = card.acquisitionTime();
                    double compared = cardTime.heartRate() == null ? cardTime.seconds()
                            : assumedRate.isPresent() ? cardTime.heartRate().secondsAt(assumedRate.getAsDouble())
                            : Math.min(Math.max(printedSeconds, cardTime.shortestSeconds()), cardTime.seconds());
                    double deviation = (compared - printedSeconds) / printedSeconds;
                    System.out.printf(Locale.ROOT, "acquisition time %-13s %-14s card %-8s console %-10s %+6.1f %%%s%n",
                            site.id(), series, cardTime.display(), printed(time.get().value(), time.get().unit()),
                            100 * deviation, cardTime.heartRate() == null ? ""
                                    : assumedRate.isPresent() ? " (at the export's " + assumedRate.getAsDouble() + " bpm)"
                                    : " (from the range)");
                    if (ConsoleAgreement.timeAgrees(cardTime, printedSeconds, assumedRate)) {
                        matched++;
                    } else {
                        differences.add(new Difference(site.id(), series, time.get().label(),
                                card.acquisitionTime().display(), printed(time.get().value(), time.get().unit())));
                    }
                }
            }
            tallies.put(site.id(), new Tally(shownCount, matched, notShown));
        }

        System.out.printf(Locale.ROOT, "console fidelity %-13s %-45s %7s %5s %9s %7s%n",
                "site", "export", "matched", "shown", "not shown", "share");
        tallies.forEach((site, t) -> System.out.printf(Locale.ROOT, "console fidelity %-13s %-45s %7d %5d %9d %6.1f %%%n",
                site, files.get(site), t.matched(), t.shown(), t.notShown(), t.share()));
        Map<String, Tally> vendors = byVendor(study, tallies);
        vendors.forEach((vendor, t) -> System.out.printf(Locale.ROOT, "console fidelity %-13s %-45s %7d %5d %9d %6.1f %%%n",
                vendor, "(all its sites)", t.matched(), t.shown(), t.notShown(), t.share()));
        Map<String, String> expected = expectedDifferences(listed);
        List<String> actual = differences.stream().map(Difference::key).toList();
        actual.stream().filter(d -> !expected.containsKey(d))
                .forEach(d -> System.out.println("unlisted difference (add it with its reason): " + d));
        expected.keySet().stream().filter(d -> !actual.contains(d))
                .forEach(d -> System.out.println("listed difference gone (remove it): " + d));
        assertThat(actual).as("differences not listed in " + listed)
                .allMatch(expected::containsKey, "listed with a reason");
        assertThat(expected.keySet()).as("listed differences that are gone (remove them from " + listed + ")")
                .allMatch(actual::contains, "still present");
        assertThat(expected.values()).allMatch(r -> !r.isBlank(), "every listed difference has a reason");
        tallies.forEach((site, t) -> assertThat(t.matched()).as("matched values at " + site + " against " + files.get(site))
                .isGreaterThanOrEqualTo(floors.get(site)));
        atTarget.forEach(vendor -> assertThat(vendors.get(vendor).share())
                .as("share of the values the %s exports show that the cards match (issue 12)", vendor)
                .isGreaterThanOrEqualTo(TARGET_PERCENT));
    }

    /** The site tallies summed per vendor (the VE11C and XA61 sites are both Siemens). */
    private static Map<String, Tally> byVendor(LoadedStudy study, Map<String, Tally> tallies) {
        Map<String, Tally> out = new TreeMap<>();
        tallies.forEach((id, t) -> {
            String vendor = study.study().site(id).orElseThrow().scanners().get(0).vendor();
            out.merge(vendor, t, (a, b) -> new Tally(a.shown() + b.shown(), a.matched() + b.matched(),
                    a.notShown() + b.notShown()));
        });
        return out;
    }

    /**
     * Where the printout shows {@code label}: the line right after the previous card line's when the label recurs
     * there (Philips prints "(ms)" under both "TE: user defined" and "TR: user defined"), else its first line after the
     * previous card line's (Philips prints "MTC" on Contrast and on Dyn/Ang), else its first line; -1
     * when the printout has no such label. A field in parentheses belongs to the choice above it, so it is only
     * read right after that choice: the R5.3 mFFE has no "TE 2" line, and its "(ms)" is not "TE first"'s.
     */
    static int printoutIndex(ConsoleProgram program, String label, int previous) {
        List<ConsoleValue> values = program.values();
        if (previous >= 0 && previous + 1 < values.size() && values.get(previous + 1).label().equals(label)) {
            return previous + 1;
        }
        if (label.startsWith("(") && label.endsWith(")")) {
            return -1;
        }
        int after = program.indexOf(label, previous);
        return after >= 0 ? after : program.indexOf(label, -1);
    }

    @Test
    void a_recurring_printout_label_is_read_under_the_line_it_follows() {
        ConsoleProgram program = new ConsoleProgram("T2w", "", List.of(printout("user defined", "", "TE"),
                printout("120", "", "(ms)"), printout("user defined", "", "TR"), printout("3500", "", "(ms)")), List.of(), null);
        assertThat(printoutIndex(program, "(ms)", printoutIndex(program, "TR", -1))).isEqualTo(3);
        assertThat(printoutIndex(program, "(ms)", printoutIndex(program, "TE", -1))).isEqualTo(1);
        assertThat(printoutIndex(program, "TI", 1)).isEqualTo(-1);
        assertThat(printoutIndex(program, "(ms)", printoutIndex(program, "TE 2", -1))).isEqualTo(-1);
    }

    @Test
    void values_agree_to_the_printout_precision_and_words_ignore_case_only() {
        assertThat(same("1.0", "mm", printout("1.00", "mm"))).isTrue();
        assertThat(same("3.7", "ms", printout("3.72", "ms"))).isFalse();
        assertThat(same("3.72", "ms", printout("3.7", "ms"))).isTrue();
        assertThat(same("150", "Hz/Px", printout("150", "Hz"))).isFalse();
        assertThat(same("25.00", "kHz", printout("142.86", ""))).isFalse();
        assertThat(same("GRAPPA", "", printout("grappa", ""))).isTrue();
        assertThat(same("3.72", "ms", printout("shortest", ""))).isFalse();
        assertThat(same("2 AP", "", printout("2", "AP"))).isTrue();
        assertThat(same("2 AP", "", printout("2.1", "AP"))).isFalse();
    }

    private static ConsoleValue printout(String value, String unit) {
        return printout(value, unit, "label");
    }

    private static ConsoleValue printout(String value, String unit, String label) {
        return new ConsoleValue("test/" + label, label, value, unit, null);
    }

    /** A card value and a printout value agree the console's way: qualify's own comparison ({@link ConsoleAgreement}). */
    static boolean same(String cardValue, String cardUnit, ConsoleValue export) {
        return ConsoleAgreement.agrees(new ConsoleParameter("", "", io.github.diapason.vendor.ConsoleValue.text(cardValue),
                cardUnit), export);
    }

    private static String printed(String value, String unit) {
        return ConsoleAgreement.printed(value, unit);
    }


    private static Optional<Double> seconds(String value) {
        Matcher m = MINUTES.matcher(value.strip());
        if (!m.matches()) {
            Matcher s = SECONDS.matcher(value.strip());
            return s.matches() ? Optional.of(Double.parseDouble(s.group(1))) : Optional.empty();
        }
        return Optional.of(Integer.parseInt(m.group(1)) * 60
                + Double.parseDouble(m.group(2) + (m.group(3) == null ? "" : m.group(3))));
    }

    /** An expected-differences list: site, series, label, card, export, reason; '#' starts a comment line. */
    private static Map<String, String> expectedDifferences(String listed) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(resource(listed), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as("6 tab-separated fields: " + line).hasSize(6);
            assertThat(expected.put(String.join("\t", f[0], f[1], f[2], f[3], f[4]), f[5].strip()))
                    .as("listed twice: " + line).isNull();
        }
        return expected;
    }

    private static LoadedStudy load() {
        Path dir = Path.of("..", "examples", "spine-generic");
        Validated<LoadedStudy> v = StudyValidation.standard(VendorAdapters.load().ids()).validate(dir);
        return v.value().orElseThrow(() -> new AssertionError("cannot load " + dir + ": " + v.diagnostics()));
    }

    private static Path resource(String relative) {
        try {
            return Path.of(ConsoleFidelityTest.class.getResource("/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test resource " + relative, e);
        }
    }
}
