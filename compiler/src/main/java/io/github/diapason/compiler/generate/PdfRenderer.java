package io.github.diapason.compiler.generate;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * HTML manual → PDF with openhtmltopdf: the print stylesheet gives A4 pages, page numbers and the
 * running footer; Liberation fonts (from Maven Central, so every machine has them) are embedded.
 * The PDF is then made reproducible: no creation or modification date, and a document /ID
 * derived from the HTML, so the same manual gives the same bytes.
 */
final class PdfRenderer {

    /** Font files shipped in com.github.librepdf:openpdf-fonts-extra. */
    private static final String FONTS = "/liberation/";
    private static final String FAMILY = "Liberation Sans";

    static {
        // The library's own log lines (CSS it skips, fonts it loads, timings) are debug output, not
        // diagnostics: routed to java.util.logging at FINE, so a normal build prints none of them.
        XRLog.setLoggerImpl(new DebugLog());
    }

    Validated<byte[]> render(String html, String name) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "LiberationSans-Regular.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSans-Bold.ttf", 700, PdfRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSans-Italic.ttf", 400, PdfRendererBuilder.FontStyle.ITALIC);
            font(builder, "LiberationMono-Regular.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL, "Liberation Mono");
            builder.withHtmlContent(html, null);
            builder.toStream(raw);
            builder.run();
            return Validated.of(reproducible(raw.toByteArray(), html), List.of());
        } catch (IOException | RuntimeException e) {
            // openhtmltopdf reports malformed (user-template) markup as runtime exceptions.
            return Validated.failed(List.of(Diagnostic.error("PdfFailed", "cannot render " + name + " as PDF: "
                            + e.getMessage(),
                    "the HTML must be well-formed XHTML: if your template folder replaces manual.html.ftlh or a part"
                            + " of it, check that markup; if it does not, this is a bug in Diapason (user text is"
                            + " escaped), please report it",
                    SourceLocation.file(name))));
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, PdfRendererBuilder.FontStyle style) {
        font(builder, file, weight, style, FAMILY);
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, PdfRendererBuilder.FontStyle style,
                             String family) {
        builder.useFont(() -> {
            InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the classpath");
            }
            return in;
        }, family, weight, style, true);
    }

    private static byte[] reproducible(byte[] pdf, String html) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCreationDate(null);
            info.setModificationDate(null);
            info.setProducer("Diapason");
            byte[] id = Arrays.copyOf(sha256(html), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** openhtmltopdf's logging at debug level ({@code io.github.diapason.pdf}, FINE). */
    private static final class DebugLog implements XRLogger {
        private final Logger logger = Logger.getLogger("io.github.diapason.pdf");

        @Override
        public void log(String where, Level level, String msg) {
            logger.log(Level.FINE, () -> where + ": " + msg);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            logger.log(Level.FINE, th, () -> where + ": " + msg);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // one level for the whole library: that of io.github.diapason.pdf
        }

        @Override
        public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
            return logger.isLoggable(Level.FINE);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
