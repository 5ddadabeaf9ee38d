package io.github.diapason.cli;

import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.ExitStatus;
import io.github.diapason.compiler.WatchRequest;
import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.conformity.watch.ArchiveFeeds;
import io.github.diapason.conformity.watch.Recheck;
import io.github.diapason.conformity.watch.Watcher;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Validated;
import io.github.diapason.text.ControlCharacters;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code diapason watch --dicomweb <base-url> --rules <dir> --state <file> -o <dir>}: follows the archive's new
 * exams and writes each one's reports under {@code <dir>/exams/<StudyInstanceUID>/} once no instance arrived for
 * {@code --stable-after} seconds; one line per event on standard output. Runs until SIGTERM or Ctrl-C, which let
 * the exam being judged finish (the state is consistent at any instant anyway) and exit 0.
 */
@Command(name = "watch", description = "Check the exams of a DICOMweb archive (Orthanc or any QIDO-RS server) as they arrive.")
final class WatchCommand implements Callable<Integer> {

    private static final Pattern PARTITION = Pattern.compile("(\\d+)/(\\d+)");

    @Spec
    private CommandSpec spec;

    @Option(names = "--dicomweb", required = true, paramLabel = "<base-url>", description = "The archive's DICOMweb base URL (Orthanc: http://host:8042/dicom-web).")
    private URI dicomweb;

    @Mixin
    private DicomWebOptions server = new DicomWebOptions();

    @Option(names = "--rules", required = true, paramLabel = "<rules.json|dir>", description = "A site's rules.json, or a folder of sites' rules.json.")
    private Path rules;

    @Option(names = "--state", required = true, paramLabel = "<file>",
            description = "Where the watcher keeps its cursor and the exams it reported (their metadata in <file>.exams/).")
    private Path state;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir>", description = "Reports go to <dir>/exams/<StudyInstanceUID>/.")
    private Path output;

    @Option(names = "--stable-after", paramLabel = "<seconds>", description = "Judge an exam once no instance arrived for this long (default: 60).")
    private long stableAfter = 60;

    @Option(names = "--poll", paramLabel = "<seconds>", description = "Time between two looks at the archive (default: 10).")
    private long poll = 10;

    @Option(names = "--since", paramLabel = "<yyyy-mm-dd>", description = "QIDO feed: only studies from this date on (StudyDate).")
    private LocalDate since;

    @Option(names = "--feed", paramLabel = "auto|orthanc|qido",
            description = "Orthanc's change feed or QIDO-RS (default: auto, Orthanc's when the server is Orthanc).")
    private String feed = "auto";

    @Option(names = "--partition", paramLabel = "<i>/<n>",
            description = "Take only partition i (0..n-1) of the archive's exams, by StudyInstanceUID: n watchers, one state each, share the archive.")
    private String partition;

    @Option(names = "--write-back", description = "Orthanc: record each verdict in the study's metadata \"DiapasonVerdict\" (declare it in UserMetadata).")
    private boolean writeBack;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArchiveFeeds.Choice choice = ArchiveFeeds.Choice.parse(feed)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--feed: auto, orthanc or qido"));
        int index = 0;
        int count = 1;
        if (partition != null) {
            Matcher m = PARTITION.matcher(partition.trim());
            if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
                throw new ParameterException(spec.commandLine(), "--partition: i/n with 0 <= i < n, e.g. 0/4");
            }
            index = Integer.parseInt(m.group(1));
            count = Integer.parseInt(m.group(2));
        }
        if (stableAfter < 0 || poll < 1) {
            throw new ParameterException(spec.commandLine(), "--stable-after must be 0 or more seconds, --poll 1 or more");
        }
        Validated<DicomWebSource> source = server.source(dicomweb, List.of(), since, spec.commandLine());
        if (source.value().isEmpty()) {
            return fail(source.diagnostics(), err);
        }
        WatchRequest request = new WatchRequest(source.value().get(), choice, rules, state, output, Duration.ofSeconds(stableAfter),
                Duration.ofSeconds(poll), writeBack, index, count);
        Validated<Watcher> opened = new Diapason().watch(request, line -> {
            out.println(ControlCharacters.forTerminal(line));
            out.flush();
        }, folder -> { });
        if (opened.value().isEmpty()) {
            return fail(opened.diagnostics(), err);
        }
        Watcher watcher = opened.value().get();
        try {
            Optional<Recheck.Result> rechecked = watcher.recheckIfRulesChanged();
            rechecked.ifPresent(r -> RecheckCommand.print(r, out));
        } catch (IOException e) {
            err.println("cannot write the watch state: " + e.getClass().getSimpleName() + " (" + state + ")");
            err.flush();
            return ExitStatus.UNREADABLE_INPUT.code();
        }
        out.println("Watching " + dicomweb + " (stable after " + stableAfter + " s, every " + poll + " s); state " + state
                + "; reports in " + output.resolve("exams"));
        out.flush();
        return runUntilStopped(watcher, out, err);
    }

    /**
     * SIGTERM and Ctrl-C ask the watcher to stop; it finishes the exam being judged and {@link Watcher#run()} returns,
     * so the command returns 0 and the JVM exits normally (its own shutdown work, e.g. a flight recording, done).
     * Where the JVM offers no signal handlers, a shutdown hook does the same and ends the process with that status.
     */
    private static int runUntilStopped(Watcher watcher, PrintWriter out, PrintWriter err) {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger status = new AtomicInteger(ExitStatus.OK.code());
        Thread hook = null;
        if (!onSignals(watcher::stop)) {
            hook = new Thread(() -> {
                watcher.stop();
                try {
                    finished.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out.flush();
                err.flush();
                Runtime.getRuntime().halt(status.get());
            }, "diapason-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        Optional<Diagnostic> fatal = watcher.run();
        fatal.ifPresent(d -> {
            err.println(ControlCharacters.forTerminal(d.summary()));
            status.set(ExitStatus.UNREADABLE_INPUT.code());
        });
        out.flush();
        err.flush();
        finished.countDown();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook ends the process with the status set above
            }
        }
        return status.get();
    }

    /**
     * Handles SIGTERM and SIGINT with {@code stop} through {@code sun.misc.Signal} (module jdk.unsupported, there for
     * exactly this; reached by reflection so the build carries no internal-API warning). False when unavailable.
     */
    static boolean onSignals(Runnable stop) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Object handler = java.lang.reflect.Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            stop.run();
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "diapason-watch-stop";
                    });
            java.lang.reflect.Method handle = signal.getMethod("handle", signal, handlerType);
            for (String name : List.of("TERM", "INT")) {
                handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    static int fail(List<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.stream().filter(Diagnostic::isError).forEach(d -> err.println(ControlCharacters.forTerminal(d.summary())));
        err.flush();
        return ExitStatus.UNREADABLE_INPUT.code();
    }
}
