package io.github.diapason.conformity.dicomweb;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code check --dicomweb} reads exams: a DICOMweb base URL (QIDO-RS and WADO-RS under it), the
 * studies to check (all, or those since a date, when none is named), how to authenticate, an optional
 * CA certificate (PEM) trusted besides the system's, and the patience of the client.
 *
 * @param retries  further attempts after a failed request (a network error, 429 or a 5xx), with back-off
 */
public record DicomWebSource(URI base, List<String> studies, Optional<LocalDate> since, Credentials credentials,
                             Optional<Path> caCertificate, Duration timeout, int retries) {

    public DicomWebSource {
        studies = List.copyOf(studies);
        since = since == null ? Optional.empty() : since;
        credentials = credentials == null ? Credentials.NONE : credentials;
        caCertificate = caCertificate == null ? Optional.empty() : caCertificate;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        retries = Math.max(0, retries);
    }

    public static DicomWebSource of(URI base) {
        return new DicomWebSource(base, List.of(), Optional.empty(), Credentials.NONE, Optional.empty(), Duration.ofSeconds(30), 3);
    }
}
