package io.github.diapason.conformity.dicom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A forward-only byte source with a small fixed buffer, a position, and (when known) the
 * total size, so that a declared length can be checked against what is left before
 * anything is allocated. Values are skipped without being read into memory.
 */
final class DicomInput {

    static final String TRUNCATED = "DicomTruncated";
    /** Most MR headers (Siemens CSA and Phoenix included) fit: one read per file. */
    private static final int BUFFER = 64 * 1024;
    /** One buffer per reading thread, lent to one input at a time: no 64 KB allocation per file. */
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();

    private InputStream in;
    private final byte[] buf;
    private int bpos;
    private int blen;
    private long pos;
    private long size;
    private String path = "";
    private int pathTag = -1;
    private Inflater inflater;
    /** Over a caller's array ({@link #over}): never compacted, never given to the thread as its spare buffer. */
    private final boolean fixed;

    DicomInput(InputStream in, long size) {
        this.in = in;
        this.size = size;
        byte[] spare = SPARE.get();
        SPARE.set(null);
        this.buf = spare != null ? spare : new byte[BUFFER];
        this.fixed = false;
    }

    private DicomInput(byte[] bytes, int length, long size) {
        this.in = InputStream.nullInputStream();
        this.size = size;
        this.buf = bytes;
        this.blen = length;
        this.fixed = true;
    }

    /**
     * The first {@code length} bytes of {@code bytes}, read in place (not copied), as the start of a file of {@code size}
     * bytes: lengths are checked against {@code size}, and reading past {@code length} is a truncation. For re-reading
     * single elements of a file whose header is already in memory ({@link #seek}); the array is never written.
     */
    static DicomInput over(byte[] bytes, int length, long size) {
        return new DicomInput(bytes, length, size);
    }

    /** Moves to byte {@code position} of an input {@link #over} an array. */
    void seek(int position) {
        bpos = position;
        pos = position;
    }

    long position() {
        return pos;
    }

    /** Bytes left, or {@code Long.MAX_VALUE} when the size is unknown (deflated data). */
    long remaining() {
        return size < 0 ? Long.MAX_VALUE : Math.max(0, size - pos);
    }

    /** The tag path currently being read, for truncation diagnostics. */
    void at(String tagPath) {
        this.path = tagPath;
        this.pathTag = -1;
    }

    /** The element being read, as the prefix of its item and its tag: formatted only if a diagnostic needs it. */
    void at(String prefix, int tag) {
        this.path = prefix;
        this.pathTag = tag;
    }

    /** Ensures {@code n <= BUFFER} bytes are buffered if the stream has them; returns how many are. */
    private int fill(int n) throws IOException {
        if (blen - bpos >= n || fixed) {
            return blen - bpos;
        }
        if (bpos > 0) {
            System.arraycopy(buf, bpos, buf, 0, blen - bpos);
            blen -= bpos;
            bpos = 0;
        }
        while (blen < n) {
            int r = in.read(buf, blen, buf.length - blen);
            if (r < 0) {
                break;
            }
            blen += r;
        }
        return blen;
    }

    /**
     * Direct access to the buffered bytes for the reader's fast path: {@link #buffer()} from {@link #bufferPosition()}
     * (the next byte) to {@link #bufferLimit()}; {@link #consumeBuffered} moves past bytes read there.
     */
    byte[] buffer() {
        return buf;
    }

    int bufferPosition() {
        return bpos;
    }

    int bufferLimit() {
        return blen;
    }

    /** Buffers at least {@code n} bytes when the stream still has them; returns how many are buffered. */
    int buffered(int n) throws IOException {
        return fill(n);
    }

    void consumeBuffered(int n) {
        bpos += n;
        pos += n;
    }

    boolean atEnd() throws IOException {
        return fill(1) < 1;
    }

    /** The next two bytes (first in the low byte) without consuming them, or -1 when fewer are left. */
    int peek2() throws IOException {
        if (fill(2) < 2) {
            return -1;
        }
        return buf[bpos] & 0xFF | (buf[bpos + 1] & 0xFF) << 8;
    }

    /** Copies up to {@code n} upcoming bytes without consuming them; returns how many. */
    int peek(byte[] dst, int n) throws IOException {
        int have = Math.min(fill(n), n);
        System.arraycopy(buf, bpos, dst, 0, have);
        return have;
    }

    private void need(int n) throws IOException, DicomFormatException {
        if (fill(n) < n) {
            throw truncated();
        }
    }

    DicomFormatException truncated() {
        return new DicomFormatException(TRUNCATED, "the file ends in the middle of a data element (byte " + pos + ")",
                "the file was cut short (incomplete transfer or copy); send it again",
                pathTag == -1 ? path : path + Tags.format(pathTag));
    }

    int u16(boolean bigEndian) throws IOException, DicomFormatException {
        need(2);
        int a = buf[bpos] & 0xFF;
        int b = buf[bpos + 1] & 0xFF;
        bpos += 2;
        pos += 2;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    long u32(boolean bigEndian) throws IOException, DicomFormatException {
        need(4);
        long a = buf[bpos] & 0xFF;
        long b = buf[bpos + 1] & 0xFF;
        long c = buf[bpos + 2] & 0xFF;
        long d = buf[bpos + 3] & 0xFF;
        bpos += 4;
        pos += 4;
        return bigEndian ? a << 24 | b << 16 | c << 8 | d : d << 24 | c << 16 | b << 8 | a;
    }

    byte[] bytes(int n) throws IOException, DicomFormatException {
        byte[] out = new byte[n];
        int done = Math.min(n, blen - bpos);
        System.arraycopy(buf, bpos, out, 0, done);
        bpos += done;
        while (done < n) {
            int r = in.read(out, done, n - done);
            if (r < 0) {
                pos += done;
                throw truncated();
            }
            done += r;
        }
        pos += n;
        return out;
    }

    void skip(long n) throws IOException, DicomFormatException {
        long buffered = Math.min(n, blen - bpos);
        bpos += (int) buffered;
        pos += buffered;
        long left = n - buffered;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw truncated();
                }
                s = 1;
            }
            left -= s;
            pos += s;
        }
        if (size >= 0 && pos > size) {
            pos = size;
            throw truncated();
        }
    }

    /** From here on, bytes are inflated (deflated transfer syntax: raw deflate, no zlib header). */
    void inflateRest() {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf.clone(), bpos, blen - bpos), in);
        inflater = new Inflater(true);
        in = new InflaterInputStream(rest, inflater, BUFFER);
        bpos = 0;
        blen = 0;
        size = -1;
    }

    /** Frees the native inflater, if any, and gives the buffer back to the thread; the caller closes the stream. */
    void release() {
        if (inflater != null) {
            inflater.end();
        }
        blen = 0;
        bpos = 0;
        if (!fixed) {
            SPARE.set(buf);
        }
    }
}
