package io.github.diapason.conformity.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * GE's "User Define Data" (0043,xx2A of {@code GEMS_PARM_01}): a binary copy of the scanner's raw-data header, read
 * here only for the phase-encoding polarity of EPI, the way dcm2niix reads it ({@code console/nii_dicom.cpp},
 * {@code kUserDefineDataGE}; {@code GE/README.md}, "User Define Data GE"). All little-endian: the header's offset is
 * the 16-bit value at byte 24; at that offset a 32-bit float gives the header's version (5 to 40, else not this
 * structure); from version 25.002 on the fields below sit 0x4C bytes further and the ky-direction field 0x8C bytes
 * nearer. Bit 0x800 of the 16-bit value at +0x3A says EPI (otherwise nothing is read); bit 0x4 of the value at +0x30
 * is the phase polarity flag (set: "flipped"); the value at +0x394 is the ky traversal (2: bottom-up), which
 * inverts the flag.
 * <p>
 * Checked on the 33 GE series of the dicom-qa corpus (DV26, DV28, MR29): the result agrees with dcm2niix's
 * {@code PhaseEncodingPolarityGE} on all 32 EPI series, and with (0018,9034) where that is present
 * (LINEAR = flipped, REVERSE_LINEAR = unflipped); the 3D T1 is reported "not EPI".
 */
public final class GeUserData {

    public static final String CREATOR = "GEMS_PARM_01";
    public static final int GROUP = 0x0043;
    public static final int ELEMENT = 0x2A;

    private static final int HEADER_OFFSET_AT = 24;
    private static final int EPI_FLAG_AT = 0x3A;
    private static final int POLARITY_AT = 0x30;
    private static final int KY_DIRECTION_AT = 0x394;
    private static final int KY_BOTTOM_UP = 2;

    private GeUserData() {
    }

    /**
     * Whether the EPI phase encoding is "unflipped" (true) or "flipped" (false) in dcm2niix's words; empty when the
     * data is too short, of an unknown version, or not EPI. Never throws on bad data.
     */
    public static Optional<Boolean> unflippedPhaseEncoding(byte[] data) {
        if (data.length < HEADER_OFFSET_AT + 2) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int header = Short.toUnsignedInt(b.getShort(HEADER_OFFSET_AT));
        if ((long) header + KY_DIRECTION_AT + 2 > data.length || header + 4 > data.length) {
            return Optional.empty();
        }
        float version = b.getFloat(header);
        if (!(version >= 5.0f && version <= 40.0f)) {
            return Optional.empty();
        }
        int fields = header;
        int kyAt = KY_DIRECTION_AT;
        if (version >= 25.002f) {
            fields += 0x4C;
            kyAt -= 0x8C;
        }
        if (fields + kyAt + 2 > data.length || fields + EPI_FLAG_AT + 2 > data.length) {
            return Optional.empty();
        }
        if ((b.getShort(fields + EPI_FLAG_AT) & 0x800) == 0) {
            return Optional.empty();
        }
        boolean unflipped = (b.getShort(fields + POLARITY_AT) & 0x4) == 0;
        if (b.getShort(fields + kyAt) == KY_BOTTOM_UP) {
            unflipped = !unflipped;
        }
        return Optional.of(unflipped);
    }
}
