package io.github.diapason.conformity.inspect;

import io.github.diapason.conformity.dicom.DicomDataset;
import io.github.diapason.conformity.dicom.DicomElement;
import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.FunctionalGroups;
import io.github.diapason.conformity.dicom.GeProtocolBlock;
import io.github.diapason.conformity.dicom.SiemensCsa;
import io.github.diapason.conformity.dicom.Tags;
import io.github.diapason.conformity.inspect.FieldTable.Kind;
import io.github.diapason.conformity.inspect.FieldTable.Location;
import io.github.diapason.conformity.inspect.FieldTable.Rule;
import io.github.diapason.conformity.inspect.FieldTable.Step;
import io.github.diapason.conformity.siemens.Ascconv;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the values of {@link FieldTable} out of one header, converted to BIDS units the way
 * dcm2niix writes its sidecars ({@code console/nii_dicom_batch.cpp}, {@code nii_SaveBIDSX}): times
 * in seconds, acceleration factors as R (GE stores 1/R in (0043,1083)), b-values without GE's
 * 1e9 offset. Pure: the same header gives the same values.
 */
final class Extractor {

    private static final int STUDY_INSTANCE_UID = 0x0020000D;
    private static final int SERIES_INSTANCE_UID = 0x0020000E;
    private static final int INSTANCE_NUMBER = 0x00200013;
    private static final int NUMBER_OF_FRAMES = 0x00280008;

    private static final String XA_CREATOR = "SIEMENS MR SDS 01";
    private static final Step XA_PROTOCOL = new Step(Tags.of(0x0021, 0x19), XA_CREATOR);

    private final FieldTable table;
    private final Identification identification;
    /** The fields in table order ({@link FieldSlots}), each with its rules and their indices in {@link FieldTable#rules()}. */
    private final FieldSlots slots;
    private final String[] fieldNames;
    private final Rule[][] fieldRules;
    private final int[][] ruleIndex;
    /** Per rule (index in {@link FieldTable#rules()}), the key it reads from the series protocol ({@code ascconv:alTR[0]}), else null. */
    private final String[] protocolKeys;
    /** The CSA image header tags the table reads: only these are decoded (see {@link SiemensCsa.Names}). */
    private final SiemensCsa.Names csaNames;
    private final int mosaicSlot;
    /** Per rule: whether its transform converts a number ({@link Transforms#ofNumber}), so DS/IS values may be parsed from their bytes. */
    private final boolean[] ofNumber;
    /** Per rule concatenating top-level elements, the first of its parts' places in {@link Memo#positions}; else -1. */
    private final int[] concatPlaces;
    /** The tags of {@link Identification#attributes()} and (with a pattern) {@link Identification#pseudonymAttributes()}. */
    private final int[] identifyingTags;
    private final int[] pseudonymTags;
    /** Per reading thread, what the last series read on it gave: see {@link Memo}. */
    private final ThreadLocal<Memo> memo;

    public Extractor(FieldTable table) {
        this(table, Identification.standard(table));
    }

    public Extractor(FieldTable table, Identification identification) {
        this.table = table;
        this.identification = identification;
        Map<Rule, Integer> index = new java.util.IdentityHashMap<>();
        for (Rule r : table.rules()) {
            index.put(r, index.size());
        }
        slots = FieldSlots.of(table);
        int n = slots.size();
        fieldNames = slots.names;
        fieldRules = new Rule[n][];
        ruleIndex = new int[n][];
        int f = 0;
        for (Map.Entry<String, List<Rule>> field : table.byField().entrySet()) {
            fieldRules[f] = field.getValue().toArray(Rule[]::new);
            ruleIndex[f] = field.getValue().stream().mapToInt(index::get).toArray();
            f++;
        }
        int rules = table.rules().size();
        protocolKeys = new String[rules];
        for (int r = 0; r < rules; r++) {
            Location l = table.rules().get(r).location();
            protocolKeys[r] = l instanceof Location.Ascconv a ? "ascconv:" + a.key() : l instanceof Location.GeProtocol g ? "geprotocol:" + g.key() : null;
        }
        csaNames = new SiemensCsa.Names(table.rules().stream().map(Rule::location)
                .filter(Location.Csa.class::isInstance).map(l -> ((Location.Csa) l).name()).toList());
        mosaicSlot = slots.slot("_NumberOfImagesInMosaic");
        identifyingTags = identification.attributes().stream().mapToInt(FieldTable.Identifying::tag).toArray();
        pseudonymTags = identification.pseudonym() == null ? new int[0]
                : identification.pseudonymAttributes().stream().mapToInt(FieldTable.Identifying::tag).toArray();
        int places = rules + Memo.FIXED + identifyingTags.length + pseudonymTags.length;
        ofNumber = new boolean[rules];
        concatPlaces = new int[rules];
        for (int r = 0; r < rules; r++) {
            Rule rule = table.rules().get(r);
            // GE's user data is read by its own decoder (Session.strings), never as a number
            ofNumber[r] = Transforms.ofNumber(rule.transform()) && !rule.transform().equals("ge_user_data_polarity");
            concatPlaces[r] = -1;
            if (rule.location() instanceof Location.Concat c
                    && c.parts().stream().allMatch(p -> !p.functionalGroups() && p.steps().size() == 1)) {
                concatPlaces[r] = places;
                places += c.parts().size();
            }
        }
        int memoPlaces = places;
        memo = ThreadLocal.withInitial(() -> new Memo(rules, memoPlaces, identifyingTags.length, pseudonymTags.length));
    }

