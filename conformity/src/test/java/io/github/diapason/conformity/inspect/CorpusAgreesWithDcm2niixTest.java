package io.github.diapason.conformity.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.dicom.DicomQaCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code inspect} on the real vendor corpus ({@code dicom-qa}: Siemens B17/E11, GE DV26–MR29, Philips
 * 2.5–5.x) against the BIDS sidecars dcm2niix v1.0.20220720 wrote from the original files: every field
 * both write, sidecar by sidecar. Every disagreement must be listed, with its reason, in
 * {@code dcm2niix-expected-differences.tsv}; the agreement over all compared values must reach 99 %.
 * The per-field table is written to {@code target/dicom-qa-agreement.md}.
 */
class CorpusAgreesWithDcm2niixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields dcm2niix writes that we do not compare: conversion provenance and identifying values we never print. */
    private static final Set<String> NOT_COMPARED = Set.of("ConversionSoftware", "ConversionSoftwareVersion");

    private static Inspection inspection;
    private static List<Comparison> comparisons;
    /** Field → vendor → sidecars where dcm2niix writes the field and we do not (coverage, not agreement). */
    private static final Map<String, Map<String, Integer>> ONLY_DCM2NIIX = new TreeMap<>();

    /** One value of one sidecar against ours. */
    record Comparison(String sidecar, String vendor, String field, boolean same, String theirs, String ours) {
    }

    /** A listed difference: field, glob over sidecar paths ({@code set/folder/name.json}), reason. */
    record Expected(String field, PathMatcher sidecars, String glob, String reason) {
        boolean covers(Comparison c) {
            return c.field().equals(field) && sidecars.matches(Path.of(c.sidecar()));
        }
    }

    @BeforeAll
    static void inspectTheCorpus() throws IOException {
        Path dicom = DicomQaCorpus.dicom();
        inspection = new Inspector().inspect(List.of(dicom));
        Map<String, SeriesValues> byUid = new TreeMap<>();
        inspection.series().forEach(s -> byUid.put(s.seriesInstanceUid(), s));
        Path root = DicomQaCorpus.sidecars();
        List<Path> sidecars;
        try (Stream<Path> walk = Files.walk(root)) {
            sidecars = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        comparisons = new ArrayList<>();
        for (Path sidecar : sidecars) {
            JsonNode j = JSON.readTree(sidecar.toFile());
            String name = root.relativize(sidecar).toString().replace('\\', '/');
            SeriesValues ours = byUid.get(j.path("SeriesInstanceUID").asText());
            String vendor = j.path("Manufacturer").asText();
            if (ours == null) {
                comparisons.add(new Comparison(name, vendor, "SeriesInstanceUID", false, j.path("SeriesInstanceUID").asText(), "no such series"));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = j.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Object mine = ours.get(e.getKey());
                if (NOT_COMPARED.contains(e.getKey())) {
                    continue;
                }
                if (mine == null) {
                    ONLY_DCM2NIIX.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).merge(vendor, 1, Integer::sum);
                    continue;
                }
                Object comparable = asDcm2niixWrites(e.getKey(), e.getValue(), mine);
                comparisons.add(new Comparison(name, vendor, e.getKey(), same(e.getValue(), comparable), e.getValue().toString(),
                        JSON.writeValueAsString(mine)));
            }
        }
        StringBuilder only = new StringBuilder("\n| written by dcm2niix only | sidecars per vendor |\n| --- | --- |\n");
        ONLY_DCM2NIIX.forEach((field, byVendor) -> only.append("| ").append(field).append(" | ").append(byVendor).append(" |\n"));
        Files.writeString(Path.of("target", "dicom-qa-agreement.md"), table() + only, StandardCharsets.UTF_8);
    }

    /**
     * Our value written the way dcm2niix writes the same value, for the two representation choices that
     * are not value differences: its short vendor names ("Siemens", "GE", "Philips" for the DICOM
     * Manufacturer; dcm2niix {@code nii_dicom.cpp} {@code kMANUFACTURER_*}, see the corpus README), and
     * multi-valued CS attributes other than ImageType written as one backslash-separated text
     * (ScanningSequence {@code "EP\\SE"}). Any other disagreement is compared as it is.
     */
    static Object asDcm2niixWrites(String field, JsonNode theirs, Object mine) {
        if (field.equals("Manufacturer") && mine instanceof String m) {
            String u = m.toUpperCase(java.util.Locale.ROOT);
            return u.startsWith("SIEMENS") ? "Siemens" : u.startsWith("GE ") || u.equals("GE") ? "GE"
                    : u.startsWith("PHILIPS") ? "Philips" : m;
        }
        if (theirs.isTextual() && mine instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
            return String.join("\\", list.stream().map(String::valueOf).toList());
        }
        return mine;
    }

    /** Numbers to 5 significant digits (dcm2niix prints with %g); a number of theirs may be one of our list (echoes). */
    static boolean same(JsonNode theirs, Object mine) {
        if (theirs.isArray()) {
            if (!(mine instanceof List<?> list) || list.size() != theirs.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!same(theirs.get(i), list.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (theirs.isNumber()) {
            double t = theirs.asDouble();
            List<?> candidates = mine instanceof List<?> list ? list : List.of(mine);
            return candidates.stream().anyMatch(m -> m instanceof Number n
                    && Math.abs(n.doubleValue() - t) <= 1e-5 * Math.abs(t) + 1e-9);
        }
        return theirs.asText().equals(mine instanceof List<?> l && l.size() == 1 ? String.valueOf(l.get(0)) : String.valueOf(mine));
    }

    static List<Expected> expected() throws IOException {
        List<Expected> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CorpusAgreesWithDcm2niixTest.class.getResourceAsStream("dcm2niix-expected-differences.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertThat(f).as("field, sidecar glob, reason: " + line).hasSize(3);
                assertThat(f[2]).as("a reason for " + line).isNotBlank();
                out.add(new Expected(f[0], FileSystems.getDefault().getPathMatcher("glob:" + f[1]), f[1], f[2]));
            }
        }
        return out;
    }

    @Test
    void every_series_of_every_sidecar_is_found() {
        assertThat(comparisons).filteredOn(c -> c.ours().equals("no such series")).isEmpty();
        assertThat(inspection.dicomFiles()).isEqualTo(7818);
        // the corpus empties Pixel Data to length 0 on purpose: that is not a file cut inside its pixels
        assertThat(inspection.diagnostics()).noneMatch(d -> d.code().equals("DICOM_PIXEL_DATA_TRUNCATED"));
    }

    @Test
    void every_difference_is_listed_with_its_reason() throws IOException {
        List<Expected> expected = expected();
        List<String> unexplained = comparisons.stream().filter(c -> !c.same())
                .filter(c -> expected.stream().noneMatch(x -> x.covers(c)))
                .map(c -> c.sidecar() + "\t" + c.field() + "\tdcm2niix " + c.theirs() + ", ours " + c.ours()).toList();
        assertThat(unexplained).isEmpty();
    }

    @Test
    void no_listed_difference_is_stale() throws IOException {
        List<String> stale = expected().stream()
                .filter(x -> comparisons.stream().noneMatch(c -> !c.same() && x.covers(c)))
                .map(x -> x.field() + " " + x.glob()).toList();
        assertThat(stale).as("listed differences that no longer occur").isEmpty();
    }

    @Test
    void at_least_99_percent_of_compared_values_agree() {
        long same = comparisons.stream().filter(Comparison::same).count();
        assertThat(comparisons.size()).as("values compared").isGreaterThan(2000);
        assertThat((double) same / comparisons.size()).as(table()).isGreaterThanOrEqualTo(0.99);
    }

    /** Agreeing / compared per field and vendor, Markdown. */
    static String table() {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        Set<String> vendors = new TreeSet<>();
        for (Comparison c : comparisons) {
            vendors.add(c.vendor());
            int[] n = counts.computeIfAbsent(c.field(), k -> new TreeMap<>()).computeIfAbsent(c.vendor(), k -> new int[2]);
            n[0] += c.same() ? 1 : 0;
            n[1]++;
        }
        StringBuilder b = new StringBuilder("| field | all |");
        vendors.forEach(v -> b.append(' ').append(v).append(" |"));
        b.append("\n| --- | ---: |");
        vendors.forEach(v -> b.append(" ---: |"));
        int[] total = new int[2];
        counts.forEach((field, byVendor) -> {
            int[] all = new int[2];
            byVendor.values().forEach(n -> {
                all[0] += n[0];
                all[1] += n[1];
            });
            total[0] += all[0];
            total[1] += all[1];
            b.append("\n| ").append(field).append(" | ").append(all[0]).append('/').append(all[1]).append(" |");
            for (String v : vendors) {
                int[] n = byVendor.get(v);
                b.append(' ').append(n == null ? "" : n[0] + "/" + n[1]).append(" |");
            }
        });
        b.append("\n| **all** | ").append(total[0]).append('/').append(total[1]).append(" |\n");
        return b.toString();
    }
}
