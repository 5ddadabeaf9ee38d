package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What an override changes in one sequence: parameters replaced (whole specs, unit and tolerance included);
 * optionally the series name the console gives it where a vendor's export names it otherwise
 * (spine-generic: Siemens VE11C "DWI_no-ZOOMit", Philips "GRE-T1" for the "GRE-T1w" of the other vendors);
 * named console settings added or replaced by label (GE user CVs, imaging options); and the cardiac triggering,
 * replaced whole, as each vendor's console takes it (spine-generic DWI: Siemens 5 concatenations of one beat, GE
 * 5 RR intervals, Philips TR 4 beats in 2 packages); and the navigator, replaced whole; and, where the vendor
 * acquires the sequence as a dynamic of another sequence's series, which dynamic ({@link DynamicOf}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SequencePatch(String seriesName, Map<ParameterName, ParameterSpec> parameters,
                            Map<String, ConsoleSetting> consoleSettings, CardiacTriggering cardiacTriggering,
                            Navigator navigator, DynamicOf dynamicOf) {
    @JsonCreator
    public SequencePatch {
        parameters = Immutables.sortedMap(parameters);
        consoleSettings = Immutables.sortedMap(consoleSettings);
    }

    public SequencePatch(Map<ParameterName, ParameterSpec> parameters) {
        this(null, parameters, null, null, null, null);
    }

    public SequencePatch(String seriesName, Map<ParameterName, ParameterSpec> parameters,
                         Map<String, ConsoleSetting> consoleSettings) {
        this(seriesName, parameters, consoleSettings, null, null, null);
    }
}
