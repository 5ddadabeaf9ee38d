package io.github.diapason.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.compiler.Diapason;
import io.github.diapason.compiler.GenerateReport;
import io.github.diapason.compiler.GenerateRequest;
import io.github.diapason.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example's manual, console sheets and transfer sheet (in the site's language), and the study's
 * questionnaire and planning sheet, laid out by a real browser (Debian's headless Chromium) at the width
 * of an A4 page: no table, figure or line of text may stick out of the page. A script added to a copy
 * of each page measures every element and writes what overflows into the DOM, which {@code --dump-dom}
 * returns. One screenshot of the console sheets per vendor is kept under {@code target/screenshots/}.
 * Skipped, saying so, where Chromium is not installed ({@code apt-get install chromium}).
 */
class BrowserOverflowTest {

    /** A4 width at the CSS 96 px per inch: 210 mm. */
    private static final int A4_WIDTH_PX = 794;
    private static final int A4_HEIGHT_PX = 1123;
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String MARKER = "diapason-overflow";

    /** Measures after layout; what sticks out of the page (or out of its own box, for cells and code) is listed. */
    private static final String PROBE = """
            <script>
            (function () {
              var width = document.documentElement.clientWidth, found = [];
              function name(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined && e.className ? '.' + String(e.className).split(' ').join('.') : ''); }
              var all = document.body.getElementsByTagName('*');
              for (var i = 0; i < all.length; i++) {
                var e = all[i], r = e.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) continue;
                var text = (e.textContent || '').replace(/\\s+/g, ' ').trim().substring(0, 60);
                if (r.right > width + 0.5 || r.left < -0.5) {
                  found.push(name(e) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px of ' + width + ': ' + text);
                } else if (/^(TABLE|PRE|TD|TH|CODE)$/.test(e.tagName) && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) {
                  found.push(name(e) + ' holds ' + e.scrollWidth + ' px in ' + e.clientWidth + ': ' + text);
                }
              }
              var out = document.createElement('pre');
              out.id = 'diapason-overflow';
              out.textContent = JSON.stringify({width: width, pageWidth: document.documentElement.scrollWidth, overflow: found.slice(0, 25)});
              document.body.appendChild(out);
            })();
            </script>
            """;

    @TempDir
    Path temp;

    @Test
    void noDocumentOfTheExamplesIsWiderThanAnA4Page() throws Exception {
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(),
                "Chromium not installed (apt-get install -y chromium): the browser overflow test is skipped");
        Files.createDirectories(SCREENSHOTS);
        Map<String, List<String>> overflows = new LinkedHashMap<>();
        Map<String, Path> screenshotPerVendor = new LinkedHashMap<>();
        int pages = 0;
        for (String example : List.of("ms-cohort", "memory-clinic-xml", "spine-generic")) {
            Path out = temp.resolve(example);
            GenerateReport report = new Diapason().generate(new GenerateRequest(Path.of("../examples/" + example), out,
                    Optional.empty(), Optional.empty(), false, true));
            assertThat(report.diagnostics()).as(example).noneMatch(Diagnostic::isError);
            List<Path> documents = new ArrayList<>();
            try (Stream<Path> top = Files.list(out)) {
                top.filter(p -> p.getFileName().toString().matches("(questionnaire|planning)\\.[a-z]{2}\\.html")).sorted()
                        .limit(2).forEach(documents::add);
            }
            try (Stream<Path> sites = Files.list(out.resolve("sites"))) {
                for (Path site : sites.filter(Files::isDirectory).sorted().toList()) {
                    JsonNode model = siteModel(site);
                    String language = model.path("site").path("language").asText("en");
                    for (String doc : List.of("manual", "console-sheets", "transfer-sheet")) {
                        Path page = site.resolve(doc + "." + language + ".html");
                        if (Files.exists(page)) {
                            documents.add(page);
                        }
                    }
                    String vendor = model.path("scanner").path("vendor").asText();
                    if (!screenshotPerVendor.containsKey(vendor)) {
                        Path shot = SCREENSHOTS.resolve(vendor + "-" + example + "-" + site.getFileName() + "-console-sheets.png");
                        screenshot(chromium.get(), site.resolve("console-sheets." + language + ".html"), shot);
                        screenshotPerVendor.put(vendor, shot);
                    }
                }
            }
            for (Path document : documents) {
                pages++;
                List<String> found = measure(chromium.get(), document);
                if (!found.isEmpty()) {
                    // The outermost culprits say enough; their cells and rows repeat them.
                    overflows.put(example + "/" + out.relativize(document), found.subList(0, Math.min(4, found.size())));
                }
            }
        }
        assertThat(pages).isGreaterThan(30);
        assertThat(overflows).as("documents wider than an A4 page").isEmpty();
        assertThat(screenshotPerVendor.keySet()).containsExactlyInAnyOrder("siemens", "ge", "philips");
        for (Path shot : screenshotPerVendor.values()) {
            assertThat(Files.size(shot)).as(shot.toString()).isGreaterThan(10_000);
        }
    }

    private static JsonNode siteModel(Path site) throws IOException {
        try (Stream<Path> models = Files.list(site)) {
            Path model = models.filter(p -> p.getFileName().toString().matches("model\\.[a-z]{2}\\.json")).sorted().findFirst()
                    .orElseThrow();
            return new ObjectMapper().readTree(model.toFile());
        }
    }

    private List<String> measure(Path chromium, Path document) throws Exception {
        String html = Files.readString(document);
        Path probed = document.resolveSibling("probe-" + document.getFileName());
        Files.writeString(probed, html.replace("</body>", PROBE + "</body>"));
        String dom = run(chromium, "--dump-dom", probed);
        int at = dom.indexOf("id=\"" + MARKER + "\">");
        assertThat(at).as("the probe ran in " + document).isPositive();
        String json = dom.substring(at + MARKER.length() + 6, dom.indexOf("</pre>", at))
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        JsonNode result = new ObjectMapper().readTree(json);
        List<String> found = new ArrayList<>();
        result.get("overflow").forEach(o -> found.add(o.asText()));
        if (result.get("pageWidth").asInt() > result.get("width").asInt()) {
            found.add("the page scrolls sideways: " + result.get("pageWidth").asInt() + " px for " + result.get("width").asInt());
        }
        return found;
    }

    private void screenshot(Path chromium, Path document, Path png) throws Exception {
        run(chromium, "--screenshot=" + png.toAbsolutePath(), document);
    }

    /** One headless Chromium run with the flags this machine needs and a fresh profile folder. */
    private String run(Path chromium, String action, Path document) throws Exception {
        Path profile = Files.createTempDirectory(temp, "profile");
        List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + A4_WIDTH_PX + "," + A4_HEIGHT_PX, action,
                document.toAbsolutePath().toUri().toString());
        Path stdout = temp.resolve("chromium.out");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s on " + document);
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static Optional<Path> chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
