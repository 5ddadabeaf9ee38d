package io.github.diapason.model;

/**
 * A sequence a vendor's console acquires inside another sequence's series, as one of its dynamics, instead of as a
 * series of its own: {@code dynamic} k (2 or more: dynamic 1 is the host sequence itself) of the series of
 * sequence {@code sequence}. The spine-generic Philips R5.3 ExamCard acquires the MT-off image of GRE-MT0 as the
 * second dynamic of GRE-MT ('Dynamic study individual', 'dyn scans 2', MTC on the first dynamic only), where
 * Siemens and GE acquire two series. Given per vendor in an override (a {@link SequencePatch}).
 */
public record DynamicOf(String sequence, int dynamic) {
}
