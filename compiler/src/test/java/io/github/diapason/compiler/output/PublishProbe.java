package io.github.diapason.compiler.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A separate process for {@link PublicationTest}: {@code hold <out> <dir>} takes the output lock
 * and waits to be killed; {@code loop <out> <dir>} publishes versions v1, v2, … until killed.
 */
public final class PublishProbe {

    private PublishProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (OutputLock lock = OutputLock.acquire(out.toAbsolutePath().normalize())) {
                Files.writeString(Path.of(args[2]).resolve("holding"), "");
                Thread.sleep(60_000);
            }
            return;
        }
        for (int v = 1; ; v = v % 9 + 1) {
            OutputWriter.publish(PublicationTest.version("v" + v, 400), out, PublicationTest.SIGNATURE, Set.of());
        }
    }
}
