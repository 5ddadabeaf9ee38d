package io.github.diapason.conformity.export;

import io.github.diapason.conformity.siemens.Ascconv;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;

/**
 * Reads a Siemens syngo VB exam-tree export ({@code .edx}). Established on the spine-generic Trio
 * and Verio VB17 exports: the file is one zlib stream whose text starts {@code MrEdxFile}; sections
 * are separated by a line of {@code @} signs, each opening with {@code MrEdb*} header lines up to
 * {@code **********}. A section with {@code MrEdbType=Prot} is one program: {@code MrEdbName} is its
 * name (UTF-7, e.g. {@code DWI+AF8-b0} for {@code DWI_b0}) and its body is the XProtocol whose
 * ASCCONV block gives the parameters, read as for .exar1. Anything else gives an "export .exar1 or
 * a printout" diagnostic.
 */
final class EdxReader {

    private static final String MAGIC = "MrEdxFile";
    private static final String NOT_SUPPORTED_HINT =
            "export the program as .exar1 (syngo VD/VE/XA) or send the console's PDF printout";

    private EdxReader() {
    }

    static ConsoleExport read(Path path) {
        String file = path.toString();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text;
        try {
            text = new String(Exar1Reader.inflate(Files.readAllBytes(path), false), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("ExportUnreadable", "cannot read: " + e.getMessage(), "",
                    SourceLocation.file(file)));
            return ConsoleExport.failed(file, ExportFormat.SIEMENS_EDX, diagnostics);
        } catch (DataFormatException e) {
            diagnostics.add(Diagnostic.error("ExportFormatNotSupported",
                    ".edx not supported: it is not the zlib-compressed MrEdxFile text this reader knows ("
                            + e.getMessage() + ")", NOT_SUPPORTED_HINT, SourceLocation.file(file)));
            return ConsoleExport.failed(file, ExportFormat.SIEMENS_EDX, diagnostics);
        }
        if (!text.startsWith(MAGIC)) {
            diagnostics.add(Diagnostic.error("ExportFormatNotSupported",
                    ".edx not supported: its content does not start with " + MAGIC, NOT_SUPPORTED_HINT,
                    SourceLocation.file(file)));
            return ConsoleExport.failed(file, ExportFormat.SIEMENS_EDX, diagnostics);
        }
        List<ConsoleProgram> programs = new ArrayList<>();
        String[] sections = text.split("\r?\n@{10,}\r?\n");
        int line = 1;
        for (String section : sections) {
            SourceLocation at = new SourceLocation(file, line, 1, "");
            line += section.split("\n", -1).length;
            if (!section.contains("\nMrEdbType=Prot")) {
                continue;
            }
            String name = utf7(header(section, "MrEdbName"));
            if (!Ascconv.hasBlock(section)) {
                diagnostics.add(Diagnostic.error("ExportSiemensNoAscconv",
                        "program '" + name + "' has no ### ASCCONV BEGIN ### block: its parameters were not read",
                        NOT_SUPPORTED_HINT, at));
                continue;
            }
            SiemensProtocolValues.Result r = SiemensProtocolValues.of(Ascconv.parse(section), at);
            programs.add(new ConsoleProgram(name, r.sequenceType(), r.values(), r.notRead(), at));
        }
        if (programs.isEmpty()) {
            diagnostics.add(Diagnostic.error("ExportFormatNotSupported",
                    ".edx holds no program this reader can read", NOT_SUPPORTED_HINT, SourceLocation.file(file)));
        }
        return new ConsoleExport(file, ExportFormat.SIEMENS_EDX, "Siemens", programs, diagnostics);
    }

    private static String header(String section, String key) {
        for (String l : section.split("\r?\n")) {
            if (l.startsWith(key + "=")) {
                return l.substring(key.length() + 1);
            }
            if (l.startsWith("**********")) {
                break;
            }
        }
        return "";
    }

    /** RFC 2152 UTF-7 as the VB exam database writes names: {@code +AF8-} is {@code _}, {@code +-} is {@code +}. */
    static String utf7(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '+') {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.length() && isBase64(s.charAt(end))) {
                end++;
            }
            String run = s.substring(i + 1, end);
            if (run.isEmpty()) {
                out.append('+');
            } else {
                byte[] bytes = Base64.getDecoder().decode(pad(run));
                ByteBuffer utf16 = ByteBuffer.wrap(bytes, 0, bytes.length - bytes.length % 2);
                out.append(StandardCharsets.UTF_16BE.decode(utf16));
            }
            i = end < s.length() && s.charAt(end) == '-' ? end + 1 : end;
        }
        return out.toString();
    }

    private static boolean isBase64(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/';
    }

    private static String pad(String run) {
        int drop = run.length() % 4 == 1 ? 1 : 0;
        String r = run.substring(0, run.length() - drop);
        return r + "=".repeat((4 - r.length() % 4) % 4);
    }
}
