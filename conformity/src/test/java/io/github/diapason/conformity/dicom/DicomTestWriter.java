package io.github.diapason.conformity.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Test-scope writer of small DICOM files: Part 10 or raw, implicit VR LE, explicit VR LE/BE,
 * deflated; sequences with defined or undefined lengths; private creators; Siemens CSA headers.
 */
public final class DicomTestWriter {

    enum Syntax {
        IMPLICIT_LE(DicomReader.IMPLICIT_LE), EXPLICIT_LE(DicomReader.EXPLICIT_LE),
        EXPLICIT_BE(DicomReader.EXPLICIT_BE), DEFLATED_LE(DicomReader.DEFLATED_LE);

        final String uid;

        Syntax(String uid) {
            this.uid = uid;
        }
    }

    private DicomTestWriter() {
    }

    /** A data set (or item) to write, elements in the order added. */
    static final class Ds {
        private record Entry(int tag, Vr vr, byte[] value, List<Ds> items, boolean undefined) {
        }

        private final List<Entry> entries = new ArrayList<>();
        private boolean undefinedLength;
        private Charset charset = StandardCharsets.ISO_8859_1;

        static Ds of() {
            return new Ds();
        }

        /** Written with an undefined length and an item delimiter (as an item). */
        Ds undefinedLength() {
            undefinedLength = true;
            return this;
        }

        Ds charset(Charset cs) {
            charset = cs;
            return this;
        }

        Ds text(int tag, Vr vr, String value) {
            byte[] b = value.getBytes(charset);
            if (b.length % 2 == 1) {
                b = java.util.Arrays.copyOf(b, b.length + 1);
                b[b.length - 1] = (byte) (vr == Vr.UI ? 0 : ' ');
            }
            return raw(tag, vr, b);
        }

        Ds raw(int tag, Vr vr, byte[] value) {
            entries.add(new Entry(tag, vr, value, null, false));
            return this;
        }

        Ds us(int tag, int... values) {
            return number(tag, Vr.US, values.length * 2, b -> { for (int v : values) b.putShort((short) v); });
        }

        Ds ul(int tag, long... values) {
            return number(tag, Vr.UL, values.length * 4, b -> { for (long v : values) b.putInt((int) v); });
        }

        Ds fd(int tag, double... values) {
            return number(tag, Vr.FD, values.length * 8, b -> { for (double v : values) b.putDouble(v); });
        }

        Ds fl(int tag, float... values) {
            return number(tag, Vr.FL, values.length * 4, b -> { for (float v : values) b.putFloat(v); });
        }

        /** Numbers are kept little endian here and swapped when written big endian. */
        private Ds number(int tag, Vr vr, int size, java.util.function.Consumer<ByteBuffer> fill) {
            ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
            fill.accept(b);
            return raw(tag, vr, b.array());
        }

        /** Elements in ascending tag order, as PS3.5 requires; of a tag added twice, the last one is kept. */
        public Ds sorted() {
            Map<Integer, Entry> last = new LinkedHashMap<>();
            for (Entry e : entries) {
                last.put(e.tag, e);
            }
            entries.clear();
            entries.addAll(last.values());
            entries.sort((a, b) -> Integer.compareUnsigned(a.tag, b.tag));
            return this;
        }

        Ds sq(int tag, Ds... items) {
            entries.add(new Entry(tag, Vr.SQ, null, List.of(items), false));
            return this;
        }

        Ds sqUndefined(int tag, Ds... items) {
            entries.add(new Entry(tag, Vr.SQ, null, List.of(items), true));
            return this;
        }
    }

    static byte[] part10(Syntax syntax, Ds dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        Ds meta = Ds.of().raw(0x00020001, Vr.OB, new byte[] {0, 1})
                .text(0x00020002, Vr.UI, "1.2.840.10008.5.1.4.1.1.4")
                .text(0x00020003, Vr.UI, "1.2.3.4")
                .text(0x00020010, Vr.UI, syntax.uid);
        byte[] metaBytes = encode(meta, true, false);
        Ds length = Ds.of().ul(0x00020000, metaBytes.length);
        out.writeBytes(encode(length, true, false));
        out.writeBytes(metaBytes);
        out.writeBytes(body(syntax, dataset));
        return out.toByteArray();
    }

    static byte[] raw(Syntax syntax, Ds dataset) {
        return body(syntax, dataset);
    }

    private static byte[] body(Syntax syntax, Ds dataset) {
        return switch (syntax) {
            case IMPLICIT_LE -> encode(dataset, false, false);
            case EXPLICIT_LE -> encode(dataset, true, false);
            case EXPLICIT_BE -> encode(dataset, true, true);
            case DEFLATED_LE -> deflate(encode(dataset, true, false));
        };
    }

