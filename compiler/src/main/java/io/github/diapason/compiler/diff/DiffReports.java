package io.github.diapason.compiler.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.compiler.output.OutputTree;
import io.github.diapason.compiler.render.MarkdownFormat;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.text.ControlCharacters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a diff and its verdict as three files under {@code diff/}: {@code protocol-diff.md} (a
 * pull-request comment, grouped by site), {@code protocol-diff.json} (for tools) and
 * {@code amendment-summary.md} (for the ethics file). Pure and deterministic: no paths of the
 * machine, no timestamps, stable order.
 */
final class DiffReports {

    public static final String FOLDER = "diff/";
    public static final String MARKDOWN = FOLDER + "protocol-diff.md";
    public static final String JSON = FOLDER + "protocol-diff.json";
    public static final String AMENDMENT = FOLDER + "amendment-summary.md";

    private DiffReports() {
    }

    public static OutputTree render(ProtocolDiff diff, GateVerdict verdict, String baseline) {
        return new OutputTree()
                .put(MARKDOWN, markdown(diff, verdict, baseline))
                .put(JSON, json(diff, verdict, baseline))
                .put(AMENDMENT, amendment(diff, verdict, baseline));
    }

    // ---------------------------------------------------------------- pull-request comment

    static String markdown(ProtocolDiff diff, GateVerdict verdict, String baseline) {
        StringBuilder md = new StringBuilder();
        md.append("## Protocol diff: ").append(diff.study()).append(' ').append(diff.baselineVersion())
                .append(" → ").append(diff.currentVersion()).append("\n\n");
        md.append(gateLine(diff, verdict)).append("\n\n");
        List<String> requalify = diff.sitesToRequalify();
        md.append("Compared with ").append(code(baseline)).append(": ").append(diff.changes().size())
                .append(diff.changes().size() == 1 ? " change" : " changes").append("; ")
                .append(requalify.isEmpty() ? "no site must re-qualify."
                        : "**sites to re-qualify: " + String.join(", ", requalify) + "**.").append("\n\n");
        List<Diagnostic> errors = verdict.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(d -> md.append("> **").append(d.code()).append("**: ").append(cell(d.message()))
                    .append("\n"));
            md.append("\n");
        }
        md.append("### Changes by site\n\n");
        for (String site : diff.sites()) {
            List<Change> here = diff.changesAt(site);
            Map<String, List<ConsoleChange>> console = diff.consoleAt(site);
            boolean must = here.stream().anyMatch(c -> c.kind().requalify());
            md.append("#### ").append(site).append(" — ")
                    .append(here.isEmpty() && console.isEmpty() ? "no change"
                            : must ? "must re-qualify" : "no re-qualification needed").append("\n\n");
            md.append("Scanner: ").append(diff.scanners().getOrDefault(site, "")).append("\n\n");
            if (here.isEmpty() && console.isEmpty()) {
                continue;
            }
            if (!here.isEmpty()) {
                md.append("| Sequence | Change | Before | After | Bump | Re-qualify |\n")
                        .append("| --- | --- | --- | --- | --- | --- |\n");
                for (Change c : here) {
                    md.append("| ").append(cell(c.sequence().isEmpty() ? "—" : c.sequence())).append(" | ")
                            .append(cell(what(c))).append(" | ").append(cell(c.before())).append(" | ")
                            .append(cell(c.after())).append(" | ").append(bump(c, verdict)).append(" | ")
                            .append(c.kind().requalify() ? "yes" : "no").append(" |\n");
                }
                md.append("\n");
            }
            if (!console.isEmpty()) {
                md.append("On the console:\n\n| Sequence | Card › parameter | Before | After |\n")
                        .append("| --- | --- | --- | --- |\n");
                console.forEach((seq, lines) -> lines.forEach(l -> md.append("| ").append(cell(seq)).append(" | ")
                        .append(cell(l.card().isEmpty() ? l.label() : l.card() + " › " + l.label())).append(" | ")
                        .append(cell(l.before())).append(" | ").append(cell(l.after())).append(" |\n")));
                md.append("\n");
            }
        }
        List<Change> protocolLevel = diff.changes().stream().filter(c -> !c.isSiteLevel()).toList();
        md.append("### Protocol-level changes\n\n");
        if (protocolLevel.isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("| Change | Sequence | Subject | Before | After | Bump | Sites |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (Change c : protocolLevel) {
                md.append("| ").append(c.kind().id()).append(" | ").append(cell(c.sequence())).append(" | ")
                        .append(cell(c.subject() + (c.detail().isEmpty() ? "" : " (" + c.detail() + ")")))
                        .append(" | ").append(cell(c.before())).append(" | ").append(cell(c.after())).append(" | ")
                        .append(bump(c, verdict)).append(" | ").append(cell(String.join(", ", c.sites())))
                        .append(" |\n");
            }
            md.append("\n");
        }
        if (!verdict.accepted().isEmpty()) {
            md.append("### Accepted changes\n\n| Change | Where | Justification |\n| --- | --- | --- |\n");
            for (GateVerdict.Accepted a : verdict.accepted()) {
                md.append("| ").append(cell(a.change().describe())).append(" | ")
                        .append(cell(String.join(", ", a.change().sites()))).append(" | ")
                        .append(text(a.acceptance().justification())).append(" |\n");
            }
            md.append("\n");
        }
        Set<String> reasons = reasons(diff);
        if (!reasons.isEmpty()) {
            md.append("### Reasons given in overrides\n\n");
            reasons.forEach(r -> md.append("- ").append(text(r)).append('\n'));
            md.append('\n');
        }
        md.append("<sub>Generated by Diapason `diff`. Bumps: major = old and new data no longer comparable; ")
                .append("minor = console or data flow changes; patch = words only.</sub>\n");
        return md.toString();
    }

    private static String gateLine(ProtocolDiff diff, GateVerdict verdict) {
        String need = verdict.required() == VersionBump.NONE ? "no change needs a version bump"
                : "the changes need a **" + verdict.required().label() + "** bump";
        if (verdict.passed()) {
            return "**Version gate: passed.** " + capitalise(need) + "; " + diff.baselineVersion() + " → "
                    + diff.currentVersion() + (verdict.actual() == null ? "" : " is a " + verdict.actual().label()
                    + (verdict.actual() == VersionBump.NONE ? " change" : " bump")) + ".";
        }
        return "**Version gate: FAILED.** " + capitalise(need)
                + (verdict.suggestedVersion().isEmpty() ? "" : " (at least " + verdict.suggestedVersion() + ")") + "; "
                + diff.baselineVersion() + " → " + diff.currentVersion()
                + (verdict.actual() == null ? " is not an increase." : " is "
                + (verdict.actual() == VersionBump.NONE ? "no bump." : "a " + verdict.actual().label() + " bump."));
    }

    private static String what(Change c) {
        String what = c.detail().isEmpty() ? c.kind().description() : c.detail();
        return c.subject().isEmpty() ? what : c.subject() + ": " + what;
    }

    private static String bump(Change c, GateVerdict verdict) {
        boolean accepted = verdict.accepted().stream().anyMatch(a -> a.change() == c);
        return accepted ? c.kind().bump().label() + " (accepted)" : c.kind().bump().label();
    }

    // ---------------------------------------------------------------- ethics file

    static String amendment(ProtocolDiff diff, GateVerdict verdict, String baseline) {
        StringBuilder md = new StringBuilder();
        md.append("# Protocol amendment summary: ").append(diff.study()).append("\n\n");
        md.append("- Previous version: ").append(diff.baselineVersion()).append(" (").append(baseline).append(")\n");
        md.append("- New version: ").append(diff.currentVersion()).append('\n');
        md.append("- Nature of the amendment: ").append(nature(verdict.required())).append("\n\n");
        md.append("## What changed\n\n");
        List<ChangeGroup> groups = ChangeGroup.of(diff.changes());
        if (groups.isEmpty()) {
            md.append("Nothing in the protocol or the site files changed.\n\n");
        } else {
            for (ChangeGroup g : groups) {
                md.append("- ").append(sentence(g)).append('\n');
            }
            md.append('\n');
        }
        md.append("## Reasons given\n\n");
        Set<String> reasons = reasons(diff);
        verdict.accepted().forEach(a -> reasons.add("Accepted " + a.acceptance().label() + ": "
                + a.acceptance().justification()));
        if (reasons.isEmpty()) {
            md.append("No override or acceptance gives a reason for these changes.\n\n");
        } else {
            reasons.forEach(r -> md.append("- ").append(text(r)).append('\n'));
            md.append('\n');
        }
        md.append("## Affected sites\n\n| Site | Scanner | Changes | Re-qualification |\n| --- | --- | --- | --- |\n");
        for (String site : diff.sites()) {
            List<Change> here = diff.changesAt(site);
            if (here.isEmpty() && diff.consoleAt(site).isEmpty()) {
                continue;
            }
            boolean must = here.stream().anyMatch(c -> c.kind().requalify());
            md.append("| ").append(site).append(" | ").append(cell(diff.scanners().getOrDefault(site, "")))
                    .append(" | ").append(here.size()).append(" | ").append(must ? "required" : "not required")
                    .append(" |\n");
        }
        md.append('\n');
        List<Change> longitudinal = diff.changes().stream().filter(c -> c.kind() == ChangeKind.SITE_SCANNER_CHANGED
                || c.kind() == ChangeKind.SOFTWARE_VERSION_CHANGED || c.kind() == ChangeKind.SERIAL_CHANGED).toList();
        if (!longitudinal.isEmpty()) {
            md.append("## Longitudinal follow-up\n\n");
            longitudinal.forEach(c -> md.append("- ").append(c.site()).append(": ").append(c.before()).append(" → ")
                    .append(c.after()).append(". Follow-up visits cross this change; consider scanning volunteers ")
                    .append("on both systems (practice reference, section 9).\n"));
            md.append('\n');
        }
        return md.toString();
    }

    private static String nature(VersionBump bump) {
        return switch (bump) {
            case MAJOR -> "major: acquisition changes that make new data not directly comparable with earlier data";
            case MINOR -> "minor: changes to what sites do or to the data flow; earlier data stay comparable";
            case PATCH -> "patch: wording only";
            case NONE -> "none: no change found";
        };
    }

    private static String sentence(ChangeGroup g) {
        Change c = g.first();
        StringBuilder s = new StringBuilder(capitalise(c.kind().description()));
        if (!c.subject().isEmpty()) {
            s.append(": ").append(c.subject());
        }
        if (!c.sequence().isEmpty()) {
            s.append(c.subject().isEmpty() ? ": " : " of ").append("sequence ").append(c.sequence());
        }
        if (!c.before().isEmpty() || !c.after().isEmpty()) {
            s.append(", ").append(c.before().isEmpty() ? "(none)" : c.before()).append(" → ")
                    .append(c.after().isEmpty() ? "(none)" : c.after());
        }
        if (!c.detail().isEmpty()) {
            s.append(" (").append(c.detail()).append(')');
        }
        if (!g.sites().isEmpty()) {
            s.append("; sites: ").append(String.join(", ", g.sites()));
        }
        if (c.kind().requalify() && !g.sites().isEmpty()) {
            s.append("; re-qualification required");
        }
        return s.append('.').toString();
    }

    private static Set<String> reasons(ProtocolDiff diff) {
        Set<String> out = new LinkedHashSet<>();
        diff.changes().forEach(c -> out.addAll(c.reasons()));
        return out;
    }

    // ---------------------------------------------------------------- for tools

    static String json(ProtocolDiff diff, GateVerdict verdict, String baseline) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("study", diff.study());
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("description", baseline);
        base.put("version", diff.baselineVersion());
        root.put("baseline", base);
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("version", diff.currentVersion());
        root.put("current", current);
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("passed", verdict.passed());
        gate.put("requiredBump", verdict.required().label());
        gate.put("actualBump", verdict.actual() == null ? null : verdict.actual().label());
        gate.put("minimumVersion", verdict.suggestedVersion());
        root.put("gate", gate);
        root.put("sitesToRequalify", diff.sitesToRequalify());
        List<Object> changes = new ArrayList<>();
        for (Change c : diff.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind().name());
            m.put("bump", c.kind().bump().label());
            m.put("requalify", c.kind().requalify());
            m.put("site", c.site());
            m.put("sites", c.sites());
            m.put("sequence", c.sequence());
            m.put("subject", c.subject());
            m.put("before", c.before());
            m.put("after", c.after());
            m.put("detail", c.detail());
            m.put("reasons", c.reasons());
            m.put("pointer", c.pointer());
            verdict.accepted().stream().filter(a -> a.change() == c).findFirst()
                    .ifPresent(a -> m.put("acceptedBecause", a.acceptance().justification()));
            changes.add(m);
        }
        root.put("changes", changes);
        Map<String, Object> console = new LinkedHashMap<>();
        diff.console().forEach((site, bySeq) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            bySeq.forEach((seq, lines) -> s.put(seq, lines.stream().map(l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("card", l.card());
                m.put("label", l.label());
                m.put("before", l.before());
                m.put("after", l.after());
                return m;
            }).toList()));
            console.put(site, s);
        });
        root.put("console", console);
        root.put("diagnostics", verdict.diagnostics().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", d.severity().label());
            m.put("code", d.code());
            m.put("message", d.message());
            return m;
        }).toList());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Free text a person wrote (a reason, a justification): Markdown-escaped, one line, no control character. */
    private static String text(String s) {
        return MarkdownFormat.escape(s);
    }

    private static String cell(String s) {
        return ControlCharacters.strip(s).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String code(String s) {
        return "`" + s.replace("`", "'") + "`";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
