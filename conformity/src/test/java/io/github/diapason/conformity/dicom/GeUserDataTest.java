package io.github.diapason.conformity.dicom;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GE user data (0043,xx2A) laid out as in the dicom-qa corpus files (header at byte 3244, version 28.0 for DV28,
 * 26.002 for DV26): the flags dcm2niix reads. The real files are checked end to end by GeSliceTimingTest's corpus test.
 */
class GeUserDataTest {

    private static final int HEADER = 3244;

    /** A user-data block of version {@code version} with the EPI bit, the polarity bit and the ky direction given. */
    private static byte[] block(float version, boolean epi, boolean polarityBit, int kyDirection) {
        ByteBuffer b = ByteBuffer.allocate(7480).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(24, (short) HEADER);
        b.putFloat(HEADER, version);
        int fields = HEADER + (version >= 25.002f ? 0x4C : 0);
        int ky = version >= 25.002f ? 0x394 - 0x8C : 0x394;
        b.putShort(fields + 0x3A, (short) (epi ? 0x0800 | 0x0001 : 0x0001));
        b.putShort(fields + 0x30, (short) (polarityBit ? 0x0004 | 0x0100 : 0x0100));
        b.putShort(fields + ky, (short) kyDirection);
        return b.array();
    }

    @Test
    void the_polarity_bit_means_flipped_when_ky_runs_top_down() {
        // dcm_qa_ge SliceTiming/2 (DV28): bit set, ky 0 -> dcm2niix "Flipped", "j"
        assertThat(GeUserData.unflippedPhaseEncoding(block(28.0f, true, true, 0))).contains(false);
        assertThat(GeUserData.unflippedPhaseEncoding(block(28.0f, true, false, 0))).contains(true);
    }

    @Test
    void a_bottom_up_ky_direction_inverts_the_polarity_bit() {
        // dcm_qa_ge 04 DWI (REVERSE_LINEAR): bit set, ky 2 -> "Unflipped"; 01 DWI (LINEAR): bit clear, ky 2 -> "Flipped"
        assertThat(GeUserData.unflippedPhaseEncoding(block(28.003f, true, true, 2))).contains(true);
        assertThat(GeUserData.unflippedPhaseEncoding(block(28.003f, true, false, 2))).contains(false);
    }

    @Test
    void headers_before_version_25_002_keep_their_fields_at_the_original_offsets() {
        assertThat(GeUserData.unflippedPhaseEncoding(block(24.0f, true, true, 0))).contains(false);
        assertThat(GeUserData.unflippedPhaseEncoding(block(24.0f, true, true, 2))).contains(true);
    }

    @Test
    void a_non_epi_header_gives_no_polarity() {
        assertThat(GeUserData.unflippedPhaseEncoding(block(28.0f, false, true, 0))).isEmpty();
    }

    @Test
    void short_or_foreign_data_gives_no_polarity_and_no_exception() {
        assertThat(GeUserData.unflippedPhaseEncoding(new byte[0])).isEmpty();
        assertThat(GeUserData.unflippedPhaseEncoding(new byte[100])).isEmpty(); // offset 0, version 0.0: not this structure
        byte[] truncated = java.util.Arrays.copyOf(block(28.0f, true, true, 0), HEADER + 100);
        assertThat(GeUserData.unflippedPhaseEncoding(truncated)).isEmpty();
        byte[] offsetPastEnd = new byte[64];
        ByteBuffer.wrap(offsetPastEnd).order(ByteOrder.LITTLE_ENDIAN).putShort(24, (short) 0xFFFF);
        assertThat(GeUserData.unflippedPhaseEncoding(offsetPastEnd)).isEmpty();
    }
}