    /**
     * The files of a series repeat most of their values: per thread (files of a folder are read on one thread, one
     * after the other), the element each rule reading one top-level element found in the last file of the series and the
     * value it gave. When the next file's element holds the same bytes ({@link DicomElement#sameValueAs}), the value
     * is reused instead of decoded and converted again; any other series starts afresh. Only ever the same value
     * the rule would compute: values are immutable and pure functions of the element.
     */
    private static final class Memo {
        String study;
        String series;
        final DicomElement[] elements;
        final Object[] values;
        /** The series protocol of the series, and the function that gave it (a caller's function gives one map per series). */
        Function<DicomHeader, Map<String, String>> protocolSource;
        Map<String, String> protocol;
        /**
         * The last data set read on this thread, and per rule reading one top-level element where it found it in that
         * data set ({@link DicomDataset#indexOf}; -1 absent, {@link #UNKNOWN} not looked for): valid for the next data set
         * while it has the same layout ({@link DicomDataset#sameLayoutAs}, a file read against the previous one), which
         * spares the ~110 lookups per file (binary search, private creators) of a file whose elements did not move.
         */
        DicomDataset root;
        final int[] positions;
        /** Per rule reading the series protocol, whether its value is known for {@link #protocol}, and the value. */
        final boolean[] protocolKnown;
        final Object[] protocolValues;
        static final int UNKNOWN = -2;

        /**
         * Places in {@link #positions} after the rules': study and series UID, Instance Number, Number of Frames, then the
         * identifying and the pseudonym attributes.
         */
        static final int FIXED = 4;
        /** The series key's elements in the last file, and {@link #study} NUL {@link #series} made once per series. */
        DicomElement studyElement;
        DicomElement seriesElement;
        String key;
        DicomElement framesElement;
        int frames;
        /** The identifying attributes' elements in the last file and what they gave (the same list while present alike). */
        final DicomElement[] identifyingElements;
        final boolean[] identifyingPresent;
        List<String> identifying = List.of();
        /** The pseudonym attributes' elements in the last file (known: looked at), whether each matched, the list of those that did not. */
        final DicomElement[] pseudonymElements;
        final boolean[] pseudonymKnown;
        final boolean[] pseudonymMatched;
        List<String> notPseudonyms = List.of();

        Memo(int rules, int places, int identifying, int pseudonyms) {
            elements = new DicomElement[rules];
            values = new Object[rules];
            positions = new int[places];
            identifyingElements = new DicomElement[identifying];
            identifyingPresent = new boolean[identifying];
            pseudonymElements = new DicomElement[pseudonyms];
            pseudonymKnown = new boolean[pseudonyms];
            pseudonymMatched = new boolean[pseudonyms];
            java.util.Arrays.fill(positions, UNKNOWN);
            protocolKnown = new boolean[rules];
            protocolValues = new Object[rules];
        }

        /** The series protocol of {@code source}: the rules' values drawn from the one before are forgotten. */
        void protocol(Function<DicomHeader, Map<String, String>> source, Map<String, String> map) {
            protocolSource = source;
            protocol = map;
            java.util.Arrays.fill(protocolKnown, false);
            java.util.Arrays.fill(protocolValues, null);
        }

        /** Starts a file: the places found in the last data set are kept only when {@code next} has its layout. */
        void layout(DicomDataset next) {
            if (!next.sameLayoutAs(root)) {
                java.util.Arrays.fill(positions, UNKNOWN);
            }
            root = next;
        }

        /** Starts a series unless it is the last one's: what its rules gave is forgotten. */
        void forSeries(String studyUid, String seriesUid) {
            if (!seriesUid.equals(series) || !studyUid.equals(study)) {
                study = studyUid;
                series = seriesUid;
                key = studyUid + '\0' + seriesUid;
                java.util.Arrays.fill(elements, null);
                java.util.Arrays.fill(values, null);
                protocol(null, null);
            }
        }

        /** The top-level element {@code tag} of the current data set, looked for at place {@code place} of {@link #positions}. */
        DicomElement element(int place, int tag) {
            int at = positions[place];
            if (at == UNKNOWN) {
                at = root.indexOf(tag);
                positions[place] = at;
            }
            return at < 0 ? null : root.elementAt(at);
        }

        /** The top-level element of {@code step} (public or private), looked for at place {@code place} of {@link #positions}. */
        DicomElement element(int place, Step step) {
            int at = positions[place];
            if (at == UNKNOWN) {
                at = step.creator() == null ? root.indexOf(step.tag())
                        : root.indexOfPrivate(step.creator(), Tags.group(step.tag()), Tags.element(step.tag()));
                positions[place] = at;
            }
            return at < 0 ? null : root.elementAt(at);
        }

