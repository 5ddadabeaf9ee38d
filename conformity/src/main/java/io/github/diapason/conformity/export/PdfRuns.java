package io.github.diapason.conformity.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text runs of a PDF in content-stream order, each with its page and position. */
final class PdfRuns extends PDFTextStripper {

    record Run(int page, double x, double y, String text) {
    }

    private final List<Run> runs = new ArrayList<>();

    private PdfRuns() {
        setSortByPosition(false);
    }

    static List<Run> of(PDDocument doc) throws IOException {
        PdfRuns stripper = new PdfRuns();
        stripper.getText(doc);
        return List.copyOf(stripper.runs);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) {
            return;
        }
        TextPosition first = positions.get(0);
        runs.add(new Run(getCurrentPageNo(), first.getXDirAdj(), first.getYDirAdj(), text));
    }
}
