package io.github.diapason.compiler.diff;

import java.util.Locale;

/**
 * The fixed catalogue of protocol changes (the facts of a diff), each knowing the version bump
 * it implies and whether the sites it touches must be qualified again (practice reference
 * sections 8 and 9). Whether a kind fails a build is policy ({@link DiffPolicy}), not fact.
 *
 * <p>The rule of thumb for the bumps: <b>major</b> when data acquired under the old version are no
 * longer comparable with data acquired under the new one (what a longitudinal analysis pools);
 * <b>minor</b> when what happens at a console or in the data flow changes but existing data stay
 * comparable; <b>patch</b> when only words change (manual text, contacts, instructions).
 */
enum ChangeKind {

    /** A parameter of a mandatory sequence moved beyond the tolerance the old version allowed: old and new data differ. */
    ACQUISITION_PARAMETER_BEYOND_TOLERANCE(VersionBump.MAJOR, true,
            "acquisition parameter of a mandatory sequence changed beyond its tolerance"),
    /** The same on an optional sequence: the sequence's data change, the study's primary data do not. */
    OPTIONAL_ACQUISITION_PARAMETER_BEYOND_TOLERANCE(VersionBump.MINOR, true,
            "acquisition parameter of an optional sequence changed beyond its tolerance"),
    /**
     * A parameter changed within the tolerance the old version allowed. Minor, not patch: the
     * protocol itself declared both values interchangeable, so data stay comparable (not major),
     * but the value typed at the console changes, which is more than a change of words (not
     * patch). No re-qualification: a site already qualified within that tolerance.
     */
    ACQUISITION_PARAMETER_WITHIN_TOLERANCE(VersionBump.MINOR, false,
            "acquisition parameter changed within its tolerance"),
    /** A tolerance grew: data that failed conformity may now pass; the rule sets change. */
    TOLERANCE_WIDENED(VersionBump.MINOR, false, "tolerance widened"),
    /** A tolerance shrank: the rule sets change; a site whose console cannot meet it fails generation. */
    TOLERANCE_NARROWED(VersionBump.MINOR, false, "tolerance narrowed"),
    /** Technique, orientation, diffusion scheme, fMRI run or required options of a sequence changed. */
    SEQUENCE_SETUP_CHANGED(VersionBump.MAJOR, true, "sequence technique, orientation, diffusion or fMRI setup changed"),
    /** The series name the console and the checker use changed. */
    SERIES_NAME_CHANGED(VersionBump.MINOR, false, "series name changed"),
    SEQUENCE_ADDED_OPTIONAL(VersionBump.MINOR, true, "optional sequence added"),
    SEQUENCE_ADDED_MANDATORY(VersionBump.MAJOR, true, "mandatory sequence added"),
    /** Analyses built on a removed sequence lose their data from now on. */
    SEQUENCE_REMOVED(VersionBump.MAJOR, false, "sequence removed"),
    SEQUENCE_MADE_MANDATORY(VersionBump.MAJOR, true, "sequence made mandatory"),
    SEQUENCE_MADE_OPTIONAL(VersionBump.MINOR, false, "sequence made optional"),
    /** Order matters (contrast timing, head motion late in the exam) but data of each sequence stay comparable. */
    SEQUENCE_ORDER_CHANGED(VersionBump.MINOR, false, "sequence order changed"),
    /** A site stops running an optional sequence (equipment, licence or exclusion changed). */
    SITE_SEQUENCE_DROPPED(VersionBump.MINOR, false, "site no longer runs a sequence"),
    /** A site starts running a sequence it did not run: it must show it can. */
    SITE_SEQUENCE_RESUMED(VersionBump.MINOR, true, "site now runs a sequence"),
    /**
     * What the console shows changed while the neutral protocol did not: an adapter's rules
     * (steps, naming, conversions) or a site's scanner data. The site types something else: re-qualify.
     */
    CONSOLE_VALUE_CHANGED(VersionBump.MINOR, true, "console value changed after translation"),
    /**
     * A harmonisation decision was added. Its acquisition effect is classified per site by the
     * changes it causes there; the override itself is documentation of that decision (patch).
     */
    OVERRIDE_ADDED(VersionBump.PATCH, false, "override added"),
    OVERRIDE_REMOVED(VersionBump.PATCH, false, "override removed"),
    OVERRIDE_CHANGED(VersionBump.PATCH, false, "override changed"),
    /** A new site must be qualified before its first exam. */
    SITE_ADDED(VersionBump.MINOR, true, "site added"),
    SITE_REMOVED(VersionBump.MINOR, false, "site removed"),
    /** New vendor, model or field strength: like a new site (section 9); longitudinal data cross systems. */
    SITE_SCANNER_CHANGED(VersionBump.MINOR, true, "site scanner changed (longitudinal warning)"),
    /** A software upgrade can change reconstruction and sequence behaviour (section 9). */
    SOFTWARE_VERSION_CHANGED(VersionBump.MINOR, true, "scanner software version changed (longitudinal warning)"),
    /** Another physical device under the same model. */
    SERIAL_CHANGED(VersionBump.MINOR, true, "scanner serial number changed (longitudinal warning)"),
    /** Coils, licensed options, phantoms or exclusions; their effect on sequences is reported separately. */
    SITE_EQUIPMENT_CHANGED(VersionBump.PATCH, false, "site equipment listed changed"),
    /** Exam time budget, patient position, coil channels, contrast agent. */
    EXAM_SETUP_CHANGED(VersionBump.MINOR, false, "exam setup changed"),
    /** What is kept and removed from the images changes: the ethics file must say so. */
    DEIDENTIFICATION_CHANGED(VersionBump.MINOR, false, "de-identification changed"),
    /** The qualification exam tests the real transfer path (section 8): a new path must be tested again. */
    TRANSFER_CHANGED(VersionBump.MINOR, true, "transfer method or destination changed"),
    /** Manual text, contacts, instructions, titles: words only. */
    TEXT_ONLY(VersionBump.PATCH, false, "text only");

    private final VersionBump bump;
    private final boolean requalify;
    private final String description;

    ChangeKind(VersionBump bump, boolean requalify, String description) {
        this.bump = bump;
        this.requalify = requalify;
        this.description = description;
    }

    public VersionBump bump() {
        return bump;
    }

    /** Whether the sites this change touches must pass a qualification exam again. */
    public boolean requalify() {
        return requalify;
    }

    public String description() {
        return description;
    }

    /** Lower-case id with dashes, as written in configuration and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts the enum name or the id, any case. */
    public static java.util.Optional<ChangeKind> parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return java.util.Arrays.stream(values()).filter(k -> k.name().equals(key)).findFirst();
    }

    /** Whether the kind concerns mandatory or optional sequences only ("" when either), for people. */
    String sequenceRole() {
        return switch (this) {
            case ACQUISITION_PARAMETER_BEYOND_TOLERANCE, SEQUENCE_ADDED_MANDATORY, SEQUENCE_MADE_MANDATORY -> "mandatory";
            case OPTIONAL_ACQUISITION_PARAMETER_BEYOND_TOLERANCE, SEQUENCE_ADDED_OPTIONAL, SEQUENCE_MADE_OPTIONAL -> "optional";
            default -> "";
        };
    }
}
