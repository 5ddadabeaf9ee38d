package io.github.diapason.conformity.dicom;

/** Tags as {@code int}s ({@code group << 16 | element}) and the few the reader itself needs. */
public final class Tags {

    public static final int TRANSFER_SYNTAX_UID = 0x00020010;
    public static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    public static final int FLOAT_PIXEL_DATA = 0x7FE00008;
    public static final int DOUBLE_FLOAT_PIXEL_DATA = 0x7FE00009;
    public static final int PIXEL_DATA = 0x7FE00010;
    public static final int ITEM = 0xFFFEE000;
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Tags() {
    }

    public static int of(int group, int element) {
        return (group & 0xFFFF) << 16 | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** Private data elements live in odd groups (except 0001, 0003, 0005, 0007, FFFF). */
    public static boolean isPrivate(int tag) {
        int g = group(tag);
        return (g & 1) == 1 && g > 0x0008 && g != 0xFFFF;
    }

    /** {@code (gggg,00xx)} with xx in 10..FF reserves the block {@code (gggg,xx00-xxFF)}. */
    public static boolean isPrivateCreator(int tag) {
        int e = element(tag);
        return isPrivate(tag) && e >= 0x0010 && e <= 0x00FF;
    }

    public static boolean isPixelData(int tag) {
        return tag == PIXEL_DATA || tag == FLOAT_PIXEL_DATA || tag == DOUBLE_FLOAT_PIXEL_DATA;
    }

    /** {@code (0029,1010)}: the form used in diagnostics and dumps. */
    public static String format(int tag) {
        char[] c = new char[11];
        c[0] = '(';
        c[5] = ',';
        c[10] = ')';
        for (int i = 0; i < 4; i++) {
            c[4 - i] = HEX[tag >>> 16 + 4 * i & 0xF];
            c[9 - i] = HEX[tag >>> 4 * i & 0xF];
        }
        return new String(c);
    }
}
