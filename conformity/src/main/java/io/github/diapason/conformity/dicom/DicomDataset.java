package io.github.diapason.conformity.dicom;

import java.util.Collections;
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
    private final Map<Integer, DicomElement> byTag;
    private volatile Map<String, Integer> creatorBlocks;

    /** A tag present twice keeps its first occurrence (as dcmtk does). */
    DicomDataset(List<DicomElement> elements) {
        Map<Integer, DicomElement> map = new HashMap<>(elements.size() * 2);
        List<DicomElement> kept = new java.util.ArrayList<>(elements.size());
        for (DicomElement e : elements) {
            if (map.putIfAbsent(e.tag(), e) == null) {
                kept.add(e);
            }
        }
        this.elements = List.copyOf(kept);
        this.byTag = Collections.unmodifiableMap(map);
    }

    public List<DicomElement> elements() {
        return elements;
    }

    public int size() {
        return elements.size();
    }

    public boolean contains(int tag) {
        return byTag.containsKey(tag);
    }

    public Optional<DicomElement> get(int tag) {
        return Optional.ofNullable(byTag.get(tag));
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
        Integer block = creatorBlocks().get(group + "\0" + creator);
        return block == null ? Optional.empty() : get(Tags.of(group, block << 8 | (elementByte & 0xFF)));
    }

    /** group + NUL + creator → the lowest block it reserved; built on first use (a benign race: any thread builds the same map). */
    private Map<String, Integer> creatorBlocks() {
        Map<String, Integer> m = creatorBlocks;
        if (m == null) {
            m = new HashMap<>();
            for (DicomElement e : elements) {
                if (Tags.isPrivateCreator(e.tag())) {
                    Optional<String> c = e.string();
                    if (c.isPresent()) {
                        m.merge(Tags.group(e.tag()) + "\0" + c.get(), Tags.element(e.tag()), Math::min);
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
