package io.github.diapason.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The first positional parameter of the commands that read one study: its folder. */
final class StudyFolder {

    @Parameters(index = "0", paramLabel = "<study-dir>", description = "The study folder (protocol + sites/).")
    private Path study;

    Path path() {
        return study;
    }
}