        /**
         * The series of the current data set (then {@link #study}, {@link #series}, {@link #key}), false when it has no
         * Series Instance UID: decoded only when its elements hold other values than the last file's.
         */
        boolean series(int rules) {
            DicomElement se = element(rules + 1, SERIES_INSTANCE_UID);
            if (se == null) {
                return false;
            }
            DicomElement st = element(rules, STUDY_INSTANCE_UID);
            if (key != null && se.sameValueAs(seriesElement) && (st == null ? studyElement == null : st.sameValueAs(studyElement))) {
                return true;
            }
            String seriesUid = se.string().orElse("");
            if (seriesUid.isEmpty()) {
                return false;
            }
            forSeries(st == null ? "" : st.string().orElse(""), seriesUid);
            seriesElement = se;
            studyElement = st;
            return true;
        }
    }

    /**
     * The top-level elements this extractor can read: every location of the table, the identifying and
     * pseudonym attributes, the series key. Handed to {@link io.github.diapason.conformity.dicom.DicomReader#keepingAtTopLevel}
     * so that the other elements of a header (most of them) are skipped, not built.
     */
    public io.github.diapason.conformity.dicom.DicomReader.TopLevelFilter topLevelFilter() {
        java.util.Set<Integer> tags = new java.util.HashSet<>(List.of(STUDY_INSTANCE_UID, SERIES_INSTANCE_UID, INSTANCE_NUMBER,
                NUMBER_OF_FRAMES, FunctionalGroups.SHARED, FunctionalGroups.PER_FRAME));
        Map<String, java.util.Set<Integer>> privates = new HashMap<>();
        java.util.function.Consumer<Step> step = st -> {
            if (st.creator() == null) {
                tags.add(st.tag());
            } else {
                privates.computeIfAbsent(st.creator(), c -> new java.util.HashSet<>())
                        .add(Tags.group(st.tag()) << 8 | Tags.element(st.tag()) & 0xFF);
            }
        };
        for (Rule rule : table.rules()) {
            Location l = rule.location();
            List<Location.Path> paths = l instanceof Location.Path p ? List.of(p)
                    : l instanceof Location.Concat c ? c.parts() : List.of();
            for (Location.Path p : paths) {
                if (!p.functionalGroups()) {
                    step.accept(p.steps().get(0));
                }
            }
            if (l instanceof Location.Csa || l instanceof Location.Ascconv) {
                step.accept(new Step(Tags.of(SiemensCsa.GROUP, SiemensCsa.IMAGE_HEADER), SiemensCsa.CREATOR));
                step.accept(new Step(Tags.of(SiemensCsa.GROUP, SiemensCsa.SERIES_HEADER), SiemensCsa.CREATOR));
                step.accept(XA_PROTOCOL);
            }
            if (l instanceof Location.GeProtocol) {
                step.accept(new Step(Tags.of(GeProtocolBlock.GROUP, GeProtocolBlock.ELEMENT), GeProtocolBlock.CREATOR));
            }
        }
        identification.attributes().forEach(id -> tags.add(id.tag()));
        identification.pseudonymAttributes().forEach(id -> tags.add(id.tag()));
        Map<String, IntSet> byCreator = new HashMap<>();
        // interned like the reader's creators: the lookup's equals is then an identity check
        privates.forEach((c, set) -> byCreator.put(c.intern(), new IntSet(set)));
        return new Filter(new IntSet(tags), byCreator);
    }

    /**
     * The filter of {@link #topLevelFilter()}: asked for every top-level element of every file, so written as one
     * method without calls in the common case (C1, the launcher's only compiler, inlines little): the public set's
     * probe inline, and the creator last asked for remembered (a private block's elements come one after the other).
     */
    private static final class Filter implements io.github.diapason.conformity.dicom.DicomReader.TopLevelFilter {
        private final int[] slots;
        private final boolean[] used;
        private final int mask;
        private final Map<String, IntSet> byCreator;
        /** Shared by the reading threads without a lock: a record's final fields are seen whole, a stale one only costs a lookup. */
        private Last last = new Last(null, null);

        private record Last(String creator, IntSet wanted) {
        }

        Filter(IntSet publicTags, Map<String, IntSet> byCreator) {
            this.slots = publicTags.slots;
            this.used = publicTags.used;
            this.mask = publicTags.mask;
            this.byCreator = byCreator;
        }

        @Override
        public boolean keep(int tag, String creator) {
            for (int i = (tag * 0x9E3779B9) >>> 7 & mask; used[i]; i = (i + 1) & mask) { // IntSet.contains
                if (slots[i] == tag) {
                    return true;
                }
            }
            if (creator == null) {
                return false;
            }
            Last l = last;
            if (l.creator != creator) { // interned: identity
                l = new Last(creator, byCreator.get(creator));
                last = l;
            }
            IntSet wanted = l.wanted;
            return wanted != null && wanted.contains(Tags.group(tag) << 8 | Tags.element(tag) & 0xFF);
        }
    }

    /** A fixed set of ints, open addressing: the filter runs once per top-level element of every file. */
    private static final class IntSet {
        private final int[] slots;
        private final boolean[] used;
        private final int mask;

        IntSet(java.util.Collection<Integer> values) {
            int size = Integer.highestOneBit(Math.max(4, values.size() * 4) - 1) << 1;
            slots = new int[size];
            used = new boolean[size];
            mask = size - 1;
            for (int v : values) {
                int i = hash(v);
                while (used[i] && slots[i] != v) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                slots[i] = v;
            }
        }

