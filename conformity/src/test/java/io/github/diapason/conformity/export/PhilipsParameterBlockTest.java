package io.github.diapason.conformity.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ExamCard parameter block decoder on a real block, cut short and damaged: reasons, never exceptions. */
class PhilipsParameterBlockTest {

    private static byte[] t1wBlock() throws IOException {
        String card = Files.readString(SpineGeneric.file(SpineGeneric.PHILIPS + ".ExamCard"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<SOAP-ENC:Array id=\"ref-170\" xsi:type=\"SOAP-ENC:base64\">([^<]*)<").matcher(card);
        assertThat(m.find()).isTrue();
        return Base64.getMimeDecoder().decode(m.group(1));
    }

    @Test
    void the_t1w_block_decodes_whole() throws IOException {
        PhilipsParameterBlock.Decoded d = PhilipsParameterBlock.decode(t1wBlock());

        assertThat(d.error()).isEmpty();
        assertThat(d.undecoded()).isEmpty();
        assertThat(d.parameters()).hasSize(276);
        assertThat(d.parameters()).filteredOn(p -> p.name().equals("EX_ACQ_flip_angle"))
                .singleElement().extracting(PhilipsParameterBlock.Parameter::elements).asList().containsExactly("9");
        assertThat(d.parameters()).filteredOn(p -> p.name().equals("EX_ACQ_nucleus"))
                .singleElement().extracting(PhilipsParameterBlock.Parameter::elements).asList().containsExactly("H1");
    }

    @Test
    void a_block_cut_short_lists_the_parameters_it_no_longer_holds() throws IOException {
        byte[] block = t1wBlock();
        PhilipsParameterBlock.Decoded d = PhilipsParameterBlock.decode(Arrays.copyOf(block, block.length - 4000));

        assertThat(d.error()).isEmpty();
        assertThat(d.undecoded()).isNotEmpty()
                .allSatisfy(u -> assertThat(u.reason()).contains("outside the block"));
        assertThat(d.parameters().size() + d.undecoded().size()).isEqualTo(276);
    }

    @Test
    void damaged_blocks_give_reasons_never_exceptions() throws IOException {
        byte[] block = t1wBlock();
        Random random = new Random(20261203L);
        for (int round = 0; round < 300; round++) {
            byte[] damaged = Arrays.copyOf(block, 32 + random.nextInt(block.length - 32));
            for (int flips = 0; flips < 20; flips++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            PhilipsParameterBlock.Decoded d = PhilipsParameterBlock.decode(damaged);
            assertThat(d.parameters().size() + d.undecoded().size() > 0 || !d.error().isEmpty()).isTrue();
        }
        assertThat(PhilipsParameterBlock.decode(new byte[5]).error()).contains("no header");
    }
}
