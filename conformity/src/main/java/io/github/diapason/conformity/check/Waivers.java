package io.github.diapason.conformity.check;

import io.github.diapason.conformity.check.ExamReport.Waived;
import io.github.diapason.conformity.rules.WaiverRule;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a site's waivers to the findings of one exam. A waiver matches a finding about its
 * sequence, and its parameter and finding code when it names them. It applies when the exam was
 * acquired on or before its expiry date: the date is the exam's own (StudyDate), never today's, so a
 * verdict does not change with the day it is computed and re-judging an archived exam is stable.
 * An applied waiver lowers the finding to the waiver's severity (never raises it); a matching waiver
 * that does not apply (expired before the exam, or the exam undated) leaves the finding as it was,
 * and the report says which waiver that was. Findings about identification are never waived.
 */
final class Waivers {

    /** A leak of identifying data is never an accepted deviation; an exam without rules has no site to waive for. */
    static final Set<String> NEVER_WAIVED = Set.of(IdentifyingAttributePresent.class.getSimpleName(),
            NotAPseudonym.class.getSimpleName(), DeidentificationRisk.class.getSimpleName(), NoRuleSet.class.getSimpleName());

    record Applied(List<Diagnostic> findings, List<Waived> waived) {
    }

    private Waivers() {
    }

    static Applied apply(List<WaiverRule> waivers, LocalDate examDate, List<Diagnostic> findings) {
        if (waivers.isEmpty()) {
            return new Applied(findings, List.of());
        }
        List<Diagnostic> out = new ArrayList<>(findings.size());
        List<Waived> waived = new ArrayList<>();
        for (Diagnostic f : findings) {
            List<WaiverRule> matching = f.severity() == Severity.NOTE || NEVER_WAIVED.contains(f.code()) ? List.of()
                    : waivers.stream().filter(w -> matches(w, f)).toList();
            if (matching.isEmpty()) {
                out.add(f);
                continue;
            }
            Optional<WaiverRule> covering = matching.stream().filter(w -> w.coversExamOn(examDate)).findFirst();
            if (covering.isPresent()) {
                WaiverRule w = covering.get();
                Severity lowered = w.waivedSeverity().ordinal() > f.severity().ordinal() ? w.waivedSeverity() : f.severity();
                Diagnostic d = new Diagnostic(lowered, f.code(), f.message(), f.hint(), f.location(), f.subject(),
                        f.expected(), f.actual());
                out.add(d);
                waived.add(new Waived(d, f.severity(), w, Waived.Status.WAIVED));
            } else {
                WaiverRule latest = matching.stream().max(Comparator.comparing(WaiverRule::expires)).orElseThrow();
                out.add(f);
                waived.add(new Waived(f, f.severity(), latest, examDate == null ? Waived.Status.UNDATED : Waived.Status.EXPIRED));
            }
        }
        return new Applied(out, waived);
    }

    static boolean matches(WaiverRule w, Diagnostic f) {
        return w.sequence().equals(f.subject().sequence())
                && (w.parameter() == null || w.parameter().equals(f.subject().parameter()))
                && (w.finding() == null || w.finding().equals(f.code()));
    }
}
