package io.github.diapason.conformity.dicom;

/** DICOM value representations (PS3.5 §6.2), with what the reader needs to know about each. */
public enum Vr {
    AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW, PN, SH, SL, SQ, SS, ST, SV, TM,
    UC, UI, UL, UN, UR, US, UT, UV;

    private static final Vr[] BY_CODE = new Vr[26 * 26];

    /** {@link #of(int, int)} as one array load, indexed by the two bytes as a big-endian 16-bit number (for the reader's fast path). */
    static final Vr[] BY_TWO_BYTES = new Vr[1 << 16];

    static {
        for (Vr vr : values()) {
            BY_CODE[(vr.name().charAt(0) - 'A') * 26 + (vr.name().charAt(1) - 'A')] = vr;
            BY_TWO_BYTES[vr.name().charAt(0) << 8 | vr.name().charAt(1)] = vr;
        }
    }

    /** The VR spelled by two bytes, or {@code null} when they spell none. */
    public static Vr of(int b0, int b1) {
        if (b0 < 'A' || b0 > 'Z' || b1 < 'A' || b1 > 'Z') {
            return null;
        }
        return BY_CODE[(b0 - 'A') * 26 + (b1 - 'A')];
    }

    /** The VR named {@code code}, or {@code null}. */
    public static Vr of(String code) {
        return code == null || code.length() != 2 ? null : of(code.charAt(0), code.charAt(1));
    }

    /** In explicit VR encodings: two reserved bytes then a 32-bit length (else a 16-bit length). */
    public boolean hasLongLength() {
        return LONG_LENGTH[ordinal()];
    }

    /** {@link #hasLongLength()} per ordinal: asked for every element of every header (a switch costs a lookup and a call). */
    private static final boolean[] LONG_LENGTH = new boolean[values().length];

    static {
        for (Vr vr : java.util.List.of(OB, OD, OF, OL, OV, OW, SQ, SV, UC, UN, UR, UT, UV)) {
            LONG_LENGTH[vr.ordinal()] = true;
        }
    }

    /** Character data. */
    public boolean isText() {
        return switch (this) {
            case AE, AS, CS, DA, DS, DT, IS, LO, LT, PN, SH, ST, TM, UC, UI, UR, UT -> true;
            default -> false;
        };
    }

    /** Text that may hold several values separated by a backslash. */
    public boolean isMultiValuedText() {
        return isText() && this != LT && this != ST && this != UT && this != UR;
    }

    /** Text decoded with the specific character set (the others are restricted to ASCII). */
    public boolean usesSpecificCharacterSet() {
        return switch (this) {
            case LO, LT, PN, SH, ST, UC, UT -> true;
            default -> false;
        };
    }

    /** Binary numbers: size in bytes of one value, or 0 when not a binary number. */
    public int binarySize() {
        return switch (this) {
            case US, SS -> 2;
            case UL, SL, FL, AT -> 4;
            case FD, SV, UV -> 8;
            default -> 0;
        };
    }

    /** Opaque bytes: OB, OW, OF, OD, OL, OV, UN. */
    public boolean isBytes() {
        return switch (this) {
            case OB, OD, OF, OL, OV, OW, UN -> true;
            default -> false;
        };
    }
}
