package io.github.diapason.conformity.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tag → VR and keyword, public and private (by private creator). Needed to decode implicit
 * VR little endian, where the file does not say what a value is. The table
 * ({@code dictionary.tsv}) is generated from the DICOM standard's dictionary and GDCM's
 * private dictionary by {@code tools/generate-dicom-dictionary.py}; it is loaded once, lazily.
 */
public final class DicomDictionary {

    private record Mask(int value, int mask, Vr vr, String keyword) {
    }

    private final Map<Integer, Vr> vrs = new HashMap<>();
    private final Map<Integer, String> keywords = new HashMap<>();
    private final Map<String, Integer> tagsByKeyword = new HashMap<>();
    private final List<Mask> masks = new ArrayList<>();
    /** key: creator + '\0' + (group << 8 | element low byte). */
    private final Map<String, Vr> privateVrs = new HashMap<>();

    private static final class Holder {
        static final DicomDictionary INSTANCE = load();
    }

    private DicomDictionary() {
    }

    public static DicomDictionary standard() {
        return Holder.INSTANCE;
    }

    private static DicomDictionary load() {
        DicomDictionary d = new DicomDictionary();
        try (InputStream in = DicomDictionary.class.getResourceAsStream("dictionary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("dictionary.tsv missing from the conformity jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    continue;
                }
                if (f[0].equals("P")) {
                    d.addPublic(f[1], Vr.of(f[2]), f[3]);
                } else if (f[0].equals("C")) {
                    d.addPrivate(f[1], f[2], Vr.of(f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in DICOM dictionary", e);
        }
        return d;
    }

    private void addPublic(String hex, Vr vr, String keyword) {
        Vr v = vr == null ? Vr.UN : vr;
        if (hex.indexOf('x') < 0) {
            int tag = Integer.parseUnsignedInt(hex, 16);
            vrs.put(tag, v);
            if (!keyword.isEmpty()) {
                keywords.put(tag, keyword);
                tagsByKeyword.putIfAbsent(keyword, tag);
            }
        } else {
            int value = Integer.parseUnsignedInt(hex.replace('x', '0'), 16);
            int mask = 0;
            for (int i = 0; i < 8; i++) {
                mask = mask << 4 | (hex.charAt(i) == 'x' ? 0 : 0xF);
            }
            masks.add(new Mask(value, mask, v, keyword));
            if (!keyword.isEmpty()) {
                tagsByKeyword.putIfAbsent(keyword, value);
            }
        }
    }

    private void addPrivate(String creator, String mask, Vr vr) {
        int group = Integer.parseInt(mask.substring(0, 4), 16);
        int low = Integer.parseInt(mask.substring(6, 8), 16);
        privateVrs.put(creator + '\0' + (group << 8 | low), vr == null ? Vr.UN : vr);
    }

    /** The VR of a public tag (or repeating-group tag), if known. */
    public Optional<Vr> vr(int tag) {
        Vr v = vrs.get(tag);
        if (v != null) {
            return Optional.of(v);
        }
        if (Tags.element(tag) == 0 && !Tags.isPrivate(tag)) {
            return Optional.of(Vr.UL); // group length
        }
        for (Mask m : masks) {
            if ((tag & m.mask) == m.value) {
                return Optional.of(m.vr);
            }
        }
        return Optional.empty();
    }

    /** The VR of a private element, by its creator. */
    public Optional<Vr> privateVr(String creator, int tag) {
        if (creator == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(privateVrs.get(creator + '\0' + (Tags.group(tag) << 8 | (tag & 0xFF))));
    }

    public Optional<String> keyword(int tag) {
        return Optional.ofNullable(keywords.get(tag));
    }

    /** The tag of a standard keyword such as {@code RepetitionTime}. */
    public Optional<Integer> tag(String keyword) {
        return Optional.ofNullable(tagsByKeyword.get(keyword));
    }
}
