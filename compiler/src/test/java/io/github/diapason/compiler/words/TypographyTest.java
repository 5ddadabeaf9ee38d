package io.github.diapason.compiler.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypographyTest {

    private final Typography fr = Typography.of("fr");
    private final Typography en = Typography.of("en");

    @Test
    void frenchHighPunctuationTakesANarrowNoBreakSpaceWhateverTheAuthorTyped() {
        assertThat(fr.text("Antenne: tête ; repos ? oui !")).isEqualTo("Antenne\u202F: tête\u202F; repos\u202F? oui\u202F!");
        assertThat(fr.text("l'option « pcasl »")).isEqualTo("l'option «\u202Fpcasl\u202F»");
    }

    @Test
    void timesAddressesAndEnglishAreLeftAlone() {
        assertThat(fr.text("04:54 sftp://host/in a?b")).isEqualTo("04:54 sftp://host/in a?b");
        assertThat(en.text("Coil: head; ok?")).isEqualTo("Coil: head; ok?");
    }

    @Test
    void decimalCommaInFrenchButNotInVersions() {
        assertThat(fr.numbers("239.9 Hz, 1.00 / 1.20 mm, 04:54.4")).isEqualTo("239,9 Hz, 1,00 / 1,20 mm, 04:54,4");
        assertThat(fr.numbers("1.0.0 R5.7.1 VE11C")).isEqualTo("1.0.0 R5.7.1 VE11C");
        assertThat(en.numbers("239.9")).isEqualTo("239.9");
    }
}