    private static byte[] deflate(byte[] in) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(in);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    static byte[] encode(Ds ds, boolean explicit, boolean bigEndian) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Ds.Entry e : ds.entries) {
            tag(out, e.tag, bigEndian);
            byte[] value;
            if (e.vr == Vr.SQ) {
                ByteArrayOutputStream items = new ByteArrayOutputStream();
                for (Ds item : e.items) {
                    byte[] content = encode(item, explicit, bigEndian);
                    tag(items, Tags.ITEM, bigEndian);
                    int32(items, item.undefinedLength ? -1 : content.length, bigEndian);
                    items.writeBytes(content);
                    if (item.undefinedLength) {
                        tag(items, Tags.ITEM_DELIMITATION, bigEndian);
                        int32(items, 0, bigEndian);
                    }
                }
                if (e.undefined) {
                    tag(items, Tags.SEQUENCE_DELIMITATION, bigEndian);
                    int32(items, 0, bigEndian);
                }
                value = items.toByteArray();
            } else {
                value = bigEndian ? swap(e.value, e.vr) : e.value;
            }
            int length = e.undefined ? -1 : value.length;
            if (explicit) {
                out.writeBytes(e.vr.name().getBytes(StandardCharsets.US_ASCII));
                if (e.vr.hasLongLength()) {
                    out.write(0);
                    out.write(0);
                    int32(out, length, bigEndian);
                } else {
                    int16(out, length, bigEndian);
                }
            } else {
                int32(out, length, bigEndian);
            }
            out.writeBytes(value);
        }
        return out.toByteArray();
    }

    private static byte[] swap(byte[] v, Vr vr) {
        int size = vr == Vr.AT ? 2 : vr == Vr.OW ? 2 : vr.binarySize();
        if (size <= 1) {
            return v;
        }
        byte[] out = v.clone();
        for (int i = 0; i + size <= out.length; i += size) {
            for (int j = 0; j < size / 2; j++) {
                byte t = out[i + j];
                out[i + j] = out[i + size - 1 - j];
                out[i + size - 1 - j] = t;
            }
        }
        return out;
    }

    private static void tag(ByteArrayOutputStream out, int tag, boolean bigEndian) {
        int16(out, tag >>> 16, bigEndian);
        int16(out, tag & 0xFFFF, bigEndian);
    }

    private static void int16(ByteArrayOutputStream out, int v, boolean bigEndian) {
        if (bigEndian) {
            out.write(v >>> 8 & 0xFF);
            out.write(v & 0xFF);
        } else {
            out.write(v & 0xFF);
            out.write(v >>> 8 & 0xFF);
        }
    }

    private static void int32(ByteArrayOutputStream out, int v, boolean bigEndian) {
        if (bigEndian) {
            int16(out, v >>> 16, true);
            int16(out, v & 0xFFFF, true);
        } else {
            int16(out, v & 0xFFFF, false);
            int16(out, v >>> 16, false);
        }
    }

    /** A Siemens CSA2 ("SV10") header: name → values; every tag written with VR "IS" unless a value is not an integer. */
    static byte[] csa2(Map<String, List<String>> tags) {
        ByteBuffer b = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        b.put("SV10".getBytes(StandardCharsets.US_ASCII)).put(new byte[] {4, 3, 2, 1});
        b.putInt(tags.size()).putInt(77);
        for (Map.Entry<String, List<String>> t : tags.entrySet()) {
            byte[] name = new byte[64];
            byte[] n = t.getKey().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(n, 0, name, 0, n.length);
            b.put(name).putInt(t.getValue().size());
            boolean ints = t.getValue().stream().allMatch(v -> v.matches("-?\\d+"));
            b.put((ints ? "IS\0\0" : "UT\0\0").getBytes(StandardCharsets.US_ASCII));
            b.putInt(6).putInt(t.getValue().size()).putInt(77);
            for (String v : t.getValue()) {
                byte[] value = (v + "\0").getBytes(StandardCharsets.ISO_8859_1);
                b.putInt(value.length).putInt(value.length).putInt(77).putInt(value.length);
                b.put(value);
                b.put(new byte[(4 - value.length % 4) % 4]);
            }
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    static Map<String, List<String>> tags(Object... nameThenValues) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValues.length; i += 2) {
            m.put((String) nameThenValues[i], List.of((String[]) nameThenValues[i + 1]));
        }
        return m;
    }
}
