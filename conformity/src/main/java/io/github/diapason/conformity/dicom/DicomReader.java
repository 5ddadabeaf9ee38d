package io.github.diapason.conformity.dicom;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * A streaming reader of DICOM headers: everything before pixel data, never the pixels.
 *
 * <p>Reads Part 10 files (preamble, {@code DICM}, file meta group) and raw data sets without
 * preamble (encoding guessed from the first element); implicit VR little endian, explicit VR
 * little and big endian, deflated explicit VR little endian; sequences and items of defined
 * and undefined length; private elements with their private creator; the specific character
 * set. Reading stops at the top-level pixel data element.
 *
 * <p>Bad input never escapes as an exception: a truncated, garbage or hostile file gives a
 * {@link Diagnostic} and whatever was read before the problem. Limits keep hostile input from
 * exhausting memory or stack: nesting depth, the size of one loaded value (longer values are
 * skipped, not loaded), the total of loaded values, and the number of elements.
 * Instances are immutable and thread-safe.
 */
public final class DicomReader {

    public static final int DEFAULT_MAX_DEPTH = 32;
    public static final int DEFAULT_MAX_VALUE_LENGTH = 16 << 20;
    public static final long DEFAULT_MAX_LOADED_BYTES = 64L << 20;
    public static final int DEFAULT_MAX_ELEMENTS = 1_000_000;

    static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    static final String DEFLATED_LE = "1.2.840.10008.1.2.1.99";
    static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";

    private static final long UNDEFINED = 0xFFFFFFFFL;
    static final int PIXEL_REPRESENTATION = 0x00280103;
    /** Tags whose dictionary VR is "US or SS", resolved by Pixel Representation in implicit VR. */
    private static final java.util.Set<Integer> US_OR_SS = java.util.Set.of(0x00189810, 0x00221452, 0x00280071,
            0x00280104, 0x00280105, 0x00280106, 0x00280107, 0x00280108, 0x00280109, 0x00280110, 0x00280111,
            0x00280120, 0x00280121, 0x00281100, 0x00281101, 0x00281102, 0x00281103, 0x00281111, 0x00281112,
            0x00281113, 0x00283002, 0x00409211, 0x00409216, 0x00603004, 0x00603006);

    /**
     * Which top-level data elements a caller needs (sequences, private creators and the specific
     * character set are always kept). The others are skipped like pixel data: not loaded, no object.
     */
    @FunctionalInterface
    public interface TopLevelFilter {
        /** {@code creator} is the private creator of a private element, else null. */
        boolean keep(int tag, String creator);
    }

    private final int maxDepth;
    private final int maxValueLength;
    private final long maxLoadedBytes;
    private final int maxElements;
    private final TopLevelFilter topLevel;
    private final boolean fastPath;

    public DicomReader() {
        this(DEFAULT_MAX_DEPTH, DEFAULT_MAX_VALUE_LENGTH, DEFAULT_MAX_LOADED_BYTES, DEFAULT_MAX_ELEMENTS);
    }

    public DicomReader(int maxDepth, int maxValueLength, long maxLoadedBytes, int maxElements) {
        this(maxDepth, maxValueLength, maxLoadedBytes, maxElements, null, true);
    }

    private DicomReader(int maxDepth, int maxValueLength, long maxLoadedBytes, int maxElements, TopLevelFilter topLevel,
                        boolean fastPath) {
        this.maxDepth = maxDepth;
        this.maxValueLength = maxValueLength;
        this.maxLoadedBytes = maxLoadedBytes;
        this.maxElements = maxElements;
        this.topLevel = topLevel;
        this.fastPath = fastPath;
    }

    /** The same reader with every element read by the general path: what the fast path must agree with (tests). */
    DicomReader withoutFastPath() {
        return new DicomReader(maxDepth, maxValueLength, maxLoadedBytes, maxElements, topLevel, false);
    }

    /**
     * The same reader keeping only the top-level elements {@code filter} accepts (and those it always
     * keeps): what {@code inspect} uses, since a real MR header holds hundreds of elements of which it
     * reports a few dozen. Structure is still checked: every element is still walked.
     */
    public DicomReader keepingAtTopLevel(TopLevelFilter filter) {
        return new DicomReader(maxDepth, maxValueLength, maxLoadedBytes, maxElements, filter, fastPath);
    }

    public Validated<DicomHeader> read(Path file) {
        return read(file, -1);
    }

