package io.github.diapason.conformity.dicomweb;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.SourceLocation;
import io.github.diapason.diagnostic.Validated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the client authenticates: nothing, HTTP basic ({@code user:password}) or a bearer token. The secret
 * is read from an environment variable or a file, never from the command line; {@link #toString()} never
 * shows it, and diagnostics name only the variable or file it came from.
 */
public final class Credentials {

    public static final Credentials NONE = new Credentials(null, "none");

    private final String authorization;
    private final String origin;

    private Credentials(String authorization, String origin) {
        this.authorization = authorization;
        this.origin = origin;
    }

    /** The Authorization header value, if any. */
    Optional<String> authorization() {
        return Optional.ofNullable(authorization);
    }

    /** Where the secret came from ("environment variable X", "file F"), for messages; never the secret. */
    public String origin() {
        return origin;
    }

    public enum Scheme { BASIC, BEARER }

    /** The secret from environment variable {@code name} of {@code environment}. */
    public static Validated<Credentials> fromEnvironment(Scheme scheme, String name, Map<String, String> environment) {
        String secret = environment.get(name);
        String origin = "environment variable " + name;
        if (secret == null || secret.isBlank()) {
            return Validated.failed(List.of(Diagnostic.error("DicomWebCredentialsMissing", "the " + origin + " is not set or empty",
                    "export it before running, or use a file", SourceLocation.NONE)));
        }
        return of(scheme, secret.strip(), origin);
    }

    /** The secret from the first line of {@code file}. */
    public static Validated<Credentials> fromFile(Scheme scheme, Path file) {
        String origin = "file " + file;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (text.isEmpty()) {
                return Validated.failed(List.of(Diagnostic.error("DicomWebCredentialsMissing", "the credentials file is empty",
                        "write the secret on its first line", SourceLocation.file(file.toString()))));
            }
            return of(scheme, text, origin);
        } catch (IOException e) {
            return Validated.failed(List.of(Diagnostic.error("DicomWebCredentialsMissing", "cannot read the credentials file ("
                    + e.getClass().getSimpleName() + ")", "check the path and its permissions", SourceLocation.file(file.toString()))));
        }
    }

    private static Validated<Credentials> of(Scheme scheme, String secret, String origin) {
        if (scheme == Scheme.BASIC) {
            if (!secret.contains(":")) {
                return Validated.failed(List.of(Diagnostic.error("DicomWebCredentialsMalformed", "the secret in the " + origin
                        + " is not user:password", "HTTP basic needs user:password", SourceLocation.NONE)));
            }
            return Validated.of(new Credentials("Basic " + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)),
                    origin), List.of());
        }
        return Validated.of(new Credentials("Bearer " + secret, origin), List.of());
    }

    @Override
    public String toString() {
        return "Credentials[" + origin + "]";
    }
}
