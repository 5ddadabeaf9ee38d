package io.github.diapason.conformity.export;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The one entry point: reads any console export this package knows and says what the site
 * programmed. The format is told from the file's first bytes (SQLite, zlib, XML, PDF, tar), the
 * name's extension only breaking ties. Never throws on bad input: problems are diagnostics.
 */
public final class ConsoleExportReader {

    private ConsoleExportReader() {
    }

    public static ConsoleExport read(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return ConsoleExport.failed(file.toString(), ExportFormat.UNKNOWN, List.of(Diagnostic.error(
                    "ExportUnreadable", Files.exists(file) ? "not a readable file" : "no such file",
                    "give the path of the export file itself", SourceLocation.file(file.toString()))));
        }
        ExportFormat format = detect(file);
        return switch (format) {
            case SIEMENS_EXAR1 -> Exar1Reader.read(file);
            case SIEMENS_EDX -> EdxReader.read(file);
            case GE_PROTOCOL_TAR -> GeProtocolTarReader.read(file);
            case PHILIPS_EXAMCARD -> ExamCardReader.read(file);
            case PRINTOUT_PDF -> PrintoutReader.read(file);
            case UNKNOWN -> ConsoleExport.failed(file.toString(), ExportFormat.UNKNOWN, List.of(Diagnostic.error(
                    "ExportFormatNotSupported", "not a console export this reader knows",
                    "give a Siemens .exar1/.edx, a GE protocol.tar, a Philips .ExamCard or a vendor PDF printout",
                    SourceLocation.file(file.toString()))));
        };
    }

    /** The format of {@code file}, from its first bytes and then its name. */
    public static ExportFormat detect(Path file) {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            n = 0;
        }
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (start.startsWith("SQLite format 3") || name.endsWith(".exar1")) {
            return ExportFormat.SIEMENS_EXAR1;
        }
        if (start.startsWith("%PDF") || name.endsWith(".pdf")) {
            return ExportFormat.PRINTOUT_PDF;
        }
        if (name.endsWith(".edx") || n >= 2 && (head[0] & 0xff) == 0x78 && (head[1] & 0xff) == 0xda) {
            return ExportFormat.SIEMENS_EDX;
        }
        if (n >= 262 && start.startsWith("ustar", 257) || name.endsWith(".tar")) {
            return ExportFormat.GE_PROTOCOL_TAR;
        }
        if (start.contains("<SOAP-ENV:Envelope") || name.endsWith(".examcard")) {
            return ExportFormat.PHILIPS_EXAMCARD;
        }
        return ExportFormat.UNKNOWN;
    }
}
