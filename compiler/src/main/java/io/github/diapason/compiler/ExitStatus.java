package io.github.diapason.compiler;

/**
 * The one exit-status table of every command and goal (README, "Exit status"): what a shell
 * script or CI step can rely on, whichever operation it ran.
 */
public enum ExitStatus {
    /** Everything asked was done and nothing was found wrong. */
    OK(0),
    /** Findings: invalid study, non-conformant exam, site not qualified, version gate failed. */
    FINDINGS(1),
    /** The command line itself is wrong (unknown option, missing argument). */
    USAGE(2),
    /** An input could not be read at all (missing, not a regular file, too large, not DICOM). */
    UNREADABLE_INPUT(3),
    /** A bug in Diapason. */
    INTERNAL_ERROR(4);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