    /** {@code size} as the caller already knows it (from walking the folder), or -1 to ask the file system. */
    public Validated<DicomHeader> read(Path file, long size) {
        String name = file.toString();
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file);
             InputStream in = java.nio.channels.Channels.newInputStream(ch)) {
            return read(in, size >= 0 ? size : ch.size(), name);
        } catch (IOException e) {
            return Validated.failed(List.of(Diagnostic.error("DicomIoError",
                    "cannot read the file: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    "check that the file exists and is readable", SourceLocation.file(name))));
        }
    }

    /** A series' reader: each file read against the previous file of its series ({@link SeriesReader}); one per thread. */
    public SeriesReader forSeries() {
        return new SeriesReader(this);
    }

    public Validated<DicomHeader> read(byte[] bytes, String name) {
        return read(new ByteArrayInputStream(bytes), bytes.length, name);
    }

    /** Reads from a stream of {@code size} bytes ({@code -1} if unknown); the caller closes it. */
    public Validated<DicomHeader> read(InputStream in, long size, String name) {
        return new Session(new DicomInput(in, size), name, null).run();
    }

    /** A read as {@link #read(InputStream, long, String)} that also fills {@code layout} (a {@link SeriesReader}'s template). */
    Validated<DicomHeader> read(InputStream in, long size, String name, Layout layout) {
        return new Session(new DicomInput(in, size), name, layout).run();
    }

    /**
     * Where a read found each top-level element (file meta and data set) and the state it ended with: what a
     * {@link SeriesReader} needs to re-read single elements of the next file of a series as a read of the whole
     * file would (same private creators, character set, Pixel Representation, element and loaded-byte counts).
     * Positions are byte offsets in the file; {@code rootSizes[i]} is how many data set elements were kept before
     * top-level element {@code i} (so element {@code i} was kept when the next one is larger).
     */
    static final class Layout {
        int[] metaStarts = new int[16];
        int metaCount;
        int[] rootStarts = new int[512];
        int[] rootSizes = new int[512];
        int rootCount;
        /** Something a top-level span cannot describe was met (a stray item delimiter): no template. */
        boolean irregular;
        boolean part10;
        int elementCount;
        long loadedBytes;
        SpecificCharacterSet charset;
        boolean signedPixels;
        int[] creatorKeys;
        String[] creatorNames;

        void meta(long at) {
            if (metaCount == metaStarts.length) {
                metaStarts = java.util.Arrays.copyOf(metaStarts, metaCount * 2);
            }
            metaStarts[metaCount++] = (int) Math.min(at, Integer.MAX_VALUE);
        }

        void root(long at, int kept) {
            if (rootCount == rootStarts.length) {
                rootStarts = java.util.Arrays.copyOf(rootStarts, rootCount * 2);
                rootSizes = java.util.Arrays.copyOf(rootSizes, rootCount * 2);
            }
            rootStarts[rootCount] = (int) Math.min(at, Integer.MAX_VALUE);
            rootSizes[rootCount++] = kept;
        }
    }

    /**
     * Re-reads single top-level elements of one file whose header is in memory, each exactly as a read of the whole
     * file would, given the state a {@link Layout} recorded for a file of identical structure: the element and
     * loaded-byte counts start at the template's (an upper bound of the new file's running counts, so that no limit
     * the new file would meet goes unseen). Not thread-safe: one per file.
     */
    final class Rereader {
        private final Session session;
        private final Layout template;
        private final byte[] bytes;
        private final int length;
        private Object element;

        Rereader(byte[] bytes, int length, long size, String name, Layout template) {
            this.bytes = bytes;
            this.length = length;
            this.session = new Session(DicomInput.over(bytes, length, size), name, null);
            this.template = template;
            session.elementCount = template.elementCount;
            session.loadedBytes = template.loadedBytes;
            session.root.seed(template.creatorKeys, template.creatorNames);
        }

        /**
         * Reads the element at byte {@code start} (of the file meta when {@code inMeta}), which must be {@code tag}; returns
         * where it ends, or -1 when it is another tag, or reading it gave a diagnostic or more than one element. {@link #element()} is then what the read kept (null when the top-level filter skipped it).
         */
        long reread(int start, boolean inMeta, int tag) {
            DatasetBuilder ds = inMeta ? session.meta : session.root;
            if (!inMeta) { // the state a full read has when it reaches this element (tags ascend: the template is checked)
                ds.charset = Integer.compareUnsigned(tag, Tags.SPECIFIC_CHARACTER_SET) > 0 ? template.charset : SpecificCharacterSet.DEFAULT;
                ds.signedPixels = Integer.compareUnsigned(tag, PIXEL_REPRESENTATION) > 0 && template.signedPixels;
            }
            if (!inMeta) {
                long end = simple(start, tag, ds);
                if (end >= 0) {
                    return end;
                }
            }
            int before = ds.elements.size();
            try {
                session.input.seek(start);
                if (session.readTag(Encoding.EXPLICIT_LE) != tag) {
                    return -1;
                }
                session.readElement(ds, tag, -1, 0, Encoding.EXPLICIT_LE, "");
            } catch (IOException | DicomFormatException e) {
                return -1;
            }
            int added = ds.elements.size() - before;
            if (!session.diagnostics.isEmpty() || session.stopped || added > 1) {
                return -1;
            }
            element = added == 0 ? null : ds.elements.get(before);
            return session.input.position();
        }

        /**
         * A top-level element of a simple explicit VR (the conditions of {@link Session#fastElements}: a known VR other
         * than SQ and UN, a defined length within the bytes in memory, neither pixel data, an item tag, a private creator,
         * the character set nor Pixel Representation, no loading limit reached) read straight from the bytes, as the
         * general path would read it without a word; its end, or -1 for anything else (then read by the general path).
         */
        private long simple(int start, int tag, DatasetBuilder ds) {
            byte[] b = bytes;
            int p = start;
            if (p < 0 || length - p < 12) {
                return -1;
            }
            int group = b[p] & 0xFF | (b[p + 1] & 0xFF) << 8;
            int el = b[p + 2] & 0xFF | (b[p + 3] & 0xFF) << 8;
            if ((group << 16 | el) != tag) {
                return -1;
            }
            Vr vr = Vr.BY_TWO_BYTES[(b[p + 4] & 0xFF) << 8 | b[p + 5] & 0xFF];
            if (vr == null || vr == Vr.SQ || vr == Vr.UN || group == 0xFFFE || group == 0x7FE0
                    || tag == Tags.SPECIFIC_CHARACTER_SET || tag == PIXEL_REPRESENTATION) {
                return -1;
            }
            int header;
            long len;
            if (vr.hasLongLength()) {
                header = 12;
                len = (b[p + 8] & 0xFFL) | (b[p + 9] & 0xFFL) << 8 | (b[p + 10] & 0xFFL) << 16 | (b[p + 11] & 0xFFL) << 24;
            } else {
                header = 8;
                len = b[p + 6] & 0xFF | (b[p + 7] & 0xFF) << 8;
            }
            if (len > length - p - header || session.elementCount >= maxElements) {
                return -1; // an undefined length (0xFFFFFFFF) too
            }
            String creator = null;
            if (Tags.isPrivate(tag)) {
                if (el < 0x1000) {
                    return -1;
                }
                creator = ds.creator(group << 8 | el >> 8);
            }
            int from = p + header;
            int to = from + (int) len;
            session.elementCount++;
            if (topLevel != null && !topLevel.keep(tag, creator)) {
                element = null;
                return to;
            }
            if (len > maxValueLength || session.loadedBytes + len > maxLoadedBytes) {
                session.elementCount--;
                return -1;
            }
            session.loadedBytes += len;
            element = new DicomElement(tag, vr, creator, len, java.util.Arrays.copyOfRange(b, from, to), false, ds.charset, null, false);
            return to;
        }

        /** The element the last {@link #reread} kept, built (a sequence with its items), or null. */
        DicomElement element() {
            return element instanceof SequenceBuilder s ? s.build() : (DicomElement) element;
        }
    }

    private enum Encoding {
        IMPLICIT_LE(false, false), EXPLICIT_LE(true, false), EXPLICIT_BE(true, true);

        final boolean explicit;
        final boolean bigEndian;

        Encoding(boolean explicit, boolean bigEndian) {
            this.explicit = explicit;
            this.bigEndian = bigEndian;
        }
    }

    /** A data set being filled; sequences hold their item builders, so a partial read stays visible. */
    private static final class DatasetBuilder {
        final ArrayList<Object> elements = new ArrayList<>();
        /** Private creators of this data set: key group << 8 | block, a short list scanned without boxing. */
        int[] creatorKeys = new int[8];
        String[] creatorNames = new String[8];
        int creatorCount;

        /** The block last found: a block's elements come one after the other, so most lookups end here. */
        int lastKey = -1;
        String lastName;

        String creator(int key) {
            if (key == lastKey) {
                return lastName;
            }
            for (int i = 0; i < creatorCount; i++) {
                if (creatorKeys[i] == key) {
                    lastKey = key;
                    lastName = creatorNames[i];
                    return lastName;
                }
            }
            return null;
        }

        /**
         * The creators of a data set read before, registered at once: {@code keys} are distinct (a {@link Layout}'s, taken
         * from a builder), so this is {@link #creator(int, String)} for each in turn, without its search per creator.
         */
        void seed(int[] keys, String[] names) {
            lastKey = -1;
            creatorKeys = java.util.Arrays.copyOf(keys, Math.max(8, keys.length));
            creatorNames = java.util.Arrays.copyOf(names, Math.max(8, names.length));
            creatorCount = keys.length;
        }

        void creator(int key, String name) {
            lastKey = -1;
            for (int i = 0; i < creatorCount; i++) {
                if (creatorKeys[i] == key) {
                    creatorNames[i] = name; // a creator written twice: the last one reserves the block, as before
                    return;
                }
            }
            if (creatorCount == creatorKeys.length) {
                creatorKeys = java.util.Arrays.copyOf(creatorKeys, creatorCount * 2);
                creatorNames = java.util.Arrays.copyOf(creatorNames, creatorCount * 2);
            }
            creatorKeys[creatorCount] = key;
            creatorNames[creatorCount++] = name;
        }
        SpecificCharacterSet charset;
        boolean signedPixels;

        DatasetBuilder(SpecificCharacterSet charset) {
            this.charset = charset;
        }

        DicomDataset build() {
            List<DicomElement> out = new ArrayList<>(elements.size());
            for (Object o : elements) {
                out.add(o instanceof SequenceBuilder s ? s.build() : (DicomElement) o);
            }
            return new DicomDataset(out, java.util.Arrays.copyOf(creatorKeys, creatorCount),
                    java.util.Arrays.copyOf(creatorNames, creatorCount));
        }
    }

    private static final class SequenceBuilder {
        final int tag;
        final String creator;
        final long length;
        final boolean bigEndian;
        final List<DatasetBuilder> items = new ArrayList<>();

        SequenceBuilder(int tag, String creator, long length, boolean bigEndian) {
            this.tag = tag;
            this.creator = creator;
            this.length = length;
            this.bigEndian = bigEndian;
        }

        DicomElement build() {
            List<DicomDataset> built = new ArrayList<>(items.size());
            for (DatasetBuilder b : items) {
                built.add(b.build());
            }
            return new DicomElement(tag, Vr.SQ, creator, length, null, bigEndian, null, built, false);
        }
    }

    private final class Session {
        private final DicomInput input;
        private final String name;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final DatasetBuilder meta = new DatasetBuilder(SpecificCharacterSet.DEFAULT);
        private final DatasetBuilder root = new DatasetBuilder(SpecificCharacterSet.DEFAULT);
        /** Filled for a series template, else null. */
        private final Layout layout;
        private long pixelDataOffset = -1;
        private boolean stopped;
        private int elementCount;
        private long loadedBytes;
        private boolean warnedLoaded;
        private boolean warnedVr;

        Session(DicomInput input, String name, Layout layout) {
            this.input = input;
            this.name = name;
            this.layout = layout;
            root.elements.ensureCapacity(64);
        }

        Validated<DicomHeader> run() {
            String ts = null;
            try {
                byte[] head = new byte[132];
                int n = input.peek(head, 132);
                boolean part10 = n >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
                if (layout != null) {
                    layout.part10 = part10;
                }
                if (part10) {
                    input.skip(132);
                } else if (n >= 4 && head[0] == 'D' && head[1] == 'I' && head[2] == 'C' && head[3] == 'M') {
                    input.skip(4);
                }
                byte[] first = new byte[8];
                if (input.peek(first, 2) == 2 && (first[0] & 0xFF | (first[1] & 0xFF) << 8) == 2) {
                    readMeta();
                }
                ts = meta.build().string(Tags.TRANSFER_SYNTAX_UID).orElse(null);
                Encoding enc;
                if (ts == null) {
                    enc = guess();
                    if (enc == null) {
                        if (!part10 && meta.elements.isEmpty()) {
                            return Validated.failed(List.of(Diagnostic.error("DicomNotDicom",
                                    "not a DICOM file: no DICM marker and no plausible first data element",
                                    "only DICOM files are checked; remove other files or ignore this one",
                                    SourceLocation.file(name))));
                        }
                        enc = Encoding.EXPLICIT_LE;
                    }
                    ts = enc == Encoding.IMPLICIT_LE ? IMPLICIT_LE : enc == Encoding.EXPLICIT_BE ? EXPLICIT_BE : EXPLICIT_LE;
                    if (part10 || !meta.elements.isEmpty()) {
                        diagnostics.add(Diagnostic.warning("DicomNoTransferSyntax",
                                "the file meta information has no transfer syntax (0002,0010); the data set looks like "
                                        + enc.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                                "", SourceLocation.file(name).withPath(Tags.format(Tags.TRANSFER_SYNTAX_UID))));
                    }
                } else {
                    enc = switch (ts) {
                        case IMPLICIT_LE -> Encoding.IMPLICIT_LE;
                        case EXPLICIT_BE -> Encoding.EXPLICIT_BE;
                        default -> Encoding.EXPLICIT_LE;
                    };
                    if (ts.equals(DEFLATED_LE)) {
                        input.inflateRest();
                    }
                    Encoding seen = guess();
                    if (seen != null && seen.explicit != enc.explicit && !input.atEnd()) {
                        diagnostics.add(Diagnostic.warning("DicomTransferSyntaxMismatch",
                                "the transfer syntax says " + (enc.explicit ? "explicit" : "implicit")
                                        + " VR but the data set is encoded with " + (seen.explicit ? "explicit" : "implicit")
                                        + " VR; read as encoded",
                                "", SourceLocation.file(name).withPath(Tags.format(Tags.TRANSFER_SYNTAX_UID))));
                        enc = seen.explicit ? (enc.bigEndian ? Encoding.EXPLICIT_BE : Encoding.EXPLICIT_LE) : Encoding.IMPLICIT_LE;
                    }
                }
                readDataset(root, -1, 0, enc, "");
            } catch (DicomFormatException e) {
                diagnostics.add(Diagnostic.error(e.code(), e.getMessage(), e.hint(),
                        SourceLocation.file(name).withPath(e.path())));
            } catch (ZipException e) {
                diagnostics.add(Diagnostic.error("DicomBadDeflate", "the deflated data set is corrupt: " + e.getMessage(),
                        "the file was damaged; send it again", SourceLocation.file(name)));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error("DicomIoError", "reading failed: " + e.getMessage(),
                        "check that the file is readable", SourceLocation.file(name)));
            } finally {
                input.release();
            }
            if (layout != null) {
                layout.elementCount = elementCount;
                layout.loadedBytes = loadedBytes;
                layout.charset = root.charset;
                layout.signedPixels = root.signedPixels;
                layout.creatorKeys = java.util.Arrays.copyOf(root.creatorKeys, root.creatorCount);
                layout.creatorNames = java.util.Arrays.copyOf(root.creatorNames, root.creatorCount);
                layout.root(pixelDataOffset, root.elements.size()); // the end of the last element
                layout.rootCount--;
            }
            DicomHeader header = new DicomHeader(name, meta.build(), ts == null ? "" : ts, root.build(), pixelDataOffset);
            return Validated.of(header, diagnostics);
        }

        private void readMeta() throws IOException, DicomFormatException {
            byte[] g = new byte[2];
            while (input.peek(g, 2) == 2 && (g[0] & 0xFF | (g[1] & 0xFF) << 8) == 2) {
                if (layout != null) {
                    layout.meta(input.position());
                }
                int tag = readTag(Encoding.EXPLICIT_LE);
                readElement(meta, tag, -1, 0, Encoding.EXPLICIT_LE, "");
            }
        }

        /** Guesses the encoding from the next element; {@code null} when it does not look like one. */
        private Encoding guess() throws IOException {
            byte[] b = new byte[8];
            if (input.peek(b, 8) < 8) {
                return null;
            }
            int groupLe = b[0] & 0xFF | (b[1] & 0xFF) << 8;
            int groupBe = (b[0] & 0xFF) << 8 | b[1] & 0xFF;
            Vr vr = Vr.of(b[4], b[5]);
            if (vr != null) {
                if (groupLe <= 0x0010 || groupLe == 0xFFFE) {
                    return Encoding.EXPLICIT_LE;
                }
                if (groupBe <= 0x0010) {
                    return Encoding.EXPLICIT_BE;
                }
            }
            if (groupLe <= 0x0010) {
                return Encoding.IMPLICIT_LE;
            }
            return null;
        }

        /**
         * A file cut inside its pixel data is not a good image: the pixel data's declared length (or, when
         * encapsulated, its fragments' lengths, skipped not read) must fit in the file. A zero length is not
         * a cut (the dicom-qa corpus empties pixel data on purpose). Only checked when the size is known.
         */
        private void checkPixelDataEnd(Encoding enc, int tag) throws IOException {
            if (input.remaining() == Long.MAX_VALUE) {
                return;
            }
            String where = Tags.format(tag);
            try {
                long length;
                if (enc.explicit) {
                    byte[] v = new byte[2];
                    if (input.peek(v, 2) < 2) {
                        throw input.truncated();
                    }
                    input.skip(2);
                    Vr known = Vr.of(v[0] & 0xFF, v[1] & 0xFF);
                    if (known != null && known.hasLongLength()) {
                        input.u16(enc.bigEndian);
                        length = input.u32(enc.bigEndian);
                    } else {
                        length = input.u16(enc.bigEndian);
                    }
                } else {
                    length = input.u32(enc.bigEndian);
                }
                if (length != UNDEFINED) {
                    if (length > input.remaining()) {
                        cut(where, "declares " + length + " bytes but only " + input.remaining() + " follow");
                    }
                    return;
                }
                for (int fragments = 0; fragments < 1_000_000; fragments++) {
                    int item = readTag(enc);
                    long len = input.u32(enc.bigEndian);
                    if (item == Tags.SEQUENCE_DELIMITATION) {
                        return;
                    }
                    if (item != Tags.ITEM || len == UNDEFINED) {
                        return; // malformed encapsulation is the pixel decoder's business, not a cut
                    }
                    if (len > input.remaining()) {
                        cut(where, "has a fragment of " + len + " bytes but only " + input.remaining() + " follow");
                        return;
                    }
                    input.skip(len);
                }
            } catch (DicomFormatException e) {
                cut(where, "is cut in its own header or fragment list");
            }
        }

        private void cut(String where, String what) {
            diagnostics.add(Diagnostic.error("DicomPixelDataTruncated", "the pixel data " + what
                            + ": the file was cut inside its pixel data",
                    "the image is incomplete (interrupted transfer or copy); send the file again",
                    SourceLocation.file(name).withPath(where)));
        }

        private int readTag(Encoding enc) throws IOException, DicomFormatException {
            int group = input.u16(enc.bigEndian);
            int element = input.u16(enc.bigEndian);
            return group << 16 | element;
        }

        private String path(String prefix, int tag) {
            return prefix + Tags.format(tag);
        }

        /** Reads elements until {@code end} (or an item delimiter when {@code end < 0} inside an item). */
        private void readDataset(DatasetBuilder ds, long end, int depth, Encoding enc, String prefix)
                throws IOException, DicomFormatException {
            // the fast path needs the size (a skip past the end must be seen before it is made): not for deflated data
            boolean fast = fastPath && enc == Encoding.EXPLICIT_LE && input.remaining() != Long.MAX_VALUE;
            boolean filtered = topLevel != null && depth == 0 && ds == root;
            while (!stopped) {
                if (fast) {
                    fastElements(ds, end, filtered, prefix);
                }
                if (end >= 0 ? input.position() >= end : depth == 0 && input.atEnd()) {
                    return;
                }
                long at = input.position();
                int tag = readTag(enc);
                if (tag == Tags.ITEM_DELIMITATION) {
                    input.u32(enc.bigEndian);
                    if (depth > 0) {
                        return;
                    }
                    if (layout != null) {
                        layout.irregular = true;
                    }
                    continue;
                }
                if (tag == Tags.SEQUENCE_DELIMITATION && depth > 0) {
                    throw new DicomFormatException("DicomBadItem", "a sequence ends inside an item that was not closed",
                            "the file is malformed", prefix);
                }
                if (Tags.isPixelData(tag) && depth == 0) {
                    pixelDataOffset = at;
                    stopped = true;
                    checkPixelDataEnd(enc, tag);
                    return;
                }
                if (layout != null && ds == root) {
                    layout.root(at, ds.elements.size());
                }
                readElement(ds, tag, end, depth, enc, prefix);
            }
        }

        /**
         * The fast path (most of the elements of a real header: ~350 at the top level, of which {@code inspect} keeps
         * a hundred): reads the simple elements of explicit VR little endian data sets straight from the buffer,
         * without a call per field, loading those kept and walking past those the top-level filter does not want
         * ({@code filtered}). Simple means what the general path ({@link #readElement}) would read the same way
         * without a word: a known VR other than SQ and UN, a defined length that fits in the item and the file, and
         * neither pixel data, a private creator, the character set nor Pixel Representation, nor a value over the
         * loading limits. At anything else it stops, and the general path reads the element and reports any problem.
         */
        private void fastElements(DatasetBuilder ds, long end, boolean filtered, String prefix) throws IOException, DicomFormatException {
            int last = -1; // the last element read here names the place of a truncation met right after it, as in the general path
            boolean any = false;
            Layout record = ds == root ? layout : null;
            while (true) {
                if (any) {
                    input.at(prefix, last);
                }
                if (input.buffered(12) < 12) {
                    return;
                }
                byte[] b = input.buffer();
                int start = input.bufferPosition();
                int limit = input.bufferLimit();
                long left = input.remaining();
                if (end >= 0) {
                    left = Math.min(left, end - input.position());
                }
                int p = start;
                while (limit - p >= 12 && p - start < left) {
                    int group = b[p] & 0xFF | (b[p + 1] & 0xFF) << 8;
                    int element = b[p + 2] & 0xFF | (b[p + 3] & 0xFF) << 8;
                    int tag = group << 16 | element;
                    Vr vr = Vr.BY_TWO_BYTES[(b[p + 4] & 0xFF) << 8 | b[p + 5] & 0xFF]; // Vr.of without a call: C1 does not inline it
                    if (vr == null || vr == Vr.SQ || vr == Vr.UN || group == 0xFFFE || group == 0x7FE0
                            || tag == Tags.SPECIFIC_CHARACTER_SET || tag == PIXEL_REPRESENTATION) {
                        break;
                    }
                    int header;
                    long length;
                    if (vr.hasLongLength()) {
                        header = 12;
                        length = (b[p + 8] & 0xFFL) | (b[p + 9] & 0xFFL) << 8 | (b[p + 10] & 0xFFL) << 16 | (b[p + 11] & 0xFFL) << 24;
                        if (length == UNDEFINED) {
                            break;
                        }
                    } else {
                        header = 8;
                        length = b[p + 6] & 0xFF | (b[p + 7] & 0xFF) << 8;
                    }
                    String creator = null;
                    if (Tags.isPrivate(tag)) {
                        if (element < 0x1000) {
                            break; // private creators (and the group length) are read by the general path
                        }
                        creator = ds.creator(group << 8 | element >> 8);
                    }
                    if (length > left - (p - start) - header || elementCount >= maxElements) {
                        break;
                    }
                    if (!filtered || topLevel.keep(tag, creator)) {
                        if (length > maxValueLength || loadedBytes + length > maxLoadedBytes || p + header + length > limit) {
                            break;
                        }
                        if (record != null) {
                            record.root(input.position() + (p - start), ds.elements.size());
                        }
                        elementCount++;
                        any = true;
                        last = tag;
                        loadedBytes += length;
                        int from = p + header;
                        p = from + (int) length;
                        ds.elements.add(new DicomElement(tag, vr, creator, length, java.util.Arrays.copyOfRange(b, from, p),
                                false, ds.charset, null, false));
                        continue;
                    }
                    if (record != null) {
                        record.root(input.position() + (p - start), ds.elements.size());
                    }
                    elementCount++;
                    any = true;
                    last = tag;
                    if (p + header + length > limit) { // a value running past the buffer: skipped by the input
                        input.consumeBuffered(p - start + header);
                        input.skip(length);
                        p = -1;
                        break;
                    }
                    p += header + (int) length;
                }
                if (p < 0) {
                    continue;
                }
                input.consumeBuffered(p - start);
                if (any) {
                    input.at(prefix, last);
                }
                if (limit - p >= 12 || p - start >= left || input.buffered(12) <= limit - p) {
                    return; // an element for the general path, the end of the item, or of the file
                }
            }
        }

        private void readElement(DatasetBuilder ds, int tag, long end, int depth, Encoding enc, String prefix)
                throws IOException, DicomFormatException {
            input.at(prefix, tag);
            if (++elementCount > maxElements) {
                throw new DicomFormatException("DicomTooManyElements",
                        "more than " + maxElements + " data elements before pixel data", "the file is not a plausible header", path(prefix, tag));
            }
            String creator = null;
            if (Tags.isPrivate(tag) && Tags.element(tag) >= 0x1000) {
                creator = ds.creator(Tags.group(tag) << 8 | Tags.element(tag) >> 8);
            }
            Vr vr = null;
            long length;
            boolean explicitVr = false;
            if (enc.explicit) {
                int b = input.peek2();
                if (b < 0) {
                    throw input.truncated();
                }
                vr = Vr.of(b & 0xFF, b >>> 8);
                if (vr != null) {
                    explicitVr = true;
                    input.skip(2);
                    if (vr.hasLongLength()) {
                        input.skip(2);
                        length = input.u32(enc.bigEndian);
                    } else {
                        length = input.u16(enc.bigEndian);
                    }
                } else {
                    if (!warnedVr) {
                        warnedVr = true;
                        diagnostics.add(Diagnostic.warning("DicomBadVr",
                                "an explicit VR data element has no valid VR; read as implicit VR",
                                "", SourceLocation.file(name).withPath(path(prefix, tag))));
                    }
                    length = input.u32(enc.bigEndian);
                }
            } else {
                length = input.u32(enc.bigEndian);
            }
            Encoding itemEnc = enc;
            if (vr == null || vr == Vr.UN) {
                Vr known = knownVr(tag, creator);
                if (vr == Vr.UN) {
                    if (known != null && known != Vr.UN) {
                        // PS3.5 6.2.2: a UN value is implicit VR little endian
                        vr = known;
                        itemEnc = Encoding.IMPLICIT_LE;
                    } else if (length == UNDEFINED) {
                        vr = Vr.SQ;
                        itemEnc = Encoding.IMPLICIT_LE;
                    }
                } else {
                    vr = known != null ? known : length == UNDEFINED ? Vr.SQ : Vr.UN;
                    if (vr == Vr.US && ds.signedPixels && US_OR_SS.contains(tag)) {
                        vr = Vr.SS; // "US or SS": signed when Pixel Representation is 1
                    }
                }
            }
            boolean valueBigEndian = itemEnc.bigEndian;
            if (Tags.isPixelData(tag)) { // nested pixel data (icon images): never loaded
                skipValue(length, end, prefix, tag);
                return;
            }
            if (vr == Vr.SQ) {
                if (topLevel != null && depth == 0 && ds == root && !topLevel.keep(tag, creator)) {
                    skipSequence(length, end, depth, itemEnc, prefix, tag);
                    return;
                }
                readSequence(ds, tag, creator, length, end, depth, itemEnc, path(prefix, tag));
                return;
            }
            if (length == UNDEFINED) {
                skipValue(length, end, prefix, tag);
                ds.elements.add(new DicomElement(tag, vr, creator, -1, null, valueBigEndian, ds.charset, null, true));
                return;
            }
            checkLength(length, end, prefix, tag);
            if (topLevel != null && depth == 0 && ds == root && tag != Tags.SPECIFIC_CHARACTER_SET && tag != PIXEL_REPRESENTATION
                    && !Tags.isPrivateCreator(tag) && !topLevel.keep(tag, creator)) {
                input.skip(length);
                return;
            }
            byte[] value = null;
            boolean skipped = false;
            if (length > maxValueLength || loadedBytes + length > maxLoadedBytes) {
                skipped = true;
                input.skip(length);
                if (length > maxValueLength) {
                    diagnostics.add(Diagnostic.warning("DicomValueSkipped", "a " + length + "-byte value was skipped, not loaded (limit "
                            + maxValueLength + " bytes)", "", SourceLocation.file(name).withPath(path(prefix, tag))));
                } else if (!warnedLoaded) {
                    warnedLoaded = true;
                    diagnostics.add(Diagnostic.warning("DicomHeaderTooLarge", "the header holds more than " + maxLoadedBytes
                            + " bytes of values; later values are skipped", "", SourceLocation.file(name).withPath(path(prefix, tag))));
                }
            } else {
                value = input.bytes((int) length);
                loadedBytes += length;
            }
            DicomElement element = new DicomElement(tag, vr, creator, length, value, valueBigEndian, ds.charset, null, skipped);
            ds.elements.add(element);
            if (tag == Tags.SPECIFIC_CHARACTER_SET && value != null) {
                ds.charset = SpecificCharacterSet.of(element.strings());
                if (!ds.charset.supported()) {
                    diagnostics.add(Diagnostic.warning("DicomCharsetUnsupported",
                            "specific character set " + element.strings() + " is not supported; text is read as ISO 8859-1",
                            "", SourceLocation.file(name).withPath(path(prefix, tag))));
                }
            }
            if (tag == PIXEL_REPRESENTATION && value != null) {
                ds.signedPixels = element.longs().length > 0 && element.longs()[0] == 1;
            }
            if (Tags.isPrivateCreator(tag) && value != null) {
                // interned: a handful of distinct creators, compared by every private lookup
                element.string().ifPresent(c -> ds.creator(Tags.group(tag) << 8 | Tags.element(tag), c.intern()));
            }
        }

        private Vr knownVr(int tag, String creator) {
            if (Tags.isPrivate(tag)) {
                if (Tags.isPrivateCreator(tag)) {
                    return Vr.LO;
                }
                if (Tags.element(tag) == 0) {
                    return Vr.UL;
                }
                return DicomDictionary.standard().privateVr(creator, tag).orElse(null);
            }
            return DicomDictionary.standard().vr(tag).orElse(null);
        }

        private void checkLength(long length, long end, String prefix, int tag) throws DicomFormatException {
            if (length <= (end >= 0 ? Math.min(end - input.position(), input.remaining()) : input.remaining())) {
                return;
            }
            checkLength(length, end, path(prefix, tag));
        }

        private void checkLength(long length, long end, String where) throws DicomFormatException {
            long left = end >= 0 ? Math.min(end - input.position(), input.remaining()) : input.remaining();
            if (length > left) {
                throw new DicomFormatException("DicomBadLength", "value length " + length + " is larger than the "
                        + Math.max(0, left) + " bytes left" + (end >= 0 ? " in the enclosing item or sequence" : " in the file"),
                        "the file is truncated or corrupt", where);
            }
        }

        /** Skips a defined-length value, or the items of an undefined-length (encapsulated) one. */
        private void skipValue(long length, long end, String prefix, int tag) throws IOException, DicomFormatException {
            if (length != UNDEFINED) {
                checkLength(length, end, prefix, tag);
                input.skip(length);
                return;
            }
            skipValue(length, end, path(prefix, tag));
        }

        private void skipValue(long length, long end, String where) throws IOException, DicomFormatException {
            if (length != UNDEFINED) {
                checkLength(length, end, where);
                input.skip(length);
                return;
            }
            while (true) {
                int tag = readTag(Encoding.EXPLICIT_LE);
                long len = input.u32(false);
                if (tag == Tags.SEQUENCE_DELIMITATION) {
                    return;
                }
                if (tag != Tags.ITEM || len == UNDEFINED) {
                    throw new DicomFormatException("DicomBadItem", "an encapsulated value holds " + Tags.format(tag)
                            + " where an item was expected", "the file is malformed", where);
                }
                checkLength(len, end, where);
                input.skip(len);
            }
        }

        /** Walks past a sequence nobody asked for: lengths and delimiters only, no element built. */
        private void skipSequence(long length, long end, int depth, Encoding enc, String prefix, int tag)
                throws IOException, DicomFormatException {
            if (length != UNDEFINED) {
                checkLength(length, end, prefix, tag);
                input.skip(length);
                return;
            }
            skipItems(depth + 1, enc, prefix, tag);
        }

        /** Items up to the sequence delimitation item. */
        private void skipItems(int depth, Encoding enc, String prefix, int tag) throws IOException, DicomFormatException {
            if (depth > maxDepth) {
                throw new DicomFormatException("DicomTooDeep", "sequences nested deeper than " + maxDepth + " levels",
                        "the file is not a plausible header", path(prefix, tag));
            }
            while (true) {
                int itemTag = readTag(enc);
                long len = input.u32(enc.bigEndian);
                if (itemTag == Tags.SEQUENCE_DELIMITATION) {
                    return;
                }
                if (itemTag != Tags.ITEM) {
                    throw new DicomFormatException("DicomBadItem", "sequence holds " + Tags.format(itemTag)
                            + " where an item (FFFE,E000) was expected", "the file is malformed", path(prefix, tag));
                }
                if (len != UNDEFINED) {
                    checkLength(len, -1, prefix, tag);
                    input.skip(len);
                    continue;
                }
                while (true) { // the elements of an item of undefined length
                    int t = readTag(enc);
                    if (t == Tags.ITEM_DELIMITATION) {
                        input.u32(enc.bigEndian);
                        break;
                    }
                    if (++elementCount > maxElements) {
                        throw new DicomFormatException("DicomTooManyElements", "more than " + maxElements
                                + " data elements before pixel data", "the file is not a plausible header", path(prefix, tag));
                    }
                    long l;
                    Encoding inner = enc;
                    if (enc.explicit) {
                        int b = input.peek2();
                        Vr v = b < 0 ? null : Vr.of(b & 0xFF, b >>> 8);
                        if (v != null) {
                            input.skip(2);
                            if (v.hasLongLength()) {
                                input.skip(2);
                                l = input.u32(enc.bigEndian);
                            } else {
                                l = input.u16(enc.bigEndian);
                            }
                            if (v == Vr.UN) {
                                inner = Encoding.IMPLICIT_LE; // PS3.5 6.2.2
                            }
                        } else {
                            l = input.u32(enc.bigEndian);
                        }
                    } else {
                        l = input.u32(enc.bigEndian);
                    }
                    if (l == UNDEFINED) {
                        skipItems(depth + 1, inner, prefix, tag); // a nested sequence or encapsulated value
                    } else {
                        checkLength(l, -1, prefix, tag);
                        input.skip(l);
                    }
                }
            }
        }

        private void readSequence(DatasetBuilder ds, int tag, String creator, long length, long end, int depth,
                                  Encoding enc, String where) throws IOException, DicomFormatException {
            if (depth + 1 > maxDepth) {
                throw new DicomFormatException("DicomTooDeep", "sequences nested deeper than " + maxDepth + " levels",
                        "the file is not a plausible header", where);
            }
            if (length != UNDEFINED) {
                checkLength(length, end, where);
            }
            SequenceBuilder seq = new SequenceBuilder(tag, creator, length == UNDEFINED ? -1 : length, enc.bigEndian);
            ds.elements.add(seq);
            long seqEnd = length == UNDEFINED ? -1 : input.position() + length;
            for (int index = 0; !stopped; index++) {
                if (seqEnd >= 0 && input.position() >= seqEnd) {
                    return;
                }
                input.at(where);
                int itemTag = readTag(enc);
                long itemLength = input.u32(enc.bigEndian);
                if (itemTag == Tags.SEQUENCE_DELIMITATION) {
                    return;
                }
                if (itemTag != Tags.ITEM) {
                    throw new DicomFormatException("DicomBadItem", "sequence holds " + Tags.format(itemTag)
                            + " where an item (FFFE,E000) was expected", "the file is malformed", where);
                }
                DatasetBuilder item = new DatasetBuilder(ds.charset);
                seq.items.add(item);
                long itemEnd = -1;
                if (itemLength != UNDEFINED) {
                    checkLength(itemLength, seqEnd, where);
                    itemEnd = input.position() + itemLength;
                }
                readDataset(item, itemEnd, depth + 1, enc, where + "[" + index + "]/");
                if (itemEnd >= 0 && input.position() > itemEnd) {
                    throw new DicomFormatException("DicomBadLength", "an item's content overruns its declared length",
                            "the file is corrupt", where + "[" + index + "]");
                }
            }
        }
    }
}
