package io.github.diapason.model;

import java.util.List;

/** What the exam needs besides the scanner: coil, contrast agent, sensors, other instruments. */
public record Equipment(CoilRequirement coil, ContrastAgent contrastAgent, List<LocalizedText> sensors,
                        List<LocalizedText> other) {
    public Equipment {
        sensors = Immutables.list(sensors);
        other = Immutables.list(other);
    }
}