        private int hash(int v) {
            return (v * 0x9E3779B9) >>> 7 & mask;
        }

        boolean contains(int v) {
            for (int i = hash(v); used[i]; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The series a header belongs to, if it says: (study UID, series UID). */
    public static Optional<String[]> seriesKey(DicomHeader h) {
        Optional<String> series = h.dataset().string(SERIES_INSTANCE_UID);
        if (series.isEmpty() || series.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {h.dataset().string(STUDY_INSTANCE_UID).orElse(""), series.get()});
    }

    /**
     * The values of one file. {@code ascconv} gives {@link #seriesProtocol} of the file's series (the
     * caller may cache it per series: the text protocol is the same for every file of a series). Its map is kept
     * per reading thread for the files of the series that follow while the same function object is passed:
     * a caller passes one object per inspection, not a new method reference per file.
     */
    public Optional<FileValues> extract(DicomHeader h, Function<DicomHeader, Map<String, String>> ascconv) {
        Memo m = memo.get();
        m.layout(h.dataset());
        int base = protocolKeys.length;
        if (!m.series(base)) {
            return Optional.empty();
        }
        Session s = new Session(h, ascconv, m, protocolKeys, csaNames, ofNumber, concatPlaces);
        Object[] values = new Object[fieldNames.length];
        for (int f = 0; f < fieldNames.length; f++) {
            Rule[] rules = fieldRules[f];
            for (int r = 0; r < rules.length; r++) {
                Rule rule = rules[r];
                Object v;
                if (rule.kind() == Kind.EACH || rule.kind() == Kind.VECTOR) {
                    List<?> found = s.each(rule, ruleIndex[f][r], rule.kind() == Kind.VECTOR);
                    v = found.isEmpty() ? null : found;
                } else {
                    v = s.single(rule, ruleIndex[f][r]);
                }
                if (v != null) {
                    values[f] = v;
                    break;
                }
            }
        }
        int frames = frames(m, base);
        int mosaic = mosaicSlot >= 0 && values[mosaicSlot] instanceof Double d && d > 1 ? d.intValue() : 0;
        List<List<Double>> frameTimes = null;
        if (frames > 1) { // enhanced MR: when each frame's acquisition started, for EnhancedSliceTiming
            List<List<Double>> started = FrameTimes.of(h.dataset());
            if (!started.isEmpty()) {
                frameTimes = started;
            }
        }
        DicomElement instanceElement = m.element(base + 2, INSTANCE_NUMBER);
        long instance = instanceElement == null ? Long.MAX_VALUE : instanceElement.number().map(Double::longValue).orElse(Long.MAX_VALUE);
        return Optional.of(new FileValues(h.source(), m.study, m.series, m.key, instance, slots, values, frameTimes,
                frames, mosaic, identifying(m, base + Memo.FIXED), notPseudonyms(m, base + Memo.FIXED + identifyingTags.length),
                s.diagnostics));
    }

    /** Number of Frames (at least 1), decoded again only when it differs from the last file's. */
    private static int frames(Memo m, int rules) {
        DicomElement e = m.element(rules + 3, NUMBER_OF_FRAMES);
        if (e == null) {
            return 1;
        }
        if (!e.sameValueAs(m.framesElement)) {
            m.frames = Math.max(1, e.number().map(Double::intValue).orElse(1));
            m.framesElement = e;
        }
        return m.frames;
    }

    /** The identifying attributes present with content: the last file's list while each is present alike. */
    private List<String> identifying(Memo m, int place) {
        boolean changed = false;
        for (int i = 0; i < identifyingTags.length; i++) {
            DicomElement e = m.element(place + i, identifyingTags[i]);
            if (e != m.identifyingElements[i]) {
                m.identifyingElements[i] = e;
                boolean present = e != null && e.hasContent();
                if (present != m.identifyingPresent[i]) {
                    m.identifyingPresent[i] = present;
                    changed = true;
                }
            }
        }
        if (changed) {
            List<String> present = new ArrayList<>();
            for (int i = 0; i < identifyingTags.length; i++) {
                if (m.identifyingPresent[i]) {
                    present.add(identification.attributes().get(i).keyword());
                }
            }
            m.identifying = List.copyOf(present);
        }
        return m.identifying;
    }

    /** The pseudonym attributes whose value does not match the pattern, each matched again only when its value changed. */
    private List<String> notPseudonyms(Memo m, int place) {
        boolean changed = false;
        for (int i = 0; i < pseudonymTags.length; i++) {
            DicomElement e = m.element(place + i, pseudonymTags[i]);
            if (!m.pseudonymKnown[i] || (e == null ? m.pseudonymElements[i] != null : !e.sameValueAs(m.pseudonymElements[i]))) {
                String value = e == null ? "" : e.string().orElse("");
                boolean matched = identification.pseudonym().matcher(value).matches();
                changed |= !m.pseudonymKnown[i] || matched != m.pseudonymMatched[i];
                m.pseudonymKnown[i] = true;
                m.pseudonymMatched[i] = matched;
                m.pseudonymElements[i] = e;
            }
        }
        if (changed) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < pseudonymTags.length; i++) {
                if (!m.pseudonymMatched[i]) {
                    out.add(identification.pseudonymAttributes().get(i).keyword());
                }
            }
            m.notPseudonyms = List.copyOf(out);
        }
        return m.notPseudonyms;
    }

