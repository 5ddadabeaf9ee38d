package io.github.diapason.compiler.output;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.read.StudyReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the generated tree may go, and what its publication tells the user: the diagnostics of
 * {@link OutputWriter#publish} for the generate pipeline.
 */
public final class OutputPlacement {

    /** How many removed outputs the note names before "and N more". */
    static final int LISTED = 10;

    private OutputPlacement() {
    }

    /**
     * The output folder must not hold the study (publication replaces the whole folder) nor lie in
     * its {@code sites/} folder (the next run would read the outputs as site files).
     */
    public static List<Diagnostic> check(Path studyDirectory, Path outputDirectory) {
        Path study = studyDirectory.toAbsolutePath().normalize();
        Path out = outputDirectory.toAbsolutePath().normalize();
        SourceLocation at = SourceLocation.file(outputDirectory.toString());
        if (study.startsWith(out)) {
            return List.of(Diagnostic.error("OutputHoldsStudy",
                    "the output folder " + out + " is the study folder or holds it; generate replaces its output folder"
                            + " as a whole",
                    "write the outputs to a folder of their own, such as <study>/target/diapason (the default)", at));
        }
        if (out.startsWith(study.resolve(StudyReader.SITES_FOLDER))) {
            return List.of(Diagnostic.error("OutputInsideSites",
                    "the output folder " + out + " is inside the study's sites folder, where the next run would read"
                            + " the outputs as site files",
                    "write the outputs outside sites/, such as <study>/target/diapason (the default)", at));
        }
        return List.of();
    }

    /** A note naming the outputs of the previous run that the new tree no longer has. */
    public static List<Diagnostic> removedNote(OutputWriter.Summary summary, Path outputDirectory) {
        List<String> removed = summary.removed();
        if (removed.isEmpty()) {
            return List.of();
        }
        String listed = String.join(", ", removed.subList(0, Math.min(LISTED, removed.size())))
                + (removed.size() > LISTED ? " and " + (removed.size() - LISTED) + " more" : "");
        return List.of(new Diagnostic(Severity.NOTE, "OutputsRemoved",
                removed.size() + " output(s) of the previous run are gone, as this run does not produce them: " + listed,
                "nothing to do if a site or a document was removed on purpose",
                SourceLocation.file(outputDirectory.toString())));
    }

    /** Why publication was refused: another run holds the folder, or the folder is not ours. */
    public static Diagnostic refused(IOException e, Path outputDirectory) {
        SourceLocation at = SourceLocation.file(outputDirectory.toString());
        if (e instanceof OutputLock.Busy busy) {
            return Diagnostic.error("OutputLocked", "another Diapason run is writing this output folder now (lock "
                            + busy.lockFile().getFileName() + " held)",
                    "wait for that run to end, then run again; the lock goes with the run, even a killed one", at);
        }
        return Diagnostic.error("OutputFolderNotOurs", "the output folder is not empty and holds no"
                        + " protocol.resolved.json: Diapason did not write it, and publishing would replace its content",
                "choose a new or empty output folder (-o / outputDirectory)", at);
    }
}
