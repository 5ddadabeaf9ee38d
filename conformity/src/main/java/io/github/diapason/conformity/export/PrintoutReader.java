package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import java.nio.file.Path;

/**
 * Reads a vendor's PDF protocol printout, the fallback every site can produce: the text runs PDFBox
 * extracts, with their positions, are grouped into lines and columns by the vendor's
 * {@link PrintoutLayout}, then into programs (one per printed protocol) of labelled values under
 * their card (Siemens "Contrast - Common", GE "SCAN TIMING", Philips "GEOMETRY"). A value's key is
 * {@code card/label}, numbered {@code #2}, {@code #3} when a card prints the same label again.
 */
final class PrintoutReader {

    private PrintoutReader() {
    }

    static ConsoleExport read(Path path) {
        String file = path.toString();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<PdfRuns.Run> runs;
        try (PDDocument doc = Loader.loadPDF(path.toFile())) {
            runs = PdfRuns.of(doc);
        } catch (InvalidPasswordException e) {
            diagnostics.add(Diagnostic.error("ExportEncryptedPdf",
                    "the printout is password-protected: its text cannot be read",
                    "print the protocol again without a password", SourceLocation.file(file)));
            return ConsoleExport.failed(file, ExportFormat.PRINTOUT_PDF, diagnostics);
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error("ExportCorruptPdf", "not a readable PDF: " + e.getMessage(),
                    "send the PDF as printed by the console; it may be truncated", SourceLocation.file(file)));
            return ConsoleExport.failed(file, ExportFormat.PRINTOUT_PDF, diagnostics);
        }
        Optional<PrintoutLayout> layout = vendor(runs);
        if (layout.isEmpty()) {
            diagnostics.add(Diagnostic.error("ExportPrintoutUnknown",
                    "not a Siemens, GE or Philips protocol printout (no vendor layout recognised)",
                    "send the printout produced by the console itself", SourceLocation.file(file)));
            return ConsoleExport.failed(file, ExportFormat.PRINTOUT_PDF, diagnostics);
        }
        List<ConsoleProgram> programs = new PrintoutParser(layout.get(), file).parse(runs);
        if (programs.isEmpty()) {
            diagnostics.add(Diagnostic.error("ExportPrintoutEmpty", "no protocol found in the printout", "",
                    SourceLocation.file(file)));
        }
        return new ConsoleExport(file, ExportFormat.PRINTOUT_PDF, layout.get().vendor(), programs, diagnostics,
                first(runs, SIEMENS_MODEL), first(runs, SOFTWARE));
    }

    /**
     * The letterheads that name the scanner: Siemens pages end with {@code SIEMENS MAGNETOM Prisma_fit} (E11) or
     * {@code SIEMENS MAGNETOM 3.0T X60 Numaris/X VA61A-092T} (XA61); the Philips dump starts with {@code ... Software
     * Stream 5.3.1.0}. The GE printout names no scanner in a fixed place (its letterhead is the site's own text).
     */
    private static final Pattern SIEMENS_MODEL = Pattern.compile("^SIEMENS MAGNETOM (.+?)(?: Numaris/X .*)?$");
    private static final Pattern SOFTWARE = Pattern.compile("(?:Numaris/X |Software Stream )(\\S+?)(?:-\\w+)?$");

    private static String first(List<PdfRuns.Run> runs, Pattern pattern) {
        // a letterhead comes as several runs: join those of one page and baseline, in x order, before matching
        Map<String, List<PdfRuns.Run>> lines = new LinkedHashMap<>();
        for (PdfRuns.Run r : runs) {
            lines.computeIfAbsent(r.page() + "/" + Math.round(r.y()), k -> new ArrayList<>()).add(r);
        }
        for (List<PdfRuns.Run> line : lines.values()) {
            String text = line.stream().sorted(java.util.Comparator.comparingDouble(PdfRuns.Run::x))
                    .map(r -> r.text().strip()).collect(java.util.stream.Collectors.joining(" "));
            Matcher m = pattern.matcher(text.replaceAll("\\s+", " ").strip());
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    private static Optional<PrintoutLayout> vendor(List<PdfRuns.Run> runs) {
        Map<String, PrintoutLayout> marks = new LinkedHashMap<>();
        marks.put("syngo MR B", PrintoutLayout.SIEMENS_VB);
        marks.put("SIEMENS", PrintoutLayout.SIEMENS);
        marks.put("Philips MRI Protocol Dump", PrintoutLayout.PHILIPS);
        marks.put("Series Description", PrintoutLayout.GE);
        for (Map.Entry<String, PrintoutLayout> m : marks.entrySet()) {
            if (runs.stream().anyMatch(r -> r.text().contains(m.getKey()))) {
                return Optional.of(m.getValue());
            }
        }
        return Optional.empty();
    }
}
