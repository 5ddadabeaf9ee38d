package io.github.diapason.cli;

import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.diagnostic.Validated;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of a DICOMweb server shared by {@code check --dicomweb} and {@code watch}: credentials (never on the command line), CA, patience. */
final class DicomWebOptions {

    @Option(names = "--basic-env", paramLabel = "<VAR>", description = "HTTP basic: user:password from this environment variable.")
    private String basicEnv;

    @Option(names = "--basic-file", paramLabel = "<file>", description = "HTTP basic: user:password from the first line of this file.")
    private Path basicFile;

    @Option(names = "--token-env", paramLabel = "<VAR>", description = "Bearer token from this environment variable.")
    private String tokenEnv;

    @Option(names = "--token-file", paramLabel = "<file>", description = "Bearer token from the first line of this file.")
    private Path tokenFile;

    @Option(names = "--ca-cert", paramLabel = "<file>", description = "A CA certificate (PEM) trusted besides the system's.")
    private Path caCertificate;

    @Option(names = "--timeout", paramLabel = "<seconds>", description = "Per request and connection (default: 30).")
    private int timeoutSeconds = 30;

    @Option(names = "--retries", paramLabel = "<n>", description = "Further attempts after a network error, 429 or 5xx, with back-off (default: 3).")
    private int retries = 3;

    /** How this mixin names the options in the core's usage messages. */
    private static final Map<String, String> OPTION_NAMES = Map.of("basicEnv", "--basic-env", "basicFile", "--basic-file",
            "tokenEnv", "--token-env", "tokenFile", "--token-file", "timeout", "--timeout", "retries", "--retries");

    /**
     * The server as the core reads it, through the one mapping the Maven goal uses too
     * ({@link io.github.diapason.compiler.DicomWebOptions}): contradictory options are a usage error,
     * the credentials' problems (a variable not set, a file unreadable) diagnostics.
     */
    Validated<DicomWebSource> source(URI base, List<String> studies, LocalDate since, CommandLine commandLine) {
        io.github.diapason.compiler.DicomWebOptions options = new io.github.diapason.compiler.DicomWebOptions(base, studies,
                Optional.ofNullable(since), basicEnv, basicFile, tokenEnv, tokenFile, Optional.ofNullable(caCertificate),
                timeoutSeconds, retries);
        List<String> usage = options.usageProblems(OPTION_NAMES);
        if (!usage.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, String.join("; ", usage));
        }
        return options.source(System.getenv());
    }
}