    /**
     * The series-level protocol texts the table refers to, keyed by their location in the table
     * ({@code ascconv:alTR[0]}, {@code geprotocol:DELACQ}): the same for every file of a series, so the
     * caller computes them once per series. ASCCONV comes from the CSA series header (classic Siemens),
     * else Siemens XA's (0021,xx19) of {@code SIEMENS MR SDS 01} (dcm2niix reads both); GE's from its
     * protocol data block (0025,xx1B), whose diagnostics are returned with the values.
     */
    public static Validated<Map<String, String>> seriesProtocol(DicomHeader h, FieldTable table) {
        ProtocolKeys wanted = ProtocolKeys.of(table);
        Map<String, String> kept = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!wanted.ascconv().isEmpty()) {
            ascconv(h, wanted.ascconv()).forEach((k, v) -> kept.put("ascconv:" + k, v));
        }
        if (!wanted.ge().isEmpty()) {
            GeProtocolBlock.read(h.dataset(), h.source(), wanted.ge()).ifPresent(v -> {
                diagnostics.addAll(v.diagnostics());
                v.value().orElse(Map.of()).forEach((k, x) -> kept.put("geprotocol:" + k, x));
            });
        }
        return Validated.of(Map.copyOf(kept), diagnostics);
    }

    /**
     * The ASCCONV and GE protocol keys a table reads ({@link FieldTable#seriesProtocolKeys()} without their prefixes), made
     * once for the last table asked for: once per series, streams and a String per GE key cost as much as reading the
     * protocols themselves once those read from bytes (issue 11, speed).
     */
    private record ProtocolKeys(FieldTable table, java.util.Set<String> ascconv, java.util.Set<String> ge) {
        private static volatile ProtocolKeys last;

        static ProtocolKeys of(FieldTable table) {
            ProtocolKeys p = last;
            if (p == null || p.table != table) {
                java.util.Set<String> ascconv = new java.util.HashSet<>();
                java.util.Set<String> ge = new java.util.HashSet<>();
                for (String k : table.seriesProtocolKeys()) {
                    if (k.startsWith("ascconv:")) {
                        ascconv.add(k.substring("ascconv:".length()));
                    } else if (k.startsWith("geprotocol:")) {
                        ge.add(k.substring("geprotocol:".length()));
                    }
                }
                p = new ProtocolKeys(table, java.util.Set.copyOf(ascconv), java.util.Set.copyOf(ge));
                last = p;
            }
            return p;
        }
    }

