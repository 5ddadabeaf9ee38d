package io.github.diapason.conformity.export;

/** The console export formats the readers know, importable files and printouts. */
public enum ExportFormat {
    /** Siemens syngo VE/XA exam tree export: SQLite with deflated EDF/JSON blobs carrying XProtocol. */
    SIEMENS_EXAR1("Siemens", "exar1"),
    /** Siemens syngo VB exam tree export: a proprietary binary container, not read. */
    SIEMENS_EDX("Siemens", "edx"),
    /** GE protocol export: tar of session.xml and one LxProtocol per series. */
    GE_PROTOCOL_TAR("GE", "protocol.tar"),
    /** Philips ExamCard: SOAP XML with one binary parameter block per scan. */
    PHILIPS_EXAMCARD("Philips", "ExamCard"),
    /** A vendor's PDF protocol printout. */
    PRINTOUT_PDF("", "pdf"),
    /** A file no reader recognises. */
    UNKNOWN("", "");

    private final String vendor;
    private final String extension;

    ExportFormat(String vendor, String extension) {
        this.vendor = vendor;
        this.extension = extension;
    }

    /** The vendor the format belongs to; empty for printouts (the printout says) and unknown files. */
    public String vendor() {
        return vendor;
    }

    public String extension() {
        return extension;
    }
}
