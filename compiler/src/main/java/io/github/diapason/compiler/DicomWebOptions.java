package io.github.diapason.compiler;

import io.github.diapason.conformity.dicomweb.Credentials;
import io.github.diapason.conformity.dicomweb.DicomWebSource;
import io.github.diapason.diagnostic.Validated;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DICOMweb options as a shell receives them (CLI options, Maven parameters), mapped in one place
 * onto the core's {@link DicomWebSource}. Credentials are named, never given: an environment
 * variable or a file holding {@code user:password} (HTTP basic) or a bearer token, at most one.
 *
 * @param timeoutSeconds per request and connection
 * @param retries        further attempts after a network error, 429 or 5xx, with back-off
 */
public record DicomWebOptions(URI baseUrl, List<String> studies, Optional<LocalDate> since, String basicEnv,
                              Path basicFile, String tokenEnv, Path tokenFile, Optional<Path> caCertificate,
                              int timeoutSeconds, int retries) {

    public DicomWebOptions {
        studies = studies == null ? List.of() : List.copyOf(studies);
        since = since == null ? Optional.empty() : since;
        caCertificate = caCertificate == null ? Optional.empty() : caCertificate;
    }

    /**
     * What is wrong with the options themselves, whatever the server says (a usage error, exit status 2):
     * more than one source of credentials, a timeout under one second, negative retries. Each names
     * the {@code option} words of the shell asking ({@code names} maps basicEnv, basicFile, tokenEnv,
     * tokenFile, timeout and retries to "--basic-env" or "basicEnv").
     */
    public List<String> usageProblems(Map<String, String> names) {
        List<String> out = new ArrayList<>();
        int given = (basicEnv != null ? 1 : 0) + (basicFile != null ? 1 : 0) + (tokenEnv != null ? 1 : 0)
                + (tokenFile != null ? 1 : 0);
        if (given > 1) {
            out.add("give one of " + String.join(", ", names.get("basicEnv"), names.get("basicFile"), names.get("tokenEnv"),
                    names.get("tokenFile")) + ", not " + given);
        }
        if (timeoutSeconds < 1) {
            out.add(names.get("timeout") + " must be at least 1 second, not " + timeoutSeconds);
        }
        if (retries < 0) {
            out.add(names.get("retries") + " must be 0 or more, not " + retries);
        }
        return out;
    }

    /**
     * The source, with the credentials read from {@code environment} or their file: a missing or
     * malformed secret is a diagnostic (unreadable input, exit status 3), and no source comes back.
     */
    public Validated<DicomWebSource> source(Map<String, String> environment) {
        Validated<Credentials> credentials;
        if (basicEnv != null) {
            credentials = Credentials.fromEnvironment(Credentials.Scheme.BASIC, basicEnv, environment);
        } else if (tokenEnv != null) {
            credentials = Credentials.fromEnvironment(Credentials.Scheme.BEARER, tokenEnv, environment);
        } else if (basicFile != null) {
            credentials = Credentials.fromFile(Credentials.Scheme.BASIC, basicFile);
        } else if (tokenFile != null) {
            credentials = Credentials.fromFile(Credentials.Scheme.BEARER, tokenFile);
        } else {
            credentials = Validated.of(Credentials.NONE, List.of());
        }
        return credentials.valid().map(c -> Validated.of(new DicomWebSource(baseUrl, studies, since, c, caCertificate,
                Duration.ofSeconds(Math.max(1, timeoutSeconds)), Math.max(0, retries)), credentials.diagnostics()))
                .orElseGet(() -> Validated.failed(credentials.diagnostics()));
    }
}
