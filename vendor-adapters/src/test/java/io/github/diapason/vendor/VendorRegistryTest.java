package io.github.diapason.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The vendor adapters registered through ServiceLoader are the only vendor list: the site
 * schemas (JSON Schema and XSD) that editors complete from must name exactly their ids.
 */
class VendorRegistryTest {

    private static final List<String> IDS = VendorAdapters.load().ids();

    @Test
    void theAdaptersOnTheClassPathAreSiemensGeAndPhilips() {
        assertThat(IDS).containsExactlyInAnyOrder("siemens", "ge", "philips");
    }

    @Test
    void theSiteJsonSchemaNamesExactlyTheAdaptersIds() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(resource("schema/site.schema.json"));
        List<String> enumerated = new ArrayList<>();
        schema.at("/$defs/scanner/properties/vendor/enum").forEach(n -> enumerated.add(n.asText()));
        assertThat(enumerated).containsExactlyInAnyOrderElementsOf(IDS);
    }

    @Test
    void theSiteXsdNamesExactlyTheAdaptersIds() throws Exception {
        String xsd = new String(resource("schema/site.xsd").readAllBytes(), StandardCharsets.UTF_8);
        int start = xsd.indexOf("<xs:attribute name=\"vendor\"");
        String vendorType = xsd.substring(start, xsd.indexOf("</xs:attribute>", start));
        Matcher m = Pattern.compile("<xs:enumeration value=\"([^\"]+)\"/>").matcher(vendorType);
        List<String> enumerated = new ArrayList<>();
        while (m.find()) {
            enumerated.add(m.group(1));
        }
        assertThat(enumerated).containsExactlyInAnyOrderElementsOf(IDS);
    }

    @Test
    void everyAdapterNamesItsVendorForPeople() {
        VendorAdapters.load().all().forEach(a -> assertThat(a.profile().displayName()).isNotBlank());
    }

    private static InputStream resource(String path) {
        InputStream in = VendorRegistryTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path + " on the class path (protocol-model jar)").isNotNull();
        return in;
    }
}
