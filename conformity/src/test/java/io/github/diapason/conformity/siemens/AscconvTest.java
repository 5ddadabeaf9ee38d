package io.github.diapason.conformity.siemens;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AscconvTest {

    /** Lines as a Siemens E11 MrPhoenixProtocol writes them (tab, " = ", tab), XProtocol text around them. */
    private static final String E11 = "<XProtocol>\n{\n  <Name> \"PhoenixMetaProtocol\"\n  <ParamLong.\"x\"> { 1 }\n}\n"
            + "### ASCCONV BEGIN object=MrProtDataImpl@MrProtocolData version=51130001 converter=%MEASCONST%/ConverterList/Prot_Converter.txt ###\n"
            + "ulVersion\t = \t51130001\n"
            + "tSequenceFileName\t = \t\"\"%CustomerSeq%\\cmrr_mbep2d_se\"\"\n"
            + "tProtocolName\t = \t\"\"noPF_noPAT_50POS\"\"\n"
            + "alTR.__attribute__.size\t = \t128\n"
            + "alTR[0]\t = \t8320000\n"
            + "sKSpace.dPhaseResolution\t = \t1.0\n"
            + "sKSpace.ucPhasePartialFourier\t = \t0x10\n"
            + "sPat.lAccelFactPE\t = \t2  # GRAPPA\n"
            + "sCoilSelectMeas.aRxCoilSelectData[0].asList[0].sCoilElementID.tCoilID\t = \t\"\"Head_32\"\"\n"
            + "### ASCCONV END ###\n"
            + "after = 1\n";

    @Test
    void keeps_the_block_keys_in_text_order_and_nothing_outside_it() {
        Ascconv p = Ascconv.parse(E11);

        assertThat(p.asMap().keySet()).containsExactly("ulVersion", "tSequenceFileName", "tProtocolName",
                "alTR.__attribute__.size", "alTR[0]", "sKSpace.dPhaseResolution", "sKSpace.ucPhasePartialFourier",
                "sPat.lAccelFactPE", "sCoilSelectMeas.aRxCoilSelectData[0].asList[0].sCoilElementID.tCoilID");
        assertThat(p.text("after")).isEmpty();
    }

    @Test
    void text_values_lose_their_doubled_quotes_and_comments_are_dropped() {
        Ascconv p = Ascconv.parse(E11);

        assertThat(p.text("tProtocolName")).contains("noPF_noPAT_50POS");
        assertThat(p.text("tSequenceFileName")).contains("%CustomerSeq%\\cmrr_mbep2d_se");
        assertThat(p.text("sPat.lAccelFactPE")).contains("2");
        assertThat(p.text("sCoilSelectMeas.aRxCoilSelectData[0].asList[0].sCoilElementID.tCoilID")).contains("Head_32");
    }

    @Test
    void typed_getters_read_decimal_hexadecimal_and_floating_values() {
        Ascconv p = Ascconv.parse(E11);

        assertThat(p.integer("alTR[0]")).hasValue(8320000);
        assertThat(p.integer("sKSpace.ucPhasePartialFourier")).hasValue(16);
        assertThat(p.decimal("sKSpace.dPhaseResolution")).hasValue(1.0);
        assertThat(p.integer("sKSpace.dPhaseResolution")).isEmpty();
        assertThat(p.decimal("tProtocolName")).isEmpty();
        assertThat(p.decimal("missing")).isEmpty();
    }

    @Test
    void text_without_a_marker_is_read_whole_and_junk_lines_are_skipped() {
        Ascconv p = Ascconv.parse("a = 1\r\n= orphan\nno equals sign\n# a = comment\nb c = 2\nd=\"x\"\n");

        assertThat(p.asMap()).containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("d", "x"));
    }

    @Test
    void an_unterminated_block_reads_to_the_end_and_a_repeated_key_keeps_its_first_value() {
        Ascconv p = Ascconv.parse("### ASCCONV BEGIN ###\nalTR[0] = 1\nalTR[0] = 2\nlast = \"\"open");

        assertThat(p.integer("alTR[0]")).hasValue(1);
        assertThat(p.text("last")).contains("open");
    }

    @Test
    void retain_keeps_only_the_keys_asked_for() {
        Ascconv p = Ascconv.parse(E11).retain(List.of("alTR[0]", "sPat.lAccelFactPE", "absent"));

        assertThat(p.asMap()).containsOnlyKeys("alTR[0]", "sPat.lAccelFactPE");
        assertThat(Ascconv.parse("").isEmpty()).isTrue();
        assertThat(Ascconv.hasBlock(E11)).isTrue();
    }

    @Test
    void parsing_only_some_keys_gives_what_retain_gives_after_a_full_parse() {
        String junk = "  a = 1\r\n= orphan\nno equals sign\n# a = comment\nb c = 2\nd=\"x\"\n\t e \t=\t3 # note\na = 4\n#b = 5\n";
        java.util.Set<String> keys = java.util.Set.of("alTR[0]", "tProtocolName", "sPat.lAccelFactPE", "after", "missing",
                "a", "b c", "#", "d", "e", "b", "no equals sign", "");

        for (String text : List.of(E11, junk)) {
            assertThat(Ascconv.parse(text, keys)).isEqualTo(Ascconv.parse(text).retain(keys));
            assertThat(Ascconv.parse(text, keys).asMap().keySet())
                    .containsExactlyElementsOf(Ascconv.parse(text).retain(keys).asMap().keySet());
        }
        assertThat(Ascconv.parse(junk, keys).text("a")).contains("1");
        assertThat(Ascconv.parse(junk, keys).text("e")).contains("3");
        assertThat(Ascconv.parse(E11, keys).size()).isEqualTo(3);
    }

    @Test
    void parse_block_keeps_only_the_wanted_keys_of_the_block_with_the_same_values_as_parse() {
        java.util.Set<String> keys = java.util.Set.of("alTR[0]", "tProtocolName", "after", "sKSpace.ucPhasePartialFourier");

        assertThat(Ascconv.parseBlock(E11, keys)).hasValueSatisfying(p -> assertThat(p.asMap())
                .isEqualTo(Ascconv.parse(E11).retain(keys).asMap())
                .containsOnlyKeys("alTR[0]", "tProtocolName", "sKSpace.ucPhasePartialFourier"));
    }

    @Test
    void parse_block_is_empty_without_a_marker_or_without_a_key_line_in_the_block() {
        assertThat(Ascconv.parseBlock("a = 1\nb = 2\n", null)).isEmpty();
        assertThat(Ascconv.parseBlock("x\n### ASCCONV BEGIN ###\n# only a comment\nno key\nb c = 1\n### ASCCONV END ###\n", null)).isEmpty();
        assertThat(Ascconv.parseBlock("### ASCCONV BEGIN ###\n  key = 1\n### ASCCONV END ###\n", java.util.Set.of("other")))
                .hasValueSatisfying(p -> assertThat(p.isEmpty()).isTrue());
    }

    @Test
    void the_block_is_found_after_text_holding_pieces_of_its_markers() {
        // pieces of the markers before the block and inside it (each '#' of the walk is compared with the whole marker)
        String text = "### ASCCONV BEGI\n## ASCCONV BEGIN\n### ASCCONV BEGIn\u00e9\n### ASCCONV BEGIN ###\n"
                + "a = 1\nb = 2 # ### ASCCONV EN\n### ASCCONV END ###\nc = 3\n";

        assertThat(Ascconv.parse(text).asMap()).containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"));
        assertThat(Ascconv.parseBlock(text, null)).hasValueSatisfying(p -> assertThat(p.asMap()).containsOnlyKeys("a", "b"));
    }

    @Test
    void values_outside_ascii_read_the_same_as_the_text() {
        Ascconv p = Ascconv.parse("### ASCCONV BEGIN ###\ntProtocolName\t = \t\"\"T2 \u00b5s \u2013 \u4e2d\"\"\n\u00e9t\u00e9 = 3\n### ASCCONV END ###\n",
                java.util.Set.of("tProtocolName", "\u00e9t\u00e9"));

        assertThat(p.text("tProtocolName")).contains("T2 \u00b5s \u2013 \u4e2d");
        assertThat(p.integer("\u00e9t\u00e9")).hasValue(3);
    }
    @Test
    void lines_passed_over_by_their_first_bytes_leave_the_same_values_as_a_full_parse() {
        // keys of 7 bytes and more: lines are passed over by their first 7 bytes once the block has a key line
        String text = "### ASCCONV BEGIN ###\nulVersion = 1\n  alTR[0] = 2\nalTR[0]x = 3\n\talTR[1]\t=\t4\nalTR[0 ] = 5\n#alTR[2] = 6\n"
                + "sKSpace.ucPhasePartialFourier\t= 0x10 # 6/8\nsKSpace = 7\nalTR[2]\nalTR[2] = 8\nalTR[0] = 9\nshort\nsKSpac\n"
                + "tProtocolName = \"\"a\u00e9\"\"\n### ASCCONV END ###\nalTR[3] = 10\n";
        java.util.Set<String> keys = java.util.Set.of("alTR[0]", "alTR[1]", "alTR[2]", "alTR[3]", "alTR[0]x", "sKSpace.ucPhasePartialFourier",
                "tProtocolName", "missing.key");

        for (String t : List.of(text, E11)) {
            assertThat(Ascconv.parseBlock(t, keys)).hasValueSatisfying(p -> assertThat(p.asMap())
                    .isEqualTo(Ascconv.parse(t).retain(keys).asMap()));
        }
        assertThat(Ascconv.parseBlock(text, keys).orElseThrow().asMap()).containsOnlyKeys("alTR[0]", "alTR[0]x", "alTR[1]", "alTR[2]",
                "sKSpace.ucPhasePartialFourier", "tProtocolName").containsEntry("alTR[0]", "2").containsEntry("alTR[2]", "8");
    }
}
