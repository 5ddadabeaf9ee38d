package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One sequence of the exam, vendor-neutral. {@code id} is stable across protocol versions;
 * {@code seriesName} is what the radiographer names the series at the console (ReproIn
 * convention recommended), which the checker matches first. {@code consoleSettings} are named
 * vendor settings without a neutral meaning (GE user CVs, imaging options), by console label.
 */
public record Sequence(String id, LocalizedText name, Technique technique, Boolean mandatory,
                       Boolean repeatIfNonConformant, Orientation orientation, LocalizedText coverage,
                       LocalizedText landmark, String seriesName, Map<ParameterName, ParameterSpec> parameters,
                       DiffusionScheme diffusion, FunctionalRun functional, List<String> requiredOptions,
                       List<LocalizedText> reconstructions, List<LocalizedText> checksBeforeStart,
                       List<LocalizedText> allowedAdaptations, Quantity estimatedDuration,
                       Map<String, ConsoleSetting> consoleSettings) {

    @JsonCreator
    public Sequence {
        consoleSettings = consoleSettings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(consoleSettings));
        mandatory = mandatory == null ? Boolean.TRUE : mandatory;
        repeatIfNonConformant = repeatIfNonConformant == null ? Boolean.FALSE : repeatIfNonConformant;
        parameters = Immutables.sortedMap(parameters);
        requiredOptions = Immutables.list(requiredOptions);
        reconstructions = Immutables.list(reconstructions);
        checksBeforeStart = Immutables.list(checksBeforeStart);
        allowedAdaptations = Immutables.list(allowedAdaptations);
    }

    /** A sequence without named console settings. */
    public Sequence(String id, LocalizedText name, Technique technique, Boolean mandatory,
                    Boolean repeatIfNonConformant, Orientation orientation, LocalizedText coverage,
                    LocalizedText landmark, String seriesName, Map<ParameterName, ParameterSpec> parameters,
                    DiffusionScheme diffusion, FunctionalRun functional, List<String> requiredOptions,
                    List<LocalizedText> reconstructions, List<LocalizedText> checksBeforeStart,
                    List<LocalizedText> allowedAdaptations, Quantity estimatedDuration) {
        this(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark, seriesName,
                parameters, diffusion, functional, requiredOptions, reconstructions, checksBeforeStart,
                allowedAdaptations, estimatedDuration, Map.of());
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Optional<ParameterSpec> parameter(ParameterName name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public Sequence withParameters(Map<ParameterName, ParameterSpec> newParameters) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                seriesName, newParameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, consoleSettings);
    }

    /** The same sequence with other named console settings (an override's {@code consoleSettings} merged in). */
    public Sequence withConsoleSettings(Map<String, ConsoleSetting> newConsoleSettings) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                seriesName, parameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, newConsoleSettings);
    }

    /** The same sequence under the series name a vendor's console gives it (an override's {@code seriesName}). */
    public Sequence withSeriesName(String newSeriesName) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                newSeriesName, parameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, consoleSettings);
    }
}
