package io.github.diapason.conformity.dicom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable data set (the top level, or one sequence item): elements in file order,
 * looked up by tag, by standard keyword, or for private elements by private creator and
 * element byte ({@code "SIEMENS CSA HEADER"}, group {@code 0x0029}, element {@code 0x10}
 * finds {@code (0029,1010)} or wherever that creator's block was reserved).
 */
public final class DicomDataset {

    public static final DicomDataset EMPTY = new DicomDataset(List.of());

    private final List<DicomElement> elements;
    /** Tags in ascending (unsigned) order and their elements: a binary search, no hash map per data set. */
    private final int[] tags;
    private final DicomElement[] byTag;
    /**
     * The private creators (key group &lt;&lt; 8 | block, name): as the reader met them when it gives them (no decoding
     * per file: 4 % of inspect's CPU on the dicom-qa corpus), else decoded once from the creator elements kept (a data
     * set from DICOM JSON, or one whose elements were out of order). One lookup either way.
     */
    private final int[] creatorKeys;
    private final String[] creatorNames;
    /** Whether {@link #elements} lists {@link #byTag} in its order (a data set read in ascending order): see {@link #replacingAt}. */
    private final boolean ordered;

    /** A tag present twice keeps its first occurrence (as dcmtk does). */
    DicomDataset(List<DicomElement> elements) {
        this(elements, null, null);
    }

    /**
     * With the private creators the reader registered for these elements ({@code keys[i]} = group &lt;&lt; 8 | block
     * reserved by {@code names[i]}, or null to decode them from the elements); used only when the elements are in
     * ascending order (a well-formed data set), so that they are exactly the creator elements kept.
     */
    DicomDataset(List<DicomElement> elements, int[] keys, String[] names) {
        int n = elements.size();
        int[] t = new int[n];
        DicomElement[] e = new DicomElement[n];
        boolean ascending = true;
        for (int i = 0; i < n; i++) {
            e[i] = elements.get(i);
            t[i] = e[i].tag();
            if (i > 0 && Integer.compareUnsigned(t[i - 1], t[i]) >= 0) {
                ascending = false;
            }
        }
        this.ordered = ascending;
        if (ascending) { // what a well-formed data set is: one pass, no sorting
            this.elements = List.of(e);
            this.tags = t;
            this.byTag = e;
        } else {
            Map<Integer, DicomElement> first = new HashMap<>(n * 2);
            List<DicomElement> kept = new java.util.ArrayList<>(n);
            for (DicomElement x : elements) {
                if (first.putIfAbsent(x.tag(), x) == null) {
                    kept.add(x);
                }
            }
            this.elements = List.copyOf(kept);
            DicomElement[] sorted = kept.toArray(DicomElement[]::new);
            java.util.Arrays.sort(sorted, (a, b) -> Integer.compareUnsigned(a.tag(), b.tag()));
            this.byTag = sorted;
            this.tags = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                tags[i] = sorted[i].tag();
            }
        }
        if (ascending && keys != null) {
            this.creatorKeys = keys;
            this.creatorNames = names;
        } else {
            int[] k = new int[byTag.length];
            String[] c = new String[byTag.length];
            int count = 0;
            for (DicomElement x : byTag) {
                Optional<String> name = Tags.isPrivateCreator(x.tag()) ? x.string() : Optional.empty();
                if (name.isPresent()) {
                    k[count] = Tags.group(x.tag()) << 8 | Tags.element(x.tag());
                    c[count++] = name.get();
                }
            }
            this.creatorKeys = java.util.Arrays.copyOf(k, count);
            this.creatorNames = java.util.Arrays.copyOf(c, count);
        }
    }

    /** {@code elements} at the places of {@code template}'s, tag for tag: its lookup arrays are shared, not rebuilt. */
    private DicomDataset(DicomDataset template, DicomElement[] elements) {
        this.ordered = true;
        this.elements = List.of(elements);
        this.byTag = elements;
        this.tags = template.tags;
        this.creatorKeys = template.creatorKeys;
        this.creatorNames = template.creatorNames;
    }

    /**
     * {@code template}'s elements with some replaced by elements of the same tags at the same places (a file of a series
     * read against the previous one, {@link SeriesReader}): the result shares {@code template}'s layout, so that
     * {@link #sameLayoutAs} tells a caller that a place it found a tag at in one holds it in the other.
     */
    static DicomDataset replacing(DicomDataset template, DicomElement[] elements, int[] keys, String[] names) {
        boolean same = template.byTag.length == elements.length
                && template.elements.size() == elements.length
                && java.util.Arrays.equals(keys, template.creatorKeys) && java.util.Arrays.equals(names, template.creatorNames);
        for (int i = 0; same && i < elements.length; i++) {
            same = elements[i].tag() == template.tags[i] && template.byTag[i] == template.elements.get(i);
        }
        return same ? new DicomDataset(template, elements) : new DicomDataset(java.util.Arrays.asList(elements), keys, names);
    }

    /**
     * {@link #replacing} for a caller that knows which places changed: {@code template}'s elements with those at
     * {@code places[0..count)} replaced by {@code with[0..count)}, sharing its layout; null when {@code template} does not
     * list its elements in tag order or a replacement has another tag than the element it replaces (the caller then
     * uses {@link #replacing}). The same data set as {@code replacing} with the full array and the template's own
     * creators, without comparing the ~100 elements that did not change, once per file of a series ({@link SeriesReader}).
     */
    static DicomDataset replacingAt(DicomDataset template, int[] places, DicomElement[] with, int count) {
        if (!template.ordered) {
            return null;
        }
        DicomElement[] e = template.byTag.clone();
        for (int c = 0; c < count; c++) {
            int i = places[c];
            if (with[c].tag() != template.tags[i]) {
                return null;
            }
            e[i] = with[c];
        }
        return new DicomDataset(template, e);
    }

    /** Whether this data set's private creators are {@code keys} and {@code names}, place for place. */
    boolean hasCreators(int[] keys, String[] names) {
        return java.util.Arrays.equals(keys, creatorKeys) && java.util.Arrays.equals(names, creatorNames);
    }

    /**
     * Whether {@code other} has the same tags at the same places and the same private creators, known without comparing
     * them (one was made from the other by {@link #replacing}): {@link #indexOf} and {@link #indexOfPrivate} answer
     * the same for both.
     */
    public boolean sameLayoutAs(DicomDataset other) {
        return other != null && other.tags == tags && other.creatorKeys == creatorKeys && other.creatorNames == creatorNames;
    }

    /** Where {@link #get(int)} finds {@code tag} ({@link #elementAt}), -1 when absent. */
    public int indexOf(int tag) {
        return find(tag);
    }

    /** Where {@link #getPrivate} finds the element ({@link #elementAt}), -1 when absent. */
    public int indexOfPrivate(String creator, int group, int elementByte) {
        int lowest = -1; // the lowest block the creator reserved in the group
        for (int i = 0; i < creatorKeys.length; i++) {
            if (creatorKeys[i] >>> 8 == group && creator.equals(creatorNames[i])) {
                int block = creatorKeys[i] & 0xFF;
                lowest = lowest < 0 ? block : Math.min(lowest, block);
            }
        }
        return lowest < 0 ? -1 : find(Tags.of(group, lowest << 8 | (elementByte & 0xFF)));
    }

    /** The element at {@code index} of {@link #indexOf} or {@link #indexOfPrivate}. */
    public DicomElement elementAt(int index) {
        return byTag[index];
    }

    public List<DicomElement> elements() {
        return elements;
    }

    public int size() {
        return elements.size();
    }

    public boolean contains(int tag) {
        return find(tag) >= 0;
    }

    public Optional<DicomElement> get(int tag) {
        int i = find(tag);
        return i < 0 ? Optional.empty() : Optional.of(byTag[i]);
    }

    private int find(int tag) {
        int lo = 0;
        int hi = tags.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compareUnsigned(tags[mid], tag);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** By standard keyword, e.g. {@code "RepetitionTime"}. */
    public Optional<DicomElement> get(String keyword) {
        return DicomDictionary.standard().tag(keyword).flatMap(this::get);
    }

    /**
     * A private element by its creator: {@code group} odd, {@code elementByte} the low byte
     * of the element number (0x10 for {@code (0029,xx10)}).
     */
    public Optional<DicomElement> getPrivate(String creator, int group, int elementByte) {
        int i = indexOfPrivate(creator, group, elementByte);
        return i < 0 ? Optional.empty() : Optional.of(byTag[i]);
    }

    public Optional<String> string(int tag) {
        return get(tag).flatMap(DicomElement::string);
    }

    public Optional<String> string(String keyword) {
        return get(keyword).flatMap(DicomElement::string);
    }

    public Optional<Double> number(int tag) {
        return get(tag).flatMap(DicomElement::number);
    }

    public Optional<Double> number(String keyword) {
        return get(keyword).flatMap(DicomElement::number);
    }

    /** The items of a sequence element; empty when absent or not a sequence. */
    public List<DicomDataset> items(int tag) {
        return get(tag).map(DicomElement::items).orElse(List.of());
    }

    @Override
    public String toString() {
        return "DicomDataset" + elements;
    }
}
