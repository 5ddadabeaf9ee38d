package io.github.diapason.cli;

import io.github.diapason.conformity.dicomweb.Credentials;
import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.diagnostic.Validated;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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

    /** The server as the core reads it; the credentials' problems (a variable not set, a file unreadable) as diagnostics. */
    Validated<DicomWebSource> source(URI base, List<String> studies, LocalDate since, CommandLine commandLine) {
        return credentials(commandLine).map(c -> new DicomWebSource(base, studies, Optional.ofNullable(since), c,
                Optional.ofNullable(caCertificate), Duration.ofSeconds(Math.max(1, timeoutSeconds)), retries));
    }

    /** At most one source of secret; never a secret on the command line. */
    private Validated<Credentials> credentials(CommandLine commandLine) {
        int given = (basicEnv != null ? 1 : 0) + (basicFile != null ? 1 : 0) + (tokenEnv != null ? 1 : 0) + (tokenFile != null ? 1 : 0);
        if (given > 1) {
            throw new CommandLine.ParameterException(commandLine, "give one of --basic-env, --basic-file, --token-env, --token-file");
        }
        if (basicEnv != null) {
            return Credentials.fromEnvironment(Credentials.Scheme.BASIC, basicEnv, System.getenv());
        }
        if (tokenEnv != null) {
            return Credentials.fromEnvironment(Credentials.Scheme.BEARER, tokenEnv, System.getenv());
        }
        if (basicFile != null) {
            return Credentials.fromFile(Credentials.Scheme.BASIC, basicFile);
        }
        if (tokenFile != null) {
            return Credentials.fromFile(Credentials.Scheme.BEARER, tokenFile);
        }
        return Validated.of(Credentials.NONE, List.of());
    }
}
