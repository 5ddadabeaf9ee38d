package io.github.diapason.conformity.check;

import java.util.List;

/** The exam-level checks, in the order their findings are listed. */
final class ExamRules {

    private ExamRules() {
    }

    static List<ExamRule> all() {
        return List.of(
                new ScannerMismatch(),
                new UnexpectedSeries(),
                new ScoutSeries(),
                new MissingSequence(),
                new MissingOptionalSequence(),
                new MissingRun(),
                new DuplicateSeries(),
                new RepeatedSeries(),
                new ParameterOutOfTolerance(),
                new EffectiveRepetitionTime(),
                new ValueNotChecked(),
                new CountMismatch(),
                new AnalysisFieldMissing(),
                new SequenceOutOfOrder(),
                new IdentifyingAttributePresent(),
                new NotAPseudonym(),
                new DeidentificationRisk());
    }
}
