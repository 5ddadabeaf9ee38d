package io.github.diapason.compiler.qualify;

import io.github.diapason.compiler.qualify.Qualification.Finding;
import io.github.diapason.conformity.export.ConsoleExport;
import io.github.diapason.model.ScannerPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an export comes from the scanner the site file lists for the date: the vendor, the model and the
 * software, each compared only when the export states it (a value the export does not state is a note, never a
 * failure). Software versions are compared on their release: Siemens internal versions are turned into the
 * marketed line ({@code VE11C} is syngo MR E11, {@code VA61A} is XA61 — the spine-generic XA61 printout prints
 * {@code Numaris/X VA61A}), and a site's shorter version matches a longer one ({@code 5.3.1} matches
 * {@code 5.3.1.0}, {@code E11} matches {@code E11C}). Model names the exports print differently from the marketed
 * name are data: {@code scanner-models.tsv} beside this class, each with its source.
 */
final class ScannerIdentity {

    private static final Pattern SIEMENS_INTERNAL = Pattern.compile("^V([A-Z])(\\d+)([A-Z]?)$");
    private static final Set<String> NOISE = Set.of("siemens", "magnetom", "ge", "philips", "syngo", "mr", "healthcare");
    private static final Map<String, String> MODEL_ALIASES = aliases();

    private ScannerIdentity() {
    }

    static List<Finding> check(ConsoleExport export, ScannerPeriod scanner, String file) {
        List<Finding> out = new ArrayList<>();
        if (!export.vendor().isEmpty() && !export.vendor().equalsIgnoreCase(scanner.vendor())) {
            out.add(new Finding("error", "ScannerVendorMismatch", file, "", "", "the export comes from a "
                    + export.vendor() + " console; the site's scanner on this date is " + scanner.vendor(), scanner.vendor(), export.vendor()));
        }
        if (export.software().isEmpty()) {
            out.add(new Finding("note", "ScannerSoftwareNotStated", file, "", "",
                    "the export does not state the scanner software: not compared", scanner.softwareVersion(), ""));
        } else if (!softwareMatches(scanner.softwareVersion(), export.software())) {
            out.add(new Finding("error", "ScannerSoftwareMismatch", file, "", "", "the export was made on software "
                    + export.software() + "; the site's scanner on this date runs " + scanner.softwareVersion()
                    + ": update the site file (a new scanner period) or export from the scanner in use",
                    scanner.softwareVersion(), export.software()));
        }
        if (!export.model().isEmpty() && !modelMatches(scanner.model(), export.model())) {
            out.add(new Finding("error", "ScannerModelMismatch", file, "", "", "the export names the scanner "
                    + export.model() + "; the site's scanner on this date is " + scanner.model(), scanner.model(), export.model()));
        }
        return out;
    }

    /** The release as comparable tokens: {@code syngo MR E11} → E11, {@code VE11C} → E11C, {@code 5.3.1.0} → 5.3.1.0. */
    static String release(String software) {
        String s = software == null ? "" : software.strip().toUpperCase(Locale.ROOT);
        s = s.replaceFirst("^SYNGO\\s+MR\\s+", "").replaceFirst("^NUMARIS/X\\s+", "");
        Matcher m = SIEMENS_INTERNAL.matcher(s);
        if (m.matches()) {
            // VE11C → E11C (syngo MR E11); VA61A → XA61A (the A line is marketed as XA)
            s = (m.group(1).equals("A") ? "XA" : m.group(1)) + m.group(2) + m.group(3);
        }
        return s.replaceAll("\\s+", "");
    }

    static boolean softwareMatches(String site, String exported) {
        String a = release(site);
        String b = release(exported);
        return !a.isEmpty() && (b.startsWith(a) || a.startsWith(b));
    }

    static boolean modelMatches(String site, String exported) {
        String alias = MODEL_ALIASES.get(exported.strip());
        if (alias != null) {
            return tokens(alias).equals(tokens(site));
        }
        List<String> want = tokens(site);
        List<String> have = tokens(exported);
        return !want.isEmpty() && have.containsAll(want);
    }

    private static List<String> tokens(String model) {
        List<String> out = new ArrayList<>();
        for (String t : model.toLowerCase(Locale.ROOT).replace(".", "").split("[^a-z0-9]+")) {
            if (!t.isEmpty() && !NOISE.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** scanner-models.tsv: the model text an export prints, the marketed model, the source. */
    private static Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ScannerIdentity.class.getResourceAsStream("scanner-models.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0].strip(), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("scanner-models.tsv is part of the jar", e);
        }
        return out;
    }
}
