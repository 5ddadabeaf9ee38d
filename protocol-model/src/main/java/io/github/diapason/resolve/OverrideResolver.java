package io.github.diapason.resolve;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.ConsoleSetting;
import io.github.diapason.model.ParameterName;
import io.github.diapason.model.ParameterSpec;
import io.github.diapason.model.Protocol;
import io.github.diapason.model.ProtocolOverride;
import io.github.diapason.model.ScannerPeriod;
import io.github.diapason.model.Sequence;
import io.github.diapason.model.SequencePatch;
import io.github.diapason.model.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes a site's effective protocol: base → field strength → vendor → model → software
 * version → site. Within one level, overrides apply in file order, so the later one wins.
 */
public final class OverrideResolver {

    private OverrideResolver() {
    }

    /** The protocol for the scanner the site uses on {@code date}. */
    public static Validated<EffectiveProtocol> resolve(Protocol protocol, Site site, LocalDate date) {
        return site.scannerOn(date)
                .map(scanner -> Validated.of(resolve(protocol, site, scanner), List.of()))
                .orElseGet(() -> Validated.failed(List.of(Diagnostic.error("NoScannerOnDate",
                        "site '" + site.id() + "' lists no scanner in use on " + date,
                        "add a scanner period covering that date to the site file",
                        SourceLocation.file("sites/" + site.id())))));
    }

    /** The protocol for one of the site's scanner periods. */
    public static EffectiveProtocol resolve(Protocol protocol, Site site, ScannerPeriod scanner) {
        List<ProtocolOverride> applicable = protocol.overrides().stream()
                .filter(o -> !o.when().isEmpty() && o.when().matches(site.id(), scanner))
                .sorted(Comparator.comparing(o -> o.when().level())) // stable: file order within a level
                .toList();
        Map<String, Map<ParameterName, ParameterSpec>> parameters = new LinkedHashMap<>();
        protocol.exam().sequences().forEach(s -> {
            Map<ParameterName, ParameterSpec> copy = new EnumMap<>(ParameterName.class);
            copy.putAll(s.parameters());
            parameters.put(s.id(), copy);
        });
        Map<String, Map<ParameterName, List<Provenance>>> provenance = new TreeMap<>();
        List<AppliedOverride> applied = new ArrayList<>();
        Map<String, String> seriesNames = new LinkedHashMap<>();
        Map<String, io.github.diapason.model.CardiacTriggering> triggering = new LinkedHashMap<>();
        Map<String, io.github.diapason.model.Navigator> navigators = new LinkedHashMap<>();
        Map<String, io.github.diapason.model.DynamicOf> dynamics = new LinkedHashMap<>();
        Map<String, ProtocolOverride> dynamicsBy = new LinkedHashMap<>();
        protocol.exam().sequences().stream().filter(s -> s.dynamicOf() != null)
                .forEach(s -> dynamics.put(s.id(), s.dynamicOf())); // the protocol's own, for every vendor
        Map<String, Map<String, ConsoleSetting>> consoleSettings = new LinkedHashMap<>();
        protocol.exam().sequences().forEach(s -> consoleSettings.put(s.id(), new TreeMap<>(s.consoleSettings())));
        for (ProtocolOverride o : applicable) {
            List<String> touched = new ArrayList<>();
            for (Map.Entry<String, SequencePatch> patch : o.sequences().entrySet()) {
                Map<ParameterName, ParameterSpec> target = parameters.get(patch.getKey());
                if (target == null) {
                    continue; // a dangling reference, reported by validation
                }
                touched.add(patch.getKey());
                if (patch.getValue().seriesName() != null) {
                    seriesNames.put(patch.getKey(), patch.getValue().seriesName()); // the most specific level wins
                }
                if (patch.getValue().cardiacTriggering() != null) {
                    triggering.put(patch.getKey(), patch.getValue().cardiacTriggering()); // replaced whole
                }
                if (patch.getValue().navigator() != null) {
                    navigators.put(patch.getKey(), patch.getValue().navigator()); // replaced whole
                }
                if (patch.getValue().dynamicOf() != null) {
                    dynamics.put(patch.getKey(), patch.getValue().dynamicOf()); // the most specific level wins
                    dynamicsBy.put(patch.getKey(), o);
                }
                consoleSettings.get(patch.getKey()).putAll(patch.getValue().consoleSettings());
                patch.getValue().parameters().forEach((name, spec) -> {
                    ParameterSpec before = target.put(name, spec);
                    provenance.computeIfAbsent(patch.getKey(), k -> new EnumMap<>(ParameterName.class))
                            .computeIfAbsent(name, k -> new ArrayList<>())
                            .add(new Provenance(o.id(), o.when().level(), o.reason(), before, spec));
                });
            }
            applied.add(new AppliedOverride(o.id(), o.when().level(), o.reason(), touched));
        }
        hostDynamics(dynamics, dynamicsBy, parameters, provenance);
        List<Sequence> sequences = protocol.exam().sequences().stream()
                .map(s -> s.withParameters(parameters.get(s.id())))
                .map(s -> seriesNames.containsKey(s.id()) ? s.withSeriesName(seriesNames.get(s.id())) : s)
                .map(s -> s.withConsoleSettings(consoleSettings.get(s.id())))
                .map(s -> triggering.containsKey(s.id()) ? s.withCardiacTriggering(triggering.get(s.id())) : s)
                .map(s -> navigators.containsKey(s.id()) ? s.withNavigator(navigators.get(s.id())) : s)
                .map(s -> dynamics.containsKey(s.id()) ? s.withDynamicOf(dynamics.get(s.id())) : s)
                .flatMap(s -> s.diffusionParts().stream()) // a split diffusion scheme: one sequence per series
                .toList();
        // each part of a split sequence carries the overrides of the sequence it comes from
        protocol.exam().sequences().forEach(s -> s.diffusionParts().stream().filter(part -> !part.id().equals(s.id()))
                .forEach(part -> {
                    if (provenance.containsKey(s.id())) {
                        provenance.put(part.id(), provenance.get(s.id()));
                    }
                }));
        Map<String, Map<ParameterName, List<Provenance>>> frozen = new TreeMap<>();
        provenance.forEach((seq, byParam) -> {
            Map<ParameterName, List<Provenance>> copy = new EnumMap<>(ParameterName.class);
            byParam.forEach((p, steps) -> copy.put(p, List.copyOf(steps)));
            frozen.put(seq, java.util.Collections.unmodifiableMap(copy));
        });
        return new EffectiveProtocol(protocol.withExam(protocol.exam().withSequences(sequences)), site, scanner,
                applied, frozen);
    }