    /** The ASCCONV values of {@code keys} (only those: the protocol has thousands of lines, see {@link Ascconv#parse(String, java.util.Set)}). */
    private static Map<String, String> ascconv(DicomHeader h, java.util.Set<String> keys) {
        // the first protocol tag whose ASCCONV block has key lines (MrPhoenixProtocol, else MrProtocol)
        Optional<Ascconv> block = SiemensCsa.asciiProtocol(h.dataset(), h.source(), keys);
        if (block.isPresent()) {
            return block.get().asMap();
        }
        // Siemens XA's protocol is read only when the CSA series header has none (not when it has none of these keys)
        Session s = new Session(h, x -> Map.of(), null, null, null);
        DicomElement xa = s.root.getPrivate(XA_CREATOR, 0x0021, 0x19).orElseGet(() -> s.privateInGroups(XA_PROTOCOL));
        if (xa == null) {
            return Map.of();
        }
        String text = xa.vr().isText() ? xa.string().orElse("") : new String(xa.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        return Ascconv.parseBlock(text, keys).map(Ascconv::asMap).orElse(Map.of());
    }

    /** One header being read: its functional groups and CSA image header, parsed at most once. */
    private static final class Session {
        final DicomHeader header;
        final DicomDataset root;
        final Function<DicomHeader, Map<String, String>> ascconvSource;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        List<DicomDataset> perFrameItems;
        DicomDataset sharedItem;
        /** The items of the functional groups' private sequences ({@link #privateInGroups}), listed at the first need. */
        List<DicomDataset> privateItems;
        SiemensCsa.CsaHeader csa;
        boolean csaRead;
        Map<String, String> ascconv;

        final Memo memo;
        final String[] protocolKeys;
        final SiemensCsa.Names csaNames;
        final boolean[] ofNumber;
        final int[] concatPlaces;

        /** A session without a memo (the series protocol's look-up of XA's private element). */
        Session(DicomHeader header, Function<DicomHeader, Map<String, String>> ascconv, Memo memo, String[] protocolKeys,
                SiemensCsa.Names csaNames) {
            this(header, ascconv, memo, protocolKeys, csaNames, null, null);
        }

        Session(DicomHeader header, Function<DicomHeader, Map<String, String>> ascconv, Memo memo, String[] protocolKeys,
                SiemensCsa.Names csaNames, boolean[] ofNumber, int[] concatPlaces) {
            this.ofNumber = ofNumber;
            this.concatPlaces = concatPlaces;
            this.header = header;
            this.root = header.dataset();
            this.ascconvSource = ascconv;
            this.memo = memo;
            this.protocolKeys = protocolKeys;
            this.csaNames = csaNames;
        }

        private void groups() {
            if (perFrameItems == null) {
                perFrameItems = root.items(FunctionalGroups.PER_FRAME);
                List<DicomDataset> shared = root.items(FunctionalGroups.SHARED);
                sharedItem = shared.isEmpty() ? DicomDataset.EMPTY : shared.get(0);
            }
        }

        private SiemensCsa.CsaHeader csa() {
            if (!csaRead) {
                csaRead = true;
                Optional<Validated<SiemensCsa.CsaHeader>> read = SiemensCsa.read(root, SiemensCsa.IMAGE_HEADER, header.source(), csaNames);
                read.ifPresent(v -> {
                    diagnostics.addAll(v.diagnostics());
                    csa = v.value().orElse(null);
                });
            }
            return csa;
        }

        private String seriesProtocol(String key) {
            if (ascconv == null) {
                if (memo != null && memo.protocol != null && memo.protocolSource == ascconvSource) {
                    ascconv = memo.protocol; // the same series, the same source: the same map (see extract)
                } else {
                    ascconv = ascconvSource.apply(header);
                    if (memo != null) {
                        memo.protocol(ascconvSource, ascconv);
                    }
                }
            }
            return ascconv.get(key);
        }

        /**
         * A single-kind rule's value for the file (frame 0 or shared for enhanced MR); null when absent. A top-level
         * element holding the same bytes as in the last file of the series gives the value it gave then.
         */
        Object single(Rule rule, int index) {
            if (memo != null && rule.location() instanceof Location.Path p && !p.functionalGroups()) {
                DicomElement e = top(p.steps(), index);
                if (e == null || e.isSequence()) { // what texts() gives, without looking for the element again
                    DicomElement inGroups = e == null ? privateInGroups(p.steps()) : null;
                    return inGroups == null || inGroups.isSequence() ? null : single(rule, nonEmpty(inGroups.strings()));
                }
                if (e.sameValueAs(memo.elements[index])) {
                    return memo.values[index];
                }
                double[] d = ofNumber[index] && (rule.kind() == Kind.NUMBER || rule.kind() == Kind.NUMBERS) ? e.plainDecimalValues() : null;
                Object value;
                if (d != null) {
                    value = number(rule, d);
                } else {
                    List<String> v = strings(e, rule);
                    value = single(rule, v.isEmpty() ? null : v);
                }
                memo.elements[index] = e;
                memo.values[index] = value;
                return value;
            }
            if (protocolKeys != null && protocolKeys[index] != null) {
                // the same protocol map (the series', from the same source): the value this rule gave it for an earlier file
                if (memo != null && memo.protocolSource == ascconvSource && memo.protocolKnown[index]) {
                    return memo.protocolValues[index];
                }
                String v = seriesProtocol(protocolKeys[index]);
                Object value = single(rule, v == null || v.isEmpty() ? null : List.of(v));
                if (memo != null && memo.protocol == ascconv && memo.protocolSource == ascconvSource) {
                    memo.protocolKnown[index] = true;
                    memo.protocolValues[index] = value;
                }
                return value;
            }
            return single(rule, texts(rule.location(), 0));
        }

        /** {@link #single(Rule, List)} of a NUMBER or NUMBERS rule for values whose texts parse to {@code d} ({@link DicomElement#plainDecimalValues}). */
        private static Object number(Rule rule, double[] d) {
            if (d.length == 0) {
                return null;
            }
            if (rule.kind() == Kind.NUMBER) {
                return Transforms.apply(rule.transform(), d[0]);
            }
            List<Double> out = new ArrayList<>();
            for (double x : d) {
                Double v = Transforms.apply(rule.transform(), x);
                if (v != null) {
                    out.add(v);
                }
            }
            return out.isEmpty() ? null : out;
        }

        private static List<String> nonEmpty(List<String> v) {
            return v.isEmpty() ? null : v;
        }

        /** A private top-level rule's element that is not at the top level: in the functional groups (Siemens XA), else null. */
        private DicomElement privateInGroups(List<Step> steps) {
            return steps.size() == 1 && steps.get(0).creator() != null ? privateInGroups(steps.get(0)) : null;
        }

        /** The element's values as text; GE's binary user data (transform {@code ge_user_data_polarity}) as "1" unflipped, "0" flipped. */
        private static List<String> strings(DicomElement e, Rule rule) {
            if (rule.transform().equals("ge_user_data_polarity")) {
                return io.github.diapason.conformity.dicom.GeUserData.unflippedPhaseEncoding(e.bytes())
                        .map(unflipped -> List.of(unflipped ? "1" : "0")).orElse(List.of());
            }
            return e.strings();
        }

        private Object single(Rule rule, List<String> texts) {
            if (texts == null || texts.isEmpty()) {
                return null;
            }
            return switch (rule.kind()) {
                case TEXT -> texts.get(0).isEmpty() ? null : texts.get(0);
                case TEXTS -> texts;
                case JOINED -> String.join("\\", texts);
                case NUMBER -> {
                    Double d = Transforms.apply(rule.transform(), texts.get(0));
                    yield d;
                }
                case NUMBERS -> {
                    List<Double> out = new ArrayList<>();
                    for (String t : texts) {
                        Double d = Transforms.apply(rule.transform(), t);
                        if (d != null) {
                            out.add(d);
                        }
                    }
                    yield out.isEmpty() ? null : out;
                }
                default -> throw new IllegalStateException(rule.kind().name());
            };
        }

        /**
         * {@code each} (per frame) of a rule, remembered like {@link #single}: when the rule reads one top-level element
         * (one frame, not the functional groups) holding the same value as in the last file of the series (the same
         * object when the file was read against that one, {@code SeriesReader}), the values it gave then.
         */
        @SuppressWarnings("unchecked")
        <T> List<T> each(Rule rule, int index, boolean vectors) {
            if (memo != null && rule.location() instanceof Location.Path p && !p.functionalGroups()) {
                DicomElement e = top(p.steps(), index);
                if (e == null || e.isSequence()) { // what each(rule, vectors) gives, without looking for the element again
                    DicomElement inGroups = e == null ? privateInGroups(p.steps()) : null;
                    return inGroups == null || inGroups.isSequence() ? List.of() : (List<T>) one(rule, index, nonEmpty(inGroups.strings()), null, vectors);
                }
                if (e.sameValueAs(memo.elements[index])) {
                    return (List<T>) memo.values[index];
                }
                List<String> texts = null;
                double[] d = ofNumber[index] ? e.plainDecimalValues() : null;
                if (d == null) {
                    texts = nonEmpty(e.strings());
                }
                List<T> value = (List<T>) List.copyOf(one(rule, index, texts, d, vectors));
                memo.elements[index] = e;
                memo.values[index] = value;
                return value;
            }
            if (memo != null && concatPlaces[index] >= 0) {
                Location.Concat c = (Location.Concat) rule.location();
                double[] d = ofNumber[index] ? concatNumbers(c, concatPlaces[index]) : null;
                return (List<T>) (d != null ? one(rule, index, null, d, vectors) : one(rule, index, concat(c, concatPlaces[index]), null, vectors));
            }
            return each(rule, vectors);
        }

        /**
         * {@link #eachNumber} or {@link #eachVector} of a location with one frame whose values are {@code texts} (null when
         * absent), or their numbers {@code d} ({@link DicomElement#plainDecimalValues}, then {@code texts} is unused).
         */
        private List<?> one(Rule rule, int index, List<String> texts, double[] d, boolean vectors) {
            int n = d != null ? d.length : texts == null ? 0 : texts.size();
            if (!vectors) {
                Double v = n == 0 ? null : d != null ? Transforms.apply(rule.transform(), d[0]) : Transforms.apply(rule.transform(), texts.get(0));
                return v == null ? List.of() : List.of(v);
            }
            if (n < 3) {
                return List.of();
            }
            Double[] v = new Double[3];
            for (int i = 0; i < 3; i++) {
                v[i] = d != null ? Transforms.apply(rule.transform(), d[i]) : Transforms.apply(rule.transform(), texts.get(i));
                if (v[i] == null) {
                    return List.of();
                }
            }
            return List.of(List.of(v));
        }

        /**
         * The numbers {@link #concat} gives as texts when each part is a top-level DS/IS element whose values are plain
         * decimals ({@link DicomElement#plainDecimalValues}), the first of each; else null (then {@link #concat}).
         */
        private double[] concatNumbers(Location.Concat c, int place) {
            double[] out = new double[c.parts().size()];
            for (int i = 0; i < out.length; i++) {
                DicomElement e = memo.element(place + i, c.parts().get(i).steps().get(0));
                double[] d = e == null ? null : e.plainDecimalValues();
                if (d == null || d.length == 0) {
                    return null;
                }
                out[i] = d[0];
            }
            return out;
        }

        /** {@link #texts} of a concatenation of top-level elements, at the places the memo found them ({@code place} on). */
        private List<String> concat(Location.Concat c, int place) {
            List<String> out = new ArrayList<>(c.parts().size());
            for (int i = 0; i < c.parts().size(); i++) {
                Step step = c.parts().get(i).steps().get(0);
                DicomElement e = memo.element(place + i, step);
                if (e == null && step.creator() != null) {
                    e = privateInGroups(step);
                }
                if (e == null || e.isSequence()) {
                    return null;
                }
                List<String> v = e.strings();
                if (v.isEmpty()) {
                    return null;
                }
                out.add(v.get(0));
            }
            return out;
        }

        /** {@link #eachVector} or {@link #eachNumber}: chosen by a flag, not a method reference made per rule and file. */
        @SuppressWarnings("unchecked")
        private <T> List<T> each(Rule rule, boolean vectors) {
            return (List<T>) (vectors ? eachVector(rule) : eachNumber(rule));
        }

        /** The first number of every frame (distinct, in frame order). */
        List<Double> eachNumber(Rule rule) {
            List<Double> out = new ArrayList<>();
            for (int frame = 0, n = frames(rule.location()); frame < n; frame++) {
                List<String> t = texts(rule.location(), frame);
                if (t != null && !t.isEmpty()) {
                    Double d = Transforms.apply(rule.transform(), t.get(0));
                    if (d != null && !out.contains(d)) {
                        out.add(d);
                    }
                }
            }
            return out;
        }

        /** The three numbers of every frame (distinct, in frame order). */
        List<List<Double>> eachVector(Rule rule) {
            List<List<Double>> out = new ArrayList<>();
            for (int frame = 0, n = frames(rule.location()); frame < n; frame++) {
                List<String> t = texts(rule.location(), frame);
                if (t == null || t.size() < 3) {
                    continue;
                }
                List<Double> v = new ArrayList<>(3);
                for (int i = 0; i < 3; i++) {
                    Double d = Transforms.apply(rule.transform(), t.get(i));
                    if (d == null) {
                        break;
                    }
                    v.add(d);
                }
                if (v.size() == 3 && !out.contains(v)) {
                    out.add(List.copyOf(v));
                }
            }
            return out;
        }

        private int frames(Location l) {
            if (l instanceof Location.Path p && p.functionalGroups()) {
                groups();
                return Math.max(1, perFrameItems.size());
            }
            return 1;
        }

        /** The values at a location as text (numbers formatted by the element), or null when absent. */
        private List<String> texts(Location location, int frame) {
            if (location instanceof Location.Csa c) {
                SiemensCsa.CsaHeader h = csa();
                if (h == null) {
                    return null;
                }
                List<String> all = h.values(c.name());
                List<String> v = all; // the values without the blank ones: a loop, no stream per rule and file
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).isBlank()) {
                        v = new ArrayList<>(all.size());
                        for (String x : all) {
                            if (!x.isBlank()) {
                                v.add(x);
                            }
                        }
                        v = java.util.Collections.unmodifiableList(v);
                        break;
                    }
                }
                return v.isEmpty() ? null : v;
            }
            if (location instanceof Location.Ascconv a) {
                String v = seriesProtocol("ascconv:" + a.key());
                return v == null || v.isEmpty() ? null : List.of(v);
            }
            if (location instanceof Location.GeProtocol g) {
                String v = seriesProtocol("geprotocol:" + g.key());
                return v == null || v.isEmpty() ? null : List.of(v);
            }
            if (location instanceof Location.Concat c) {
                List<String> out = new ArrayList<>();
                for (Location.Path p : c.parts()) {
                    List<String> v = texts(p, frame);
                    if (v == null || v.isEmpty()) {
                        return null;
                    }
                    out.add(v.get(0));
                }
                return out;
            }
            Location.Path p = (Location.Path) location;
            DicomElement e = p.functionalGroups() ? inGroups(p.steps(), frame) : at(root, p.steps());
            if (e == null && !p.functionalGroups() && p.steps().size() == 1 && p.steps().get(0).creator() != null) {
                e = privateInGroups(p.steps().get(0));
            }
            if (e == null || e.isSequence()) {
                return null;
            }
            List<String> v = e.strings();
            return v.isEmpty() ? null : v;
        }

        private DicomElement inGroups(List<Step> steps, int frame) {
            groups();
            if (frame < perFrameItems.size()) {
                DicomElement own = at(perFrameItems.get(frame), steps);
                if (own != null) {
                    return own;
                }
            }
            return at(sharedItem, steps);
        }

        /**
         * Siemens XA keeps its private attributes in sequences of the functional groups: the items of the private
         * sequences of the shared group, then of the first frame's, each searched in that order. The items are listed
         * once per file (a file has tens of private rules whose elements are not at the top level).
         */
        private DicomElement privateInGroups(Step step) {
            if (privateItems == null) {
                groups();
                List<DicomDataset> places = new ArrayList<>();
                places.add(sharedItem);
                if (!perFrameItems.isEmpty()) {
                    places.add(perFrameItems.get(0));
                }
                List<DicomDataset> items = new ArrayList<>();
                for (DicomDataset place : places) {
                    for (DicomElement e : place.elements()) {
                        if (e.isSequence() && Tags.isPrivate(e.tag())) {
                            items.addAll(e.items());
                        }
                    }
                }
                privateItems = items;
            }
            for (int i = 0; i < privateItems.size(); i++) {
                DicomElement found = get(privateItems.get(i), step);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /** {@link #at}{@code (root, steps)} for rule {@code index}, at the place the memo found it when the layout is the same. */
        private DicomElement top(List<Step> steps, int index) {
            return steps.size() != 1 ? at(root, steps) : memo.element(index, steps.get(0));
        }

        private static DicomElement at(DicomDataset ds, List<Step> steps) {
            DicomDataset cur = ds;
            for (int i = 0; i < steps.size() - 1; i++) {
                DicomElement e = get(cur, steps.get(i));
                if (e == null || e.items().isEmpty()) {
                    return null;
                }
                cur = e.items().get(0);
            }
            return get(cur, steps.get(steps.size() - 1));
        }

        private static DicomElement get(DicomDataset ds, Step step) {
            if (step.creator() == null) {
                return ds.get(step.tag()).orElse(null);
            }
            return ds.getPrivate(step.creator(), Tags.group(step.tag()), Tags.element(step.tag())).orElse(null);
        }
    }
}
