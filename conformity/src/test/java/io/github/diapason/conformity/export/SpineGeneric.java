package io.github.diapason.conformity.export;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The spine-generic exports copied under src/test/resources/console-exports (see PROVENANCE.md there). */
final class SpineGeneric {

    static final String VE11C = "Siemens/Prisma_VE11C_no-ZOOMit/spine_generic_Prisma_VE11C_no-ZOOMit";
    static final String XA61 = "Siemens/CimaX_XA61_ZOOMit/spine-generic_CimaX_XA61_ZOOMit";
    static final String VB17 = "Siemens/Trio_VB17/spine_generic_siemens-trio";
    static final String GE_TAR = "GE/GE_750_no-FOCUS/protocol.tar";
    static final String GE_PDF = "GE/GE_750_no-FOCUS/spine_generic_ge_750_no-FOCUS.pdf";
    static final String PHILIPS = "Philips/spine_generic_philips_R53";

    private SpineGeneric() {
    }

    static Path file(String relative) {
        try {
            return Path.of(SpineGeneric.class.getResource("/console-exports/spine-generic/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ConsoleExport read(String relative) {
        return ConsoleExportReader.read(file(relative));
    }

    static String value(ConsoleExport export, String program, String label) {
        ConsoleProgram p = export.program(program).orElseThrow(() -> new AssertionError("no program " + program));
        ConsoleValue v = p.value(label).orElseThrow(() -> new AssertionError(program + " has no " + label));
        return (v.value() + " " + v.unit()).strip();
    }
}
