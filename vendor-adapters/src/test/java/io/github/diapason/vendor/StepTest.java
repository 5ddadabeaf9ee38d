package io.github.diapason.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTest {

    @Test
    void gridRoundsToTheNearestIncrement() {
        // vendors.md section 2: 240 / 256 = 93.75 % lies on a 1/32 grid
        assertThat(Step.increment(3.125).nearest(93.7)).isEqualTo(93.75);
    }

    @Test
    void listPicksTheNearestEntry() {
        Step ge = new Step(List.of(31.25, 35.71, 41.67), null, null, null, "");
        assertThat(ge.nearest(38.4)).isEqualTo(35.71);
    }

    @Test
    void listTieGoesToTheLargerValue() {
        assertThat(new Step(List.of(1.0, 3.0), null, null, null, "").nearest(2.0)).isEqualTo(3.0);
    }

    @Test
    void gridIsClampedToItsBounds() {
        assertThat(new Step(List.of(), 1.0, 25.0, 100.0, "").nearest(140)).isEqualTo(100.0);
        assertThat(new Step(List.of(), 1.0, 25.0, 100.0, "").nearest(3)).isEqualTo(25.0);
    }

    @Test
    void listBoundKeepsAValueOfTheList() {
        assertThat(new Step(List.of(0.5, 0.75, 1.0), null, 0.6, null, "").nearest(0.5)).isEqualTo(0.75);
    }
}
