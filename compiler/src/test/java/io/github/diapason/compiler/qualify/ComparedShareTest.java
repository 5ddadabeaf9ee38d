package io.github.diapason.compiler.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.compiler.qualify.Qualification.Evidence;
import io.github.diapason.compiler.qualify.Qualification.SequenceVerdict;
import io.github.diapason.conformity.export.ConsoleExport;
import io.github.diapason.conformity.export.ConsoleExportReader;
import io.github.diapason.conformity.export.ConsoleProgram;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The closing-note figure of issue 14: per export format, the share of the export's parameters read and compared with
 * the compiled card. Prints the table (run this test alone to see it) and holds today's counts as floors, so that a
 * change that compares fewer values fails. "read" is the share of the export's parameters the reader decoded (the
 * others are listed as not read), "with a console label" those it could also name in the console's words; "compared" counts the card values compared, over all the export's parameters and
 * over those of the programs the protocol asks for (examples/spine-generic: T1w, T2w, DWI, GRE-MT1, GRE-MT0, GRE-T1w and
 * GRE-ME; Philips acquires GRE-MT1 and GRE-MT0 in one program).
 */
class ComparedShareTest {

    /** Compared card values today (all seven spine-generic sequences, after the DWI/GRE merge), per export (see the class comment). */
    private static final Map<String, Integer> FLOOR = Map.of(
            SpineGenericQualificationTest.VE11C, 127,
            "Siemens/Prisma_VE11C_no-ZOOMit/spine_generic_Prisma_VE11C_no-ZOOMit.pdf", 130,
            SpineGenericQualificationTest.XA61, 119,
            "Siemens/CimaX_XA61_ZOOMit/spine-generic_CimaX_XA61_ZOOMit.pdf", 129,
            SpineGenericQualificationTest.EXAMCARD, 110,
            "Philips/spine_generic_philips_R53.pdf", 135,
            SpineGenericQualificationTest.GE_TAR, 93,
            "GE/GE_750_no-FOCUS/spine_generic_ge_750_no-FOCUS.pdf", 95);

    @Test
    void every_format_compares_at_least_todays_share_of_its_parameters() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| format | export | parameters | read | with a console label | in the protocol's programs | compared | compared / all | compared / protocol's |%n"
                        + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n"));
        SpineGenericQualificationTest.exports().forEach(a -> {
            String site = (String) a.get()[0];
            String file = (String) a.get()[1];
            ConsoleExport export = ConsoleExportReader.read(SpineGenericQualificationTest.EXPORTS.resolve(file));
            Evidence e = SpineGenericQualificationTest.compare(site, export).evidence();
            Set<String> matched = e.sequences().stream().map(SequenceVerdict::program).collect(Collectors.toSet());
            int all = export.programs().stream().mapToInt(p -> p.values().size() + p.notRead().size()).sum();
            int read = export.programs().stream().mapToInt(p -> p.values().size()).sum();
            long labelled = export.programs().stream().flatMap(p -> p.values().stream()).filter(v -> !v.label().isEmpty()).count();
            int inMatched = export.programs().stream().filter(p -> matched.contains(p.name()))
                    .mapToInt(p -> p.values().size() + p.notRead().size()).sum();
            assertThat(e.shown()).isEqualTo(all);
            assertThat(e.compared()).as(file).isGreaterThanOrEqualTo(FLOOR.get(file)).isLessThanOrEqualTo(inMatched);
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f %% | %.1f %% | %d | %d | %.1f %% | %.1f %% |%n",
                    export.format(), file.substring(file.lastIndexOf('/') + 1), all, 100.0 * read / all, 100.0 * labelled / all, inMatched, e.compared(),
                    100.0 * e.compared() / all, 100.0 * e.compared() / inMatched));
            assertThat(export.programs()).extracting(ConsoleProgram::name).contains("T1w", "T2w");
        });
        System.out.print(table);
    }
}
