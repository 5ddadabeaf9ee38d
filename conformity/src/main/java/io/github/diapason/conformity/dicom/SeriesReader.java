package io.github.diapason.conformity.dicom;

import io.github.diapason.diagnostic.Validated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the files of a series one after the other, each against the last file read in full (the <em>template</em>):
 * the files of a series have nearly the same header (on the dicom-qa corpus, 16 of ~360 top-level elements differ from
 * one file to the next: SOP Instance UID, Instance Number, Image Position, Slice Location, window, times, per-image
 * private elements), so instead of walking every element again, the new file's bytes are compared with the template's
 * ({@link Arrays#mismatch}, a vectorised comparison) and only the top-level elements that differ are read, by the
 * reader's own code ({@link DicomReader.Rereader}) with the template's state. The result is the template's elements
 * with those replaced: unchanged elements are the same {@link DicomElement} objects, so a caller that remembers what it
 * derived from an element ({@code Extractor}'s per-series memo) recognises them by identity.
 *
 * <p>Only what is plainly the same structure is realigned; anything else is read in full, and that read (when it
 * qualifies) becomes the template. A template is a Part 10 file in explicit VR little endian, read without a single
 * diagnostic, with tags in ascending order, no stray item delimiter, at least one data set element, and pixel data of
 * defined length. A new file is read in full when: its {@code DICM} marker is missing; a differing element is not at
 * the same place as the template's with the same tag; it is the data set's first element (the encoding is guessed from
 * it), a private creator, the specific character set, Pixel Representation or the transfer syntax; re-reading it gives
 * a diagnostic or a different kept/skipped outcome; more than {@link #MAX_CHANGES} elements differ; its bytes run past
 * what was read; or the pixel data element is not byte for byte the template's at the shifted place, or its length
 * does not fit in the file. Limits stay exact: the re-reading starts from the template's element and loaded-byte counts, which bound
 * the new file's (see {@link DicomReader.Rereader}). {@code SeriesReaderTest} holds both reads to the same result.
 *
 * <p>Memory: one template header (tens of KB) and one buffer per instance. Not thread-safe: one per reading thread.
 */
public final class SeriesReader {

    /** More differing elements than this: probably another series; a full read is cheaper and becomes the template. */
    static final int MAX_CHANGES = 64;
    /** Read beyond the template's header, for a new header slightly longer. */
    private static final int SLACK = 4096;
    /** What a full read reads first (the reader's own buffer size): most real headers fit. */
    private static final int FIRST_READ = 64 * 1024;

    private final DicomReader reader;
    private byte[] buffer = new byte[FIRST_READ];
    private int length;

    // the template
    private byte[] bytes;
    private DicomHeader header;
    private DicomReader.Layout layout;
    /** Start of each top-level element, meta then data set, then the pixel data element's. */
    private int[] starts;
    private int[] tags;
    /** Per element: its index in its data set's element list, or -1 when the top-level filter skipped it. */
    private int[] kept;
    private int metaCount;
    private int spans;
    private int pixelData;
    /** Whether the template's data set has the creators its layout recorded: {@link DicomDataset#replacingAt} then applies. */
    private boolean sharesCreators;
    /** Files realigned rather than read in full (tests). */
    int realigned;

    SeriesReader(DicomReader reader) {
        this.reader = reader;
    }

    /** The file's header as {@link DicomReader#read(Path, long)} gives it ({@code size} known, or -1). */
    public Validated<DicomHeader> read(Path file, long size) {
        String name = file.toString();
        try (FileChannel ch = FileChannel.open(file)) {
            long total = size >= 0 ? size : ch.size();
            int want = (int) Math.min(total, header != null ? (long) pixelData + 12 + SLACK : FIRST_READ);
            fill(ch, 0, want);
            if (header != null) {
                DicomHeader h = realign(total, name);
                if (h != null) {
                    realigned++;
                    return Validated.of(h, List.of());
                }
            }
            return readInFull(ch, total, name);
        } catch (IOException e) {
            return reader.read(file, size); // the reader's own words for what went wrong
        }
    }

    /** Reads bytes {@code from}..{@code to} of the file (or to its end) into the buffer; {@link #length} is then its end. */
    private void fill(FileChannel ch, int from, int to) throws IOException {
        if (buffer.length < to) {
            buffer = Arrays.copyOf(buffer, Math.max(to, buffer.length * 2));
        }
        ByteBuffer b = ByteBuffer.wrap(buffer, from, to - from);
        while (b.hasRemaining() && ch.read(b, b.position()) >= 0) {
            // positional reads: the channel's own position stays for a full read's stream
        }
        length = b.position();
    }

    /** A full read, from the bytes already read and then the file; it becomes the template when it qualifies. */
    private Validated<DicomHeader> readInFull(FileChannel ch, long total, String name) throws IOException {
        int read = length;
        ch.position(read);
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(buffer, 0, read), Channels.newInputStream(ch));
        DicomReader.Layout l = new DicomReader.Layout();
        Validated<DicomHeader> v = reader.read(in, total, name, l);
        header = null;
        DicomHeader h = v.value().orElse(null);
        if (h == null || !v.diagnostics().isEmpty() || !l.part10 || l.irregular || l.metaCount == 0 || l.rootCount == 0
                || !h.transferSyntaxUid().equals(DicomReader.EXPLICIT_LE) || h.pixelDataOffset() < 0
                || h.pixelDataOffset() + 12 > Math.min(total, Integer.MAX_VALUE - SLACK)) {
            return v;
        }
        int end = (int) h.pixelDataOffset() + 12;
        if (end > read) {
            fill(ch, read, end);
            if (length < end) {
                return v;
            }
        }
        if (template(h, l)) {
            byte[] spare = bytes;
            bytes = buffer;
            buffer = spare != null ? spare : new byte[FIRST_READ];
        }
        return v;
    }

    /** Takes {@code h}, read in full from {@link #buffer} with {@code l}, as the template if it qualifies. */
    private boolean template(DicomHeader h, DicomReader.Layout l) {
        int pixel = (int) h.pixelDataOffset();
        byte[] b = buffer;
        Vr pixelVr = Vr.of(b[pixel + 4] & 0xFF, b[pixel + 5] & 0xFF);
        if (pixelVr == null || !pixelVr.hasLongLength() || u32(b, pixel + 8) == 0xFFFFFFFFL || l.metaStarts[0] != 132) {
            return false;
        }
        int n = l.metaCount + l.rootCount;
        int[] s = new int[n + 1];
        int[] t = new int[n];
        int[] k = new int[n];
        System.arraycopy(l.metaStarts, 0, s, 0, l.metaCount);
        System.arraycopy(l.rootStarts, 0, s, l.metaCount, l.rootCount);
        s[n] = pixel;
        for (int i = 0; i < n; i++) {
            t[i] = tagAt(b, s[i]);
            if (i > 0 && (s[i] <= s[i - 1] || Integer.compareUnsigned(t[i - 1], t[i]) >= 0)) {
                return false; // tags ascend in a well-formed header; the re-reading's state relies on it
            }
            k[i] = i < l.metaCount ? i : l.rootSizes[i - l.metaCount + 1] > l.rootSizes[i - l.metaCount]
                    ? l.rootSizes[i - l.metaCount] : -1;
        }
        if (s[n] <= s[n - 1] || Tags.group(t[l.metaCount - 1]) != 2 || Tags.group(t[l.metaCount]) == 2) {
            return false;
        }
        header = h;
        layout = l;
        starts = s;
        tags = t;
        kept = k;
        metaCount = l.metaCount;
        spans = n;
        pixelData = pixel;
        sharesCreators = h.dataset().hasCreators(l.creatorKeys, l.creatorNames);
        return true;
    }

    /** The new file's header from the template's and the elements that differ, or null when it must be read in full. */
    private DicomHeader realign(long total, String name) {
        byte[] nb = buffer;
        byte[] ob = bytes;
        int n = length;
        if (n < 132 || nb[128] != 'D' || nb[129] != 'I' || nb[130] != 'C' || nb[131] != 'M') {
            return null;
        }
        int end = pixelData + 12;
        int op = 132;
        int np = 132;
        int changes = 0;
        int next = 0;
        int[] changed = null;
        DicomElement[] replaced = null;
        DicomReader.Rereader rereader = null;
        while (true) {
            int m = Arrays.mismatch(ob, op, end, nb, np, (int) Math.min(n, (long) np + end - op));
            if (m < 0) {
                break;
            }
            int at = op + m;
            if (at >= pixelData) {
                return null; // the pixel data element differs, or the bytes read end before it
            }
            // the element holding byte `at`: the last start at or before it, from the element after the last one
            // re-read (starts[next] <= at < starts[spans], the pixel data's): steps of 1, 2, 4… from there (differing
            // elements often follow each other: times, UIDs), then halving; written out, not Arrays.binarySearch, whose
            // three calls per search C1 does not inline
            int lo = next;
            int hi = spans - 1;
            for (int step = 1; lo + step <= hi && starts[lo + step] <= at; step <<= 1) {
                lo += step;
            }
            hi = Math.min(hi, 2 * lo - next); // the next step overshot: at is before starts[lo + step], step = lo - next + 1
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= at) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            int i = lo;
            int tag = tags[i];
            if (i == metaCount || changes == MAX_CHANGES || tag == Tags.TRANSFER_SYNTAX_UID || tag == Tags.SPECIFIC_CHARACTER_SET
                    || tag == DicomReader.PIXEL_REPRESENTATION || Tags.isPrivateCreator(tag)) {
                return null;
            }
            if (rereader == null) {
                rereader = reader.new Rereader(nb, n, total, name, layout);
                changed = new int[16];
                replaced = new DicomElement[16];
            }
            int ns = np + starts[i] - op;
            long ne = rereader.reread(ns, i < metaCount, tag);
            if (ne < 0) {
                return null;
            }
            DicomElement e = rereader.element();
            if (e == null != kept[i] < 0) {
                return null;
            }
            if (changes == changed.length) {
                changed = Arrays.copyOf(changed, changes * 2);
                replaced = Arrays.copyOf(replaced, changes * 2);
            }
            changed[changes] = i;
            replaced[changes++] = e;
            next = i + 1;
            op = starts[next];
            np = (int) ne;
        }
        int pixel = np + pixelData - op;
        if (u32(nb, pixel + 8) > total - pixel - 12) {
            return null; // cut inside its pixel data: the full read says so
        }
        DicomDataset meta = header.fileMeta();
        DicomDataset dataset = header.dataset();
        if (changes > 0) {
            DicomElement[] metaElements = null;
            int rootChanges = 0;
            for (int c = 0; c < changes; c++) {
                int i = changed[c];
                if (replaced[c] == null) {
                    continue; // skipped by the filter, as in the template
                }
                if (i < metaCount) {
                    if (metaElements == null) {
                        metaElements = meta.elements().toArray(DicomElement[]::new);
                    }
                    metaElements[kept[i]] = replaced[c];
                } else { // the data set's, compacted in place: its place in the data set, and the element
                    changed[rootChanges] = kept[i];
                    replaced[rootChanges++] = replaced[c];
                }
            }
            if (metaElements != null) {
                meta = new DicomDataset(Arrays.asList(metaElements), new int[0], new String[0]);
            }
            if (rootChanges > 0) {
                DicomDataset shared = sharesCreators ? DicomDataset.replacingAt(dataset, changed, replaced, rootChanges) : null;
                if (shared == null) {
                    DicomElement[] rootElements = dataset.elements().toArray(DicomElement[]::new);
                    for (int c = 0; c < rootChanges; c++) {
                        rootElements[changed[c]] = replaced[c];
                    }
                    shared = DicomDataset.replacing(dataset, rootElements, layout.creatorKeys, layout.creatorNames);
                }
                dataset = shared;
            }
        }
        return new DicomHeader(name, meta, header.transferSyntaxUid(), dataset, pixel);
    }

    private static int tagAt(byte[] b, int at) {
        return (b[at] & 0xFF | (b[at + 1] & 0xFF) << 8) << 16 | b[at + 2] & 0xFF | (b[at + 3] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return b[at] & 0xFFL | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