    /**
     * A series that holds other sequences as its dynamics acquires 1 + that many volumes: its NumberOfVolumes (the
     * Philips 'dyn scans', the temporal positions its DICOM carries), set with the override that made them dynamics
     * as its provenance (none when the protocol itself declares them). A dynamic whose target is unknown or itself a dynamic is left to validation.
     */
    private static void hostDynamics(Map<String, io.github.diapason.model.DynamicOf> dynamics,
                                     Map<String, ProtocolOverride> by,
                                     Map<String, Map<ParameterName, ParameterSpec>> parameters,
                                     Map<String, Map<ParameterName, List<Provenance>>> provenance) {
        Map<String, List<String>> byHost = new TreeMap<>();
        dynamics.forEach((id, d) -> {
            if (parameters.containsKey(d.sequence()) && !dynamics.containsKey(d.sequence())) {
                byHost.computeIfAbsent(d.sequence(), k -> new ArrayList<>()).add(id);
            }
        });
        byHost.forEach((host, members) -> {
            ParameterSpec spec = ParameterSpec.of(1 + members.size(), "count");
            ParameterSpec before = parameters.get(host).put(ParameterName.NumberOfVolumes, spec);
            ProtocolOverride o = members.stream().map(by::get).filter(java.util.Objects::nonNull).reduce((a, b) -> b)
                    .orElse(null);
            if (o == null) {
                return; // dynamics the protocol itself declares: no override to name
            }
            provenance.computeIfAbsent(host, k -> new EnumMap<>(ParameterName.class))
                    .computeIfAbsent(ParameterName.NumberOfVolumes, k -> new ArrayList<>())
                    .add(new Provenance(o.id(), o.when().level(), o.reason(), before, spec));
        });
    }
}
