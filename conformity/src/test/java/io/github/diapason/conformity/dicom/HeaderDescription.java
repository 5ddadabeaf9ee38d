package io.github.diapason.conformity.dicom;

import java.util.Arrays;

/**
 * A header as text, element by element (tag, VR, creator, length, skipped, bytes, values, items): what two ways of
 * reading the same file must agree on ({@link DicomReaderFastPathTest}, {@link SeriesReaderTest}).
 */
final class HeaderDescription {

    private HeaderDescription() {
    }

    /** The transfer syntax, the pixel data offset and every element of the file meta and the data set. */
    static String of(DicomHeader h) {
        return of(h, false);
    }

    /** {@link #of(DicomHeader)}, with each private element's lookup through its creator when {@code lookups}. */
    static String of(DicomHeader h, boolean lookups) {
        StringBuilder s = new StringBuilder(h.transferSyntaxUid()).append(' ').append(h.pixelDataOffset()).append('\n');
        describe(h.fileMeta(), "", lookups, s);
        describe(h.dataset(), "", lookups, s);
        return s.toString();
    }

    private static void describe(DicomDataset ds, String indent, boolean lookups, StringBuilder s) {
        for (DicomElement e : ds.elements()) {
            s.append(indent).append(Tags.format(e.tag())).append(' ').append(e.vr()).append(' ')
                    .append(e.privateCreator().orElse("-")).append(' ').append(e.length()).append(' ')
                    .append(e.isValueSkipped()).append(' ').append(Arrays.hashCode(e.bytes())).append(' ')
                    .append(e.strings()).append('\n');
            for (DicomDataset item : e.items()) {
                s.append(indent).append(" item\n");
                describe(item, indent + "  ", lookups, s);
            }
        }
        if (lookups) {
            for (DicomElement e : ds.elements()) { // private ones go through the creators
                e.privateCreator().ifPresent(c -> s.append(Tags.format(e.tag())).append(" by ").append(c).append(" -> ")
                        .append(ds.getPrivate(c, Tags.group(e.tag()), Tags.element(e.tag()) & 0xFF).map(x -> x == e).orElse(false))
                        .append('\n'));
            }
        }
    }
}
