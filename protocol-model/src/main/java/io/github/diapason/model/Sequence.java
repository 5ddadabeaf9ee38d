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
 * {@code runs} is how many times the same program is run in one exam (a study doing 4 rs-fMRI
 * runs): each run is its own series; absent means 1. {@code cardiacTriggering} is absent for a sequence that does
 * not wait for heart beats, {@code navigator} for one without prospective motion correction. {@code dynamicOf} is
 * set, by a vendor's override, on a sequence that vendor acquires as a dynamic of another sequence's series (no
 * series, no card of its own); absent otherwise.
 */
public record Sequence(String id, LocalizedText name, Technique technique, Boolean mandatory,
                       Boolean repeatIfNonConformant, Orientation orientation, LocalizedText coverage,
                       LocalizedText landmark, String seriesName, Map<ParameterName, ParameterSpec> parameters,
                       DiffusionScheme diffusion, FunctionalRun functional, List<String> requiredOptions,
                       List<LocalizedText> reconstructions, List<LocalizedText> checksBeforeStart,
                       List<LocalizedText> allowedAdaptations, Quantity estimatedDuration,
                       Map<String, ConsoleSetting> consoleSettings, Integer runs, CardiacTriggering cardiacTriggering,
                       Navigator navigator, DynamicOf dynamicOf) {

    @JsonCreator
    public Sequence {
        runs = runs == null ? Integer.valueOf(1) : runs;
        consoleSettings = consoleSettings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(consoleSettings));
        mandatory = mandatory == null ? Boolean.TRUE : mandatory;
        repeatIfNonConformant = repeatIfNonConformant == null ? Boolean.FALSE : repeatIfNonConformant;
        parameters = Immutables.sortedMap(parameters);
        requiredOptions = Immutables.list(requiredOptions);
        reconstructions = Immutables.list(reconstructions);
        checksBeforeStart = Immutables.list(checksBeforeStart);
        allowedAdaptations = Immutables.list(allowedAdaptations);
    }

    public boolean isMandatory() {
        return mandatory;
    }

    /** A BIDS entity or ReproIn datatype-suffix pair in a series name: {@code task-rest}, {@code anat-T1w}. */
    private static final java.util.regex.Pattern BIDS_ENTITY = java.util.regex.Pattern.compile("(^|_)[a-z]+-[A-Za-z0-9]+");

    /** The name the console's series carries: the series name, else the sequence id. */
    public String seriesNameOrId() {
        return seriesName == null ? id : seriesName;
    }

    /**
     * The series name of each run, in order: the series name itself when the program runs once;
     * otherwise, when the name already carries BIDS entities (ReproIn {@code func-bold_task-rest}),
     * the BIDS run entity appended ({@code _run-1}, {@code _run-2}…, BIDS specification, "run"
     * entity), else the run number ({@code _1}, {@code _2}…). Empty without a series name.
     */
    public List<String> runSeriesNames() {
        if (seriesName == null || seriesName.isBlank()) {
            return List.of();
        }
        if (runs == 1) {
            return List.of(seriesName);
        }
        String separator = BIDS_ENTITY.matcher(seriesName).find() ? "_run-" : "_";
        return java.util.stream.IntStream.rangeClosed(1, runs).mapToObj(n -> seriesName + separator + n).toList();
    }

    public Optional<ParameterSpec> parameter(ParameterName name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public Sequence withParameters(Map<ParameterName, ParameterSpec> newParameters) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                seriesName, newParameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, consoleSettings, runs, cardiacTriggering,
                navigator, dynamicOf);
    }

    /** The same sequence with other named console settings (an override's {@code consoleSettings} merged in). */
    public Sequence withConsoleSettings(Map<String, ConsoleSetting> newConsoleSettings) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                seriesName, parameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, newConsoleSettings, runs,
                cardiacTriggering, navigator, dynamicOf);
    }

    /** The same sequence with other cardiac triggering (an override's {@code cardiacTriggering}). */
    public Sequence withCardiacTriggering(CardiacTriggering newTriggering) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                seriesName, parameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, consoleSettings, runs, newTriggering,
                navigator, dynamicOf);
    }

    /** The same sequence with another navigator (an override's {@code navigator}). */
    public Sequence withNavigator(Navigator newNavigator) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                seriesName, parameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, consoleSettings, runs, cardiacTriggering,
                newNavigator, dynamicOf);
    }

    /**
     * The series this sequence is acquired in: itself, or, for a diffusion scheme split into N series
     * ({@link DiffusionScheme#parts()}), one sequence per part: id {@code <id>-part<k>}, name followed by
     * {@code (k/N)}, series name followed by the part number as for runs ({@code _run-<k>} after BIDS entities, else
     * {@code _<k>}), the part's scheme; no estimated duration (each
     * part's time comes from its own volumes).
     */
    public List<Sequence> diffusionParts() {
        if (diffusion == null || diffusion.seriesCount() == 1) {
            return List.of(this);
        }
        List<DiffusionScheme> parts = diffusion.parts();
        // as for runs: BIDS keeps a split DWI's series apart by the run entity (BIDS specification, DWI, "MultipartID")
        String separator = seriesName != null && BIDS_ENTITY.matcher(seriesName).find() ? "_run-" : "_";
        List<Sequence> out = new java.util.ArrayList<>();
        for (int k = 1; k <= parts.size(); k++) {
            String suffix = " (" + k + "/" + parts.size() + ")";
            Map<String, String> names = new TreeMap<>();
            name.texts().forEach((language, text) -> names.put(language, text + suffix));
            out.add(new Sequence(id + "-part" + k, new LocalizedText(names), technique, mandatory,
                    repeatIfNonConformant, orientation, coverage, landmark,
                    seriesName == null ? null : seriesName + separator + k, parameters, parts.get(k - 1), functional,
                    requiredOptions, reconstructions, checksBeforeStart, allowedAdaptations, null, consoleSettings,
                    runs, cardiacTriggering, navigator, dynamicOf));
        }
        return List.copyOf(out);
    }

    /** The same sequence acquired as a dynamic of another sequence's series (an override's {@code dynamicOf}). */
    public Sequence withDynamicOf(DynamicOf newDynamicOf) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                seriesName, parameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, consoleSettings, runs, cardiacTriggering,
                navigator, newDynamicOf);
    }

    /** The same sequence under the series name a vendor's console gives it (an override's {@code seriesName}). */
    public Sequence withSeriesName(String newSeriesName) {
        return new Sequence(id, name, technique, mandatory, repeatIfNonConformant, orientation, coverage, landmark,
                newSeriesName, parameters, diffusion, functional, requiredOptions, reconstructions,
                checksBeforeStart, allowedAdaptations, estimatedDuration, consoleSettings, runs, cardiacTriggering,
                navigator, dynamicOf);
    }
}
