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
    private volatile Map<String, int[]> creatorBlocks;
    /**
     * The private creators as the reader met them (key group &lt;&lt; 8 | block, interned name), or null: then
     * {@link #creatorBlocks()} decodes them from the elements on first use. Given by the reader, a private lookup
     * needs no map and no decoding per file (4 % of inspect's CPU on the dicom-qa corpus).
     */
    private final int[] creatorKeys;
    private final String[] creatorNames;

    /** A tag present twice keeps its first occurrence (as dcmtk does). */
    DicomDataset(List<DicomElement> elements) {
        this(elements, null, null);
    }

    /**
     * With the private creators the reader registered for these elements ({@code keys[i]} = group &lt;&lt; 8 | block
     * reserved by {@code names[i]}); used only when the elements are in ascending order (a well-formed data set), so
     * that they are exactly the creator elements kept.
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
        if (ascending) { // what a well-formed data set is: one pass, no sorting
            this.elements = List.of(e);
            this.tags = t;
            this.byTag = e;
            this.creatorKeys = keys;
            this.creatorNames = names;
            return;
        }
        this.creatorKeys = null;
        this.creatorNames = null;
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
        if (creatorKeys != null) {
            int lowest = -1; // the lowest block the creator reserved in the group, as creatorBlocks() keeps
            for (int i = 0; i < creatorKeys.length; i++) {
                if (creatorKeys[i] >>> 8 == group && creator.equals(creatorNames[i])) {
                    int block = creatorKeys[i] & 0xFF;
                    lowest = lowest < 0 ? block : Math.min(lowest, block);
                }
            }
            return lowest < 0 ? Optional.empty() : get(Tags.of(group, lowest << 8 | (elementByte & 0xFF)));
        }
        int[] blocks = creatorBlocks().get(creator);
        if (blocks != null) {
            for (int packed : blocks) {
                if (packed >>> 8 == group) {
                    return get(Tags.of(group, (packed & 0xFF) << 8 | (elementByte & 0xFF)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * creator → the blocks it reserved, each packed as group &lt;&lt; 8 | block (the lowest block per group);
     * built on first use without a key string per lookup (a benign race: any thread builds the same map).
     */
    private Map<String, int[]> creatorBlocks() {
        Map<String, int[]> m = creatorBlocks;
        if (m == null) {
            m = new HashMap<>();
            for (DicomElement e : elements) {
                if (Tags.isPrivateCreator(e.tag())) {
                    Optional<String> c = e.string();
                    if (c.isPresent()) {
                        int group = Tags.group(e.tag());
                        int block = Tags.element(e.tag());
                        int[] old = m.get(c.get());
                        if (old == null) {
                            m.put(c.get(), new int[] {group << 8 | block});
                            continue;
                        }
                        boolean merged = false;
                        for (int i = 0; i < old.length; i++) {
                            if (old[i] >>> 8 == group) {
                                old[i] = group << 8 | Math.min(block, old[i] & 0xFF);
                                merged = true;
                            }
                        }
                        if (!merged) {
                            int[] more = java.util.Arrays.copyOf(old, old.length + 1);
                            more[old.length] = group << 8 | block;
                            m.put(c.get(), more);
                        }
                    }
                }
            }
            creatorBlocks = m;
        }
        return m;
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
