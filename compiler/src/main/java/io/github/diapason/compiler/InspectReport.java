package io.github.diapason.compiler;

import io.github.diapason.conformity.inspect.Inspection;
import io.github.diapason.conformity.inspect.InspectionJson;

/** What inspect found: per series the values the checker compares, as JSON, and the exit status of the common table. */
public record InspectReport(Inspection inspection) {

    public String json() {
        return InspectionJson.write(inspection);
    }

    /** 0 when every file was read, 3 (unreadable input) when some could not be. */
    public ExitStatus status() {
        return inspection.hasErrors() ? ExitStatus.UNREADABLE_INPUT : ExitStatus.OK;
    }
}
