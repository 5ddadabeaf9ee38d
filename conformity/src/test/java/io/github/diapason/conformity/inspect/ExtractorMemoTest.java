package io.github.diapason.conformity.inspect;

import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomQaCorpus;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.dicom.SeriesReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor's per-series memo (a rule reading one top-level element that holds the same value as in the series'
 * previous file gives the value it gave then; single and per-frame rules) gives exactly what extracting each file on its
 * own gives: every folder of the dicom-qa corpus read in order by a {@link SeriesReader} (so unchanged elements are the
 * previous file's own objects) and extracted by one extractor, against each file read in full and extracted by a fresh
 * extractor.
 */
class ExtractorMemoTest {

    @Test
    void files_extracted_after_their_series_predecessor_give_their_own_values() throws IOException {
        FieldTable table = FieldTable.standard();
        int compared = compareWithAlone(table, Identification.standard(table)).compared;
        assertThat(compared).isGreaterThan(7000);
    }

    /**
     * With a pseudonym pattern ({@code check}'s), each attribute's match is remembered per element value: the files'
     * lists of non-matching attributes are those of each file matched on its own, with both outcomes present.
     */
    @Test
    void pseudonym_checks_remembered_per_value_give_each_file_its_own_list() throws IOException {
        FieldTable table = FieldTable.standard();
        List<FieldTable.Identifying> pseudonyms = List.of(new FieldTable.Identifying("PatientName", 0x00100010),
                new FieldTable.Identifying("PatientID", 0x00100020));
        Counts c = compareWithAlone(table, new Identification(table.identifying(), java.util.regex.Pattern.compile(".*[0-9].*"), pseudonyms));
        assertThat(c.notMatching).as("files with a value not matching").isGreaterThan(100);
        assertThat(c.compared - c.notMatching).as("files whose values all match").isGreaterThan(100);
    }

    private record Counts(int compared, int notMatching) {
    }

    private static Counts compareWithAlone(FieldTable table, Identification identification) throws IOException {
        Extractor remembering = new Extractor(table, identification);
        DicomReader reader = new DicomReader().keepingAtTopLevel(remembering.topLevelFilter());
        SeriesReader series = reader.forSeries();
        Function<DicomHeader, Map<String, String>> protocol = h -> Extractor.seriesProtocol(h, table).value().orElse(Map.of());
        int compared = 0;
        int sameLayout = 0;
        int notMatching = 0;
        io.github.diapason.conformity.dicom.DicomDataset previous = null;
        try (Stream<Path> dirs = Files.walk(DicomQaCorpus.dicom())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Path> files;
                try (Stream<Path> list = Files.list(dir)) {
                    files = list.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    Optional<DicomHeader> header = series.read(f, -1).value();
                    if (header.isPresent() && previous != null && header.get().dataset().sameLayoutAs(previous)) {
                        sameLayout++; // the rules' elements taken at the places found in the previous file
                    }
                    previous = header.map(DicomHeader::dataset).orElse(null);
                    Optional<FileValues> memoised = header.flatMap(h -> remembering.extract(h, protocol));
                    Optional<FileValues> alone = reader.read(f).value().flatMap(h -> new Extractor(table, identification).extract(h, protocol));
                    assertThat(memoised).as(f.toString()).isEqualTo(alone);
                    compared++;
                    notMatching += memoised.filter(v -> !v.notMatchingPseudonym().isEmpty()).isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(sameLayout).as("files with the previous file's layout").isGreaterThan(compared / 2);
        return new Counts(compared, notMatching);
    }
}
