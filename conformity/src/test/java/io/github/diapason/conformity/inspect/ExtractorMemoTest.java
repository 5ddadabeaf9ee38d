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
        Extractor remembering = new Extractor(table);
        DicomReader reader = new DicomReader().keepingAtTopLevel(remembering.topLevelFilter());
        SeriesReader series = reader.forSeries();
        Function<DicomHeader, Map<String, String>> protocol = h -> Extractor.seriesProtocol(h, table).value().orElse(Map.of());
        int compared = 0;
        int sameLayout = 0;
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
                    Optional<FileValues> alone = reader.read(f).value().flatMap(h -> new Extractor(table).extract(h, protocol));
                    assertThat(memoised).as(f.toString()).isEqualTo(alone);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(7000);
        assertThat(sameLayout).as("files with the previous file's layout").isGreaterThan(compared / 2);
    }
}
