package io.github.diapason.conformity.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diapason.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken exports give diagnostics naming the file and where, never an exception. */
class MalformedExportTest {

    @TempDir
    Path dir;

    @Test
    void a_file_named_exar1_that_is_not_sqlite_is_refused_at_byte_0() throws IOException {
        Path file = write("broken.exar1", "<html>not a database</html>".getBytes(StandardCharsets.US_ASCII));

        ConsoleExport export = ConsoleExportReader.read(file);

        Diagnostic d = only(export, "ExportCorruptDatabase");
        assertThat(d.location().file()).isEqualTo(file.toString());
        assertThat(d.location().path()).isEqualTo("byte[0]");
        assertThat(export.programs()).isEmpty();
    }

    @Test
    void a_truncated_exar1_is_a_corrupt_database() throws IOException {
        byte[] real = Files.readAllBytes(SpineGeneric.file(SpineGeneric.VE11C + ".exar1"));
        Path file = write("truncated.exar1", Arrays.copyOf(real, 20_000));

        ConsoleExport export = ConsoleExportReader.read(file);

        assertThat(export.hasErrors()).isTrue();
        assertThat(export.diagnostics()).extracting(Diagnostic::code).contains("ExportCorruptDatabase");
        assertThat(export.diagnostics()).allSatisfy(d -> assertThat(d.location().file()).isEqualTo(file.toString()));
    }

    @Test
    void an_exar1_blob_that_does_not_inflate_is_named_by_its_hash() throws Exception {
        Path file = dir.resolve("blob.exar1");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            st.execute("CREATE TABLE Content (Hash TEXT not null, Data BLOB not null, Format TEXT not null)");
            st.execute("CREATE TABLE Instance (Id TEXT, Element_id TEXT, ContentHash TEXT, ParentElementId TEXT,"
                    + " LabelElement_id TEXT, InstanceType TEXT, ObjectId TEXT)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO Content VALUES (?, ?, 'DS')")) {
                insert.setString(1, "abc123");
                insert.setBytes(2, new byte[] {(byte) 0xff, (byte) 0xff, 1, 2, 3});
                insert.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        ConsoleExport export = ConsoleExportReader.read(file);

        assertThat(only(export, "ExportCorruptContent").location().path()).isEqualTo("/Content[@Hash='abc123']");
        assertThat(export.programs()).isEmpty();
    }

    @Test
    void an_edx_that_is_not_zlib_says_to_export_exar1_or_a_printout() throws IOException {
        Path file = write("old.edx", "MrEdxFile but not compressed".getBytes(StandardCharsets.US_ASCII));

        Diagnostic d = only(ConsoleExportReader.read(file), "ExportFormatNotSupported");

        assertThat(d.message()).startsWith(".edx not supported");
        assertThat(d.hint()).isEqualTo("export the program as .exar1 (syngo VD/VE/XA) or send the console's PDF printout");
    }

    @Test
    void a_truncated_edx_is_not_read_and_says_so() throws IOException {
        byte[] real = Files.readAllBytes(SpineGeneric.file(SpineGeneric.VB17 + ".edx"));
        Path file = write("truncated.edx", Arrays.copyOf(real, 4_000));

        ConsoleExport export = ConsoleExportReader.read(file);

        assertThat(only(export, "ExportFormatNotSupported").message()).contains("truncated deflate stream");
        assertThat(export.programs()).isEmpty();
    }

    @Test
    void a_truncated_examcard_is_malformed_xml_at_its_line_and_column() throws IOException {
        byte[] real = Files.readAllBytes(SpineGeneric.file(SpineGeneric.PHILIPS + ".ExamCard"));
        Path file = write("truncated.ExamCard", Arrays.copyOf(real, 5_000));

        Diagnostic d = only(ConsoleExportReader.read(file), "ExportMalformedXml");

        assertThat(d.location().file()).isEqualTo(file.toString());
        assertThat(d.location().line()).isPositive();
    }

    @Test
    void an_examcard_declaring_an_external_entity_is_refused() throws IOException {
        Path secret = write("secret.txt", "do not read".getBytes(StandardCharsets.US_ASCII));
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE e [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><name>&x;</name>"
                + "</SOAP-ENV:Envelope>";
        Path file = write("xxe.ExamCard", xml.getBytes(StandardCharsets.UTF_8));

        ConsoleExport export = ConsoleExportReader.read(file);

        Diagnostic d = only(export, "ExportMalformedXml");
        assertThat(d.message()).contains("DOCTYPE");
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(export.programs()).isEmpty();
    }

    @Test
    void an_examcard_block_that_cannot_be_decoded_lists_its_parameters_as_not_read() throws IOException {
        String block = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, (byte) 0xff, 0x7f, 0, 0});
        String xml = "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\" xmlns:a=\"urn:x\"><SOAP-ENV:Body>"
                + "<a:SingleScan id=\"ref-1\"><scanProcedure href=\"#ref-2\"/></a:SingleScan>"
                + "<a:ScanProcedure id=\"ref-2\"><parameterData href=\"#ref-3\"/><name id=\"ref-4\">T1w</name></a:ScanProcedure>"
                + "<SOAP-ENC:Array id=\"ref-3\">" + block + "</SOAP-ENC:Array></SOAP-ENV:Body></SOAP-ENV:Envelope>";
        Path file = write("badblock.ExamCard", xml.getBytes(StandardCharsets.UTF_8));

