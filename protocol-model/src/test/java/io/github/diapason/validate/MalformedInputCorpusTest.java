package io.github.diapason.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.read.LoadedStudy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The malformed-input corpus: every folder under {@code src/test/resources/malformed/} (reader and
 * schema problems) and {@code src/test/resources/malformed-semantic/} (semantic rules) is a study
 * folder, next to {@code expected.diagnostics} listing, one per line and in the order
 * {@link StudyValidation} returns them, the exact diagnostics expected:
 *
 * <pre>{@code <severity> <CODE> <file relative to the case folder>:<line>:<column> <path>}</pre>
 *
 * ({@code .} is the case folder itself; {@code 0:0} when there is no line; blank lines and lines
 * starting with {@code #} are ignored). Adding a case is adding a folder; run the test once and the
 * failure message prints the actual lines to review and paste.
 *
 * <p>Optional files in a case folder, never read as study files:
 * <ul>
 *   <li>{@code README} — one line saying what the case shows (shown in the test name);</li>
 *   <li>{@code GENERATE} — lines {@code <file> <size in MiB>}: the case is copied to a temporary
 *       folder (symbolic links as links) and each file is written there at that size, so huge inputs
 *       are never committed; {@code <file> fifo} makes a named pipe there instead, and
 *       {@code <file> link <target>} a symbolic link ({@code @outside}: to a file outside the study
 *       folder holding {@link #SECRET}, which no diagnostic may quote);</li>
 *   <li>{@code SKIP_WHILE} — diagnostic codes, one per line: the case is skipped (an assumption,
 *       not a failure) while any of them is among the actual diagnostics; used for cases whose
 *       reader is still a placeholder. Delete the file when the reader lands.</li>
 * </ul>
 *
 * <p>For every case, whatever it expects: no exception escapes, every diagnostic has a message and
 * a hint that carry no stack-trace text nor Java member names, and validation ends within {@link #SAFETY_NET} (not a performance bound: it
 * turns a hang on hostile input into a failure).
 */
class MalformedInputCorpusTest {

    static final Path MALFORMED = Path.of("src/test/resources/malformed");
    static final Path SEMANTIC = Path.of("src/test/resources/malformed-semantic");
    static final Duration SAFETY_NET = Duration.ofSeconds(20);

    static final String EXPECTED = "expected.diagnostics";
    /** The content of the file a {@code link @outside} points at: no diagnostic may show it. */
    static final String SECRET = "CI_TOKEN=do-not-print-me";
    static final String README = "README";
    static final String GENERATE = "GENERATE";
    static final String SKIP_WHILE = "SKIP_WHILE";
    private static final Set<String> CASE_FILES = Set.of(EXPECTED, README, GENERATE, SKIP_WHILE);

    /** Lines like {@code at com.foo.Bar.baz(Bar.java:12)}, or a thrown class printed by toString(). */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(^|\\n)\\s*at [\\w$.]+\\([^)]*\\)|\\b(java|javax|jakarta|com|org|io)\\.[\\w.$]+(Exception|Error)\\b"
                    + "|\\bCaused by:|\\.java:\\d+\\)");

    /**
     * A Java member such as {@code StreamReadConstraints.getMaxNestingDepth()} or a qualified class
     * name such as {@code com.fasterxml.jackson.databind.JsonNode}: library internals, not user text.
     */
    private static final Pattern JAVA_MEMBER = Pattern.compile("\\b[A-Z]\\w*\\.[a-z]\\w*\\(\\)"
            + "|\\b(java|javax|jakarta|com|org|io)\\.[a-z]\\w*\\.[\\w.]*[A-Z]\\w*");

    private static final StudyValidation VALIDATION = StudyValidation.standard(TestVendors.IDS);

    @TestFactory
    Stream<DynamicTest> readerAndSchemaCases() {
        return cases(MALFORMED, (expected, actual, caseName) -> { });
    }

    /**
     * Semantic rules are being written: a case whose expected rule has not landed yet validates
     * cleanly today. Such a case is skipped, not failed, while the actual list is empty and none of
     * its expected codes appears; it starts counting as soon as its rule reports anything.
     */
    @TestFactory
    Stream<DynamicTest> semanticRuleCases() {
        return cases(SEMANTIC, (expected, actual, caseName) -> {
            Set<String> expectedCodes = expected.stream().map(l -> l.split(" ")[1]).collect(Collectors.toSet());
            boolean ruleSeen = actual.stream().anyMatch(d -> expectedCodes.contains(d.code()));
            assumeFalse(actual.isEmpty() && !ruleSeen && !expected.isEmpty(),
                    caseName + ": waiting for rule " + String.join(", ", expectedCodes) + " in Rules.all()");
        });
    }

    @FunctionalInterface
    interface Gate {
        void check(List<String> expected, List<Diagnostic> actual, String caseName);
    }

    private static Stream<DynamicTest> cases(Path root, Gate gate) {
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (folders.isEmpty()) {
            fail("no cases under " + root);
        }
        return folders.stream().map(folder -> {
            String name = folder.getFileName().toString();
            String readme = readIfPresent(folder.resolve(README)).strip().lines().findFirst().orElse("");
            return DynamicTest.dynamicTest(readme.isEmpty() ? name : name + " — " + readme,
                    () -> runCase(folder, gate));
        });
    }

    private static void runCase(Path caseFolder, Gate gate) throws IOException {
        String name = caseFolder.getFileName().toString();
        Path expectedFile = caseFolder.resolve(EXPECTED);
        List<String> expected = Files.isRegularFile(expectedFile) ? meaningfulLines(expectedFile) : null;

        Path studyDir = caseFolder;
        Path temp = null;
        try {
            if (Files.isRegularFile(caseFolder.resolve(GENERATE))) {
                temp = Files.createTempDirectory("diapason-corpus-" + name);
                studyDir = temp.resolve(name);
                copyStudy(caseFolder, studyDir);
                generate(caseFolder.resolve(GENERATE), studyDir);
            }
            List<Diagnostic> actual = validateSafely(studyDir);
            List<String> actualLines = new ArrayList<>();
            for (Diagnostic d : actual) {
                actualLines.add(line(d, studyDir));
            }
            String printed = name + " — actual diagnostics (paste into " + EXPECTED + " after review):\n"
                    + actualLines.stream().collect(Collectors.joining("\n")) + "\n"
                    + actual.stream().map(d -> "    # " + d.summary() + " — " + d.hint())
                    .collect(Collectors.joining("\n"));

            for (String code : readIfPresent(caseFolder.resolve(SKIP_WHILE)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                assumeFalse(actual.stream().anyMatch(d -> d.code().equals(code)),
                        name + ": skipped while the actual diagnostics contain " + code);
            }
            for (Diagnostic d : actual) {
                assertActionable(name, d);
            }
            if (expected == null) {
                System.out.println(printed);
                fail(name + ": no " + EXPECTED + " in " + caseFolder + "\n" + printed);
            }
            gate.check(expected, actual, name);
            if (!expected.equals(actualLines)) {
                System.out.println(printed);
            }
            assertEquals(String.join("\n", expected), String.join("\n", actualLines), printed);
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    /** Validation under the safety net, with any escaping exception turned into a readable failure. */
    private static List<Diagnostic> validateSafely(Path studyDir) {
        Validated<LoadedStudy> result = assertTimeoutPreemptively(SAFETY_NET, () -> {
            try {
                return VALIDATION.validate(studyDir);
            } catch (Throwable t) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                return fail("an exception escaped validation of " + studyDir + "; bad input must give diagnostics\n"
                        + trace);
            }
        }, () -> "validation of " + studyDir + " did not finish within " + SAFETY_NET.toSeconds() + " s");
        return result.diagnostics();
    }

    /**
     * What the user reads must be theirs to act on: a message and a hint, neither showing a stack
     * trace or naming library internals, and no hint ending on an empty list ("allowed here: ").
     */
    private static void assertActionable(String caseName, Diagnostic d) {
        if (d.message().isBlank() || d.hint().isBlank()) {
            fail(caseName + ": " + d.code() + " has no message or no hint: " + d.summary());
        }
        if (d.message().contains(SECRET) || d.hint().contains(SECRET)) {
            fail(caseName + ": " + d.code() + " quotes the content of a file outside the study folder");
        }
        for (String text : List.of(d.message(), d.hint())) {
            if (STACK_TRACE.matcher(text).find()) {
                fail(caseName + ": stack-trace text reaches the user in " + d.code() + ": " + text);
            }
            if (JAVA_MEMBER.matcher(text).find()) {
                fail(caseName + ": a Java member name reaches the user in " + d.code() + ": " + text);
            }
        }
        if (d.hint().strip().endsWith(":")) {
            fail(caseName + ": the hint of " + d.code() + " ends on an empty list: " + d.hint());
        }
    }

    /** {@code <severity> <CODE> <file>:<line>:<column> <path>}, the file relative to the study folder. */
    static String line(Diagnostic d, Path studyDir) {
        SourceLocation at = d.location();
        String s = d.severity().label() + " " + d.code() + " " + relative(at.file(), studyDir) + ":" + at.line()
                + ":" + at.column() + " " + at.path();
        return s.strip();
    }

    private static String relative(String file, Path studyDir) {
        if (file.isEmpty()) {
            return "<none>";
        }
        Path base = studyDir.toAbsolutePath().normalize();
        Path p = Path.of(file).toAbsolutePath().normalize();
        if (!p.startsWith(base)) {
            return file.replace('\\', '/');
        }
        String r = base.relativize(p).toString().replace('\\', '/');
        return r.isEmpty() ? "." : r;
    }

    private static List<String> meaningfulLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String readIfPresent(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyStudy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() == 1 && CASE_FILES.contains(rel.toString())) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    // A symbolic link is copied as a link: the case is about where it points.
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    /**
     * Writes each {@code <file> <MiB>} of a GENERATE file: a JSON object opening followed by blank
     * padding, so the content looks like a protocol and only its size is wrong.
     */
    private static void generate(Path spec, Path studyDir) throws IOException {
        for (String l : meaningfulLines(spec)) {
            String[] parts = l.split("\\s+");
            if (parts[1].equals("fifo")) {
                makeFifo(studyDir.resolve(parts[0]));
                continue;
            }
            if (parts[1].equals("link")) {
                Path link = studyDir.resolve(parts[0]);
                Files.createDirectories(link.getParent());
                Path target = Path.of(parts[2]);
                if (parts[2].equals("@outside")) {
                    target = Files.writeString(studyDir.resolveSibling("outside-secret.txt"), SECRET + "\n");
                }
                Files.createSymbolicLink(link, target);
                continue;
            }
            long size = Long.parseLong(parts[1]) * 1024 * 1024;
            Path target = studyDir.resolve(parts[0]);
            Files.createDirectories(target.getParent());
            byte[] head = "{\"study\": {\"id\": \"huge\"},\n".getBytes(StandardCharsets.US_ASCII);
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write(head);
                long written = head.length;
                while (written < size - 1) {
                    int n = (int) Math.min(chunk.length, size - 1 - written);
                    out.write(chunk, 0, n);
                    written += n;
                }
                out.write('}');
            }
        }
    }

    /** A named pipe, through the system's mkfifo (Java has no call for it); the case is skipped without one. */
    private static void makeFifo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        int status;
        try {
            status = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making a named pipe", e);
        }
        assumeTrue(status == 0, "no mkfifo on this system: named-pipe case skipped");
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
