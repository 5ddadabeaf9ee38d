package io.github.diapason.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The series name of each run of a sequence run several times. */
class SequenceRunsTest {

    private static Sequence named(String seriesName, Integer runs) {
        return new Sequence("rest", null, Technique.BOLD_EPI, null, null, null, null, null, seriesName, Map.of(),
                null, null, List.of(), List.of(), List.of(), List.of(), null, Map.of(), runs, null, null, null);
    }

    @Test
    void anAbsentRunCountIsOneRunUnderTheSeriesName() {
        Sequence s = named("func-bold_task-rest", null);

        assertThat(s.runs()).isEqualTo(1);
        assertThat(s.runSeriesNames()).containsExactly("func-bold_task-rest");
    }

    @Test
    void aReproInNameGetsTheBidsRunEntity() {
        assertThat(named("func-bold_task-rest", 3).runSeriesNames())
                .containsExactly("func-bold_task-rest_run-1", "func-bold_task-rest_run-2", "func-bold_task-rest_run-3");
    }

    @Test
    void aNameWithoutBidsEntitiesIsNumbered() {
        assertThat(named("ep2d_bold_rest", 2).runSeriesNames()).containsExactly("ep2d_bold_rest_1", "ep2d_bold_rest_2");
    }

    @Test
    void withoutASeriesNameThereAreNoRunNames() {
        assertThat(named(null, 2).runSeriesNames()).isEmpty();
    }
}
