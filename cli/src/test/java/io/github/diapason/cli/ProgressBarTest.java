package io.github.diapason.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void lineShowsTheFilledShareTheCountAndTheRate() {
        assertThat(ProgressBar.line(5_000, 20_000, 2.0))
                .isEqualTo("[#######.......................] 5000/20000 files, 2500 files/s");
    }

    @Test
    void nothingIsDrawnWhenNoPersonIsWatching() {
        StringWriter err = new StringWriter();

        ProgressBar.forInputs(List.of(Path.of(".")), new PrintWriter(err), false).accept(1);

        assertThat(err.toString()).isEmpty();
    }
}
