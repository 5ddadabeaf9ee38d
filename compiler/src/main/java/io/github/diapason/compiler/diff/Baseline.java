package io.github.diapason.compiler.diff;

import java.nio.file.Path;

/**
 * What the current study is compared with: a study folder, the same study folder at a git
 * revision of its repository, or a released {@code protocol-bundle} zip (which carries the
 * study's source files under {@code study/}).
 */
public sealed interface Baseline {

    /** How the reports name the baseline. */
    String describe();

    record Directory(Path directory) implements Baseline {
        @Override
        public String describe() {
            return "folder " + directory;
        }
    }

    /** A revision (tag, branch, commit, {@code HEAD~1}, {@code origin/main}) of the repository holding the study. */
    record GitRevision(String revision) implements Baseline {
        @Override
        public String describe() {
            return "git revision " + revision;
        }
    }

    /** A protocol bundle zip; {@code name} is how to call it (e.g. its Maven coordinates). */
    record Bundle(Path zip, String name) implements Baseline {
        @Override
        public String describe() {
            return "protocol bundle " + name;
        }
    }
}
