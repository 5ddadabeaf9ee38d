package io.github.diapason.vendor;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.model.Technique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;

/** The adapters found on the class path through {@link ServiceLoader}, keyed by vendor id. */
public final class VendorAdapters {
    private final Map<String, VendorAdapter> byId;

    private VendorAdapters(Map<String, VendorAdapter> byId) {
        this.byId = byId;
    }

    /** The adapters registered in {@code META-INF/services} visible from this class's loader. */
    public static VendorAdapters load() {
        return load(VendorAdapters.class.getClassLoader());
    }

    public static VendorAdapters load(ClassLoader loader) {
        return of(ServiceLoader.load(VendorAdapter.class, loader).stream().map(ServiceLoader.Provider::get).toList());
    }

    public static VendorAdapters of(List<VendorAdapter> adapters) {
        Map<String, VendorAdapter> m = new TreeMap<>();
        adapters.forEach(a -> m.put(a.id().toLowerCase(Locale.ROOT), a));
        return new VendorAdapters(m);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public List<VendorAdapter> all() {
        return List.copyOf(byId.values());
    }

    /** The adapter of a vendor id (case-insensitive); an unknown id gives an error listing the valid ones. */
    public Validated<VendorAdapter> find(String vendorId, SourceLocation location) {
        VendorAdapter a = vendorId == null ? null : byId.get(vendorId.toLowerCase(Locale.ROOT));
        if (a != null) {
            return Validated.of(a, List.of());
        }
        return Validated.failed(List.of(Diagnostic.error("UnknownVendor",
                "unknown vendor '" + vendorId + "'; valid vendors: " + String.join(", ", ids()),
                "use one of: " + String.join(", ", ids()), location)));
    }

    /**
     * What each adapter supports, as a Markdown table: one row per technique of the closed
     * vocabulary and per licence option, one column per vendor, each cell the product or option
     * name on that vendor ("—" when unsupported).
     */
    public String supportMatrix() {
        List<VendorAdapter> adapters = all();
        StringBuilder s = new StringBuilder();
        s.append("| technique |");
        adapters.forEach(a -> s.append(' ').append(a.profile().displayName()).append(" |"));
        s.append('\n').append("| --- |");
        adapters.forEach(a -> s.append(" --- |"));
        s.append('\n');
        for (Technique t : Technique.values()) {
            row(s, t.id(), adapters.stream().map(a -> a.profile().productName(t).orElse("—")).toList());
        }
        TreeSet<String> options = new TreeSet<>();
        adapters.forEach(a -> options.addAll(a.profile().options().keySet()));
        s.append('\n').append("| option |");
        adapters.forEach(a -> s.append(' ').append(a.profile().displayName()).append(" |"));
        s.append('\n').append("| --- |");
        adapters.forEach(a -> s.append(" --- |"));
        s.append('\n');
        for (String o : options) {
            row(s, o, adapters.stream().map(a -> a.profile().options().getOrDefault(o, "—")).toList());
        }
        s.append('\n').append("| field strengths (T) |");
        adapters.forEach(a -> s.append(' ').append(String.join(", ", a.profile().fieldStrengths().stream()
                .sorted(Comparator.naturalOrder()).map(b -> String.format(Locale.ROOT, "%.1f", b)).toList())).append(" |"));
        s.append('\n');
        return s.toString();
    }

    private static void row(StringBuilder s, String head, List<String> cells) {
        List<String> escaped = new ArrayList<>();
        cells.forEach(c -> escaped.add(c.replace("|", "\\|")));
        s.append("| ").append(head).append(" | ").append(String.join(" | ", escaped)).append(" |\n");
    }

    /** Support as data: technique id → vendor id → product name, for templates. */
    public Map<String, Map<String, String>> supportByTechnique() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        for (Technique t : Technique.values()) {
            Map<String, String> row = new LinkedHashMap<>();
            all().forEach(a -> a.profile().productName(t).ifPresent(p -> row.put(a.id(), p)));
            m.put(t.id(), row);
        }
        return m;
    }
}