        ConsoleExport export = ConsoleExportReader.read(file);

        Diagnostic d = only(export, "ExportPhilipsBadBlock");
        assertThat(d.message()).contains("'T1w'").contains("none of its parameters were read");
        assertThat(d.location().path()).isEqualTo("/Array[@id='ref-3']");
        ConsoleProgram t1w = export.program("T1w").orElseThrow();
        assertThat(t1w.values()).isEmpty();
        assertThat(t1w.notRead()).singleElement().asString().startsWith("(all parameters: header announces");
        assertThat(export.diagnostics()).extracting(Diagnostic::code).contains("ExportPhilipsOrderUnknown");
    }

    @Test
    void a_truncated_protocol_tar_names_the_entry_it_broke_in() throws IOException {
        byte[] real = Files.readAllBytes(SpineGeneric.file(SpineGeneric.GE_TAR));
        Path file = write("protocol.tar", Arrays.copyOf(real, 30_000));

        Diagnostic d = only(ConsoleExportReader.read(file), "ExportCorruptArchive");

        assertThat(d.message()).contains("byte").contains("entry");
        assertThat(d.location().path()).isNotEmpty();
    }

    @Test
    void an_lxprotocol_line_that_is_not_a_set_command_is_reported_with_its_line() throws IOException {
        Path file = dir.resolve("protocol.tar");
        try (OutputStream out = Files.newOutputStream(file); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            entry(tar, "p/session.xml", "<session xmlns=\"http://wf.di.med.ge.com/2006/session\"><task name=\"T1w\">"
                    + "<data name=\"LxProtocol\"><property name=\"CONTENT_PROPERTY\" value=\"T1w_1\"/></data></task></session>");
            entry(tar, "p/T1w_1/LxProtocol", "    set TR \"500\"\n    TR = 600\n    set FLIPANG \"12\"\n");
        }

        ConsoleExport export = ConsoleExportReader.read(file);

        Diagnostic d = only(export, "ExportLineNotRead");
        assertThat(d.location().file()).endsWith("protocol.tar!p/T1w_1/LxProtocol");
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(SpineGeneric.value(export, "T1w", "TR")).isEqualTo("500 ms");
        assertThat(SpineGeneric.value(export, "T1w", "Flip Angle")).isEqualTo("12 deg");
    }

    @Test
    void a_password_protected_printout_is_reported_not_thrown() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(file.toFile());
        }

        Diagnostic d = only(ConsoleExportReader.read(file), "ExportEncryptedPdf");

        assertThat(d.location().file()).isEqualTo(file.toString());
    }

    @Test
    void a_pdf_that_is_no_vendor_printout_and_a_truncated_one_are_reported() throws IOException {
        Path blank = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank.toFile());
        }
        byte[] real = Files.readAllBytes(SpineGeneric.file(SpineGeneric.GE_PDF));
        Path truncated = write("truncated.pdf", Arrays.copyOf(real, 300));

        assertThat(only(ConsoleExportReader.read(blank), "ExportPrintoutUnknown").location().file()).isEqualTo(blank.toString());
        assertThat(only(ConsoleExportReader.read(truncated), "ExportCorruptPdf").location().file()).isEqualTo(truncated.toString());
    }

    @Test
    void an_unknown_file_is_not_a_console_export() throws IOException {
        Path file = write("notes.txt", "TR 2000".getBytes(StandardCharsets.US_ASCII));

        ConsoleExport export = ConsoleExportReader.read(file);

        assertThat(export.format()).isEqualTo(ExportFormat.UNKNOWN);
        assertThat(only(export, "ExportFormatNotSupported").hint()).contains(".exar1").contains("ExamCard");
    }

    @Test
    void a_missing_file_is_unreadable_whatever_its_name() {
        for (String name : new String[] {"absent.exar1", "absent.pdf", "absent.ExamCard", "absent"}) {
            Path file = dir.resolve(name);

            Diagnostic d = only(ConsoleExportReader.read(file), "ExportUnreadable");

            assertThat(d.message()).isEqualTo("no such file");
            assertThat(d.location().file()).isEqualTo(file.toString());
        }
        assertThat(only(ConsoleExportReader.read(dir), "ExportUnreadable").message()).isEqualTo("not a readable file");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void entry(TarArchiveOutputStream tar, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    private static Diagnostic only(ConsoleExport export, String code) {
        assertThat(export.diagnostics()).extracting(Diagnostic::code).contains(code);
        return export.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }
}
