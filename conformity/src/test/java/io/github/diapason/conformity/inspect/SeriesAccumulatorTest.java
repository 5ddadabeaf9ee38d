package io.github.diapason.conformity.inspect;

import io.github.diapason.conformity.dicom.DicomHeader;
import io.github.diapason.conformity.dicom.DicomQaCorpus;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.dicom.SeriesReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SeriesAccumulator} gives a series the same values whatever the order of its files and whether their values
 * are the previous file's own objects (which it skips on identity): every series of the dicom-qa corpus folded from its
 * files read in folder order by a {@link SeriesReader} and extracted by one remembering extractor, against the same
 * files each read in full, extracted by a fresh extractor and folded in reverse and in a shuffled order.
 */
class SeriesAccumulatorTest {

    @Test
    void a_series_folds_to_the_same_values_in_any_order_with_or_without_shared_values() throws IOException {
        FieldTable table = FieldTable.standard();
        Extractor remembering = new Extractor(table);
        DicomReader reader = new DicomReader().keepingAtTopLevel(remembering.topLevelFilter());
        SeriesReader series = reader.forSeries();
        Function<DicomHeader, Map<String, String>> protocol = h -> Extractor.seriesProtocol(h, table).value().orElse(Map.of());
        Map<String, SeriesAccumulator> inOrder = new LinkedHashMap<>();
        List<FileValues> alone = new ArrayList<>();
        int shared = 0;
        FileValues previous = null;
        try (Stream<Path> dirs = Files.walk(DicomQaCorpus.dicom())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Path> files;
                try (Stream<Path> list = Files.list(dir)) {
                    files = list.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    FileValues v = series.read(f, -1).value().flatMap(h -> remembering.extract(h, protocol)).orElse(null);
                    if (v == null) {
                        continue;
                    }
                    if (previous != null && previous.seriesKey().equals(v.seriesKey())) {
                        for (int i = 0; i < v.fields().length; i++) {
                            shared += v.fields()[i] != null && v.fields()[i] == previous.fields()[i] ? 1 : 0;
                        }
                    }
                    previous = v;
                    inOrder.computeIfAbsent(v.seriesKey(), k -> new SeriesAccumulator(table)).add(v);
                    reader.read(f).value().flatMap(h -> new Extractor(table).extract(h, protocol)).ifPresent(alone::add);
                }
            }
        }
        assertThat(shared).as("values shared with the previous file").isGreaterThan(100_000);
        List<FileValues> reversed = new ArrayList<>(alone);
        Collections.reverse(reversed);
        List<FileValues> shuffled = new ArrayList<>(alone);
        Collections.shuffle(shuffled, new Random(11));
        for (List<FileValues> order : List.of(reversed, shuffled)) {
            Map<String, SeriesAccumulator> other = new LinkedHashMap<>();
            for (FileValues v : order) {
                other.computeIfAbsent(v.seriesKey(), k -> new SeriesAccumulator(table)).add(v);
            }
            assertThat(other.keySet()).containsExactlyInAnyOrderElementsOf(inOrder.keySet());
            inOrder.forEach((key, acc) -> assertThat(other.get(key).build()).as(key).isEqualTo(acc.build()));
        }
        assertThat(inOrder).hasSizeGreaterThan(80);
    }
}
