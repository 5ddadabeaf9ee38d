package io.github.diapason.conformity.check;

import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.inspect.FieldTable;
import io.github.diapason.conformity.inspect.Inspection;
import io.github.diapason.conformity.inspect.Inspector;
import io.github.diapason.conformity.rules.RuleFile;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The rules read once and kept, for a process that judges exam after exam (the watcher) or re-judges archived
 * ones: the inspector they call for, the verdicts, and what each verdict was judged against (the protocol
 * version of the site's rules and a digest of the rules files, so that a change of rules is noticed).
 */
public final class LoadedRules {

    private final List<RulesSource> files;
    private final List<Diagnostic> diagnostics;
    private final String digest;
    private Inspector inspector;

    private LoadedRules(List<RulesSource> files, List<Diagnostic> diagnostics, String digest) {
        this.files = files;
        this.diagnostics = diagnostics;
        this.digest = digest;
    }

    /** One rules.json or every rules.json under a folder, as {@code check} reads them; problems are diagnostics. */
    public static LoadedRules read(Path rules) {
        Validated<List<RulesSource>> read = DicomCheck.readRules(rules);
        List<RulesSource> files = read.value().orElse(List.of());
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        String digest = "";
        try {
            digest = digest(rules, files);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("RulesIoError", "cannot read the rules to digest them: " + e.getMessage(), "",
                    SourceLocation.file(rules.toString())));
        }
        return new LoadedRules(files, List.copyOf(diagnostics), digest);
    }

    /**
     * {@code sha256:} of every rules file read, in path order, each as its path relative to the rules argument, a NUL,
     * its bytes and a NUL: a change in any rule, or a site's file added or removed, changes it.
     */
    private static String digest(Path root, List<RulesSource> files) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        Path base = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
        for (RulesSource f : files) {
            Path p = Path.of(f.file());
            sha.update(base.toAbsolutePath().relativize(p.toAbsolutePath()).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(p));
            sha.update((byte) 0);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Rules that can judge: read without error and at least one file. */
    public boolean usable() {
        return !files.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public String digest() {
        return digest;
    }

    /** An inspector looking for what these rules name as identifying (as {@code check} does); built once, reusable. */
    public synchronized Inspector inspector() {
        if (inspector == null) {
            FieldTable table = FieldTable.standard();
            inspector = new Inspector(new DicomReader(), table, DicomCheck.identification(files, table), 1);
        }
        return inspector;
    }

    /** The verdicts of the exams inspected. */
    public CheckReport judge(Inspection inspection) {
        return new Checker().check(inspection, files);
    }

    /** The protocol of the site the exam was judged for (the first rules file's when no site matched). */
    public JudgedAgainst judgedAgainst(String siteId) {
        Optional<RuleFile> site = files.stream().map(RulesSource::rules).filter(r -> siteId != null && siteId.equals(r.siteId())).findFirst();
        RuleFile r = site.orElse(files.isEmpty() ? null : files.get(0).rules());
        return r == null ? new JudgedAgainst("", "", digest) : new JudgedAgainst(r.studyId(), r.studyVersion(), digest);
    }
}
