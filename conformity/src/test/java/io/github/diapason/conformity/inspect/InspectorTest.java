package io.github.diapason.conformity.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diapason.conformity.dicom.DicomReader;
import io.github.diapason.conformity.dicom.VendorFixtures;
import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InspectorTest {

    private static final double[] NONE = {0, 0, 0};

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private static Inspection inspect(Path... roots) {
        return new Inspector().inspect(List.of(roots));
    }

    private static Map<String, Object> only(Inspection i) {
        assertThat(i.series()).hasSize(1);
        return i.series().get(0).values();
    }

    @Test
    void siemens_classic_values_are_in_bids_names_and_units() throws IOException {
        for (int i = 1; i <= 3; i++) {
            write("exam/s002/IM" + i, VendorFixtures.siemensClassic("1.2.3.2", i, i, 0));
        }
        Map<String, Object> v = only(inspect(dir));
        assertThat(v).containsEntry("SeriesInstanceUID", "1.2.3.2").containsEntry("SeriesNumber", 2L)
                .containsEntry("SeriesDescription", "t1_mprage_sag").containsEntry("ProtocolName", "t1_mprage_sag")
                .containsEntry("Manufacturer", "SIEMENS").containsEntry("ManufacturersModelName", "Prisma")
                .containsEntry("SoftwareVersions", "syngo MR E11").containsEntry("MagneticFieldStrength", 3L)
                .containsEntry("ReceiveCoilName", "HeadNeck_64").containsEntry("MRAcquisitionType", "3D")
                .containsEntry("RepetitionTime", 2.3).containsEntry("EchoTime", 0.00298).containsEntry("InversionTime", 0.9)
                .containsEntry("FlipAngle", 9L).containsEntry("SliceThickness", 1L).containsEntry("PixelBandwidth", 240L)
                .containsEntry("AcquisitionMatrix", List.of(0L, 256L, 240L, 0L)).containsEntry("PixelSpacing", List.of(1L, 1L))
                .containsEntry("ParallelReductionFactorInPlane", 2L).containsEntry("PartialFourier", 1L)
                .containsEntry("NumberOfFiles", 3L).containsEntry("NumberOfImages", 3L).containsEntry("NumberOfVolumes", 1L)
                .doesNotContainKey("MultibandAccelerationFactor").doesNotContainKey("DiffusionBValues")
                .doesNotContainKeys("StationName", "PatientName");
    }

    @Test
    void the_acquisition_matrix_is_split_into_phase_and_frequency_by_the_phase_axis() throws IOException {
        write("m/1", VendorFixtures.siemensClassic("1.2.3.2", 1, 0, 0));
        assertThat(only(inspect(dir))).containsEntry("AcquisitionMatrixPE", 240L).containsEntry("AcquisitionMatrixFrequency", 256L);
    }

    @Test
    void siemens_polarity_gives_phase_encoding_direction_as_dcm2niix_writes_it() throws IOException {
        write("a/1", VendorFixtures.siemensClassic("1.2.3.2", 1, 0, 0));
        assertThat(only(inspect(dir))).containsEntry("PhaseEncodingDirection", "j-").doesNotContainKey("PhaseEncodingAxis");
    }

    @Test
    void siemens_mosaic_counts_images_per_mosaic_and_reads_diffusion_from_the_csa_header() throws IOException {
        write("dwi/1.dcm", VendorFixtures.siemensMosaic("1.2.3.5", 1, 0, null, 0));
        write("dwi/2.dcm", VendorFixtures.siemensMosaic("1.2.3.5", 2, 1000, new double[] {1, 0, 0}, 0));
        write("dwi/3.dcm", VendorFixtures.siemensMosaic("1.2.3.5", 3, 1000, new double[] {0, 0.7071068, 0.7071068}, 0));
        assertThat(only(inspect(dir))).containsEntry("NumberOfFiles", 3L).containsEntry("NumberOfImages", 180L)
                .containsEntry("NumberOfVolumes", 3L).containsEntry("DiffusionBValues", List.of(0L, 1000L))
                .containsEntry("NumberOfDiffusionDirections", 2L).containsEntry("MultibandAccelerationFactor", 3L)
                .containsEntry("ParallelReductionFactorInPlane", 2L).containsEntry("PartialFourier", 0.75)
                .containsEntry("PhaseEncodingDirection", "j").containsEntry("RepetitionTime", 3.6)
                .containsEntry("EchoTime", 0.092);
    }

    @Test
    void siemens_xa_enhanced_values_come_from_functional_groups_and_private_sequences() throws IOException {
        write("xa/bold", VendorFixtures.siemensXaEnhanced("1.2.3.7", 5, 0));
        assertThat(only(inspect(dir))).containsEntry("RepetitionTime", 2L).containsEntry("EchoTime", List.of(0.015, 0.03))
                .containsEntry("FlipAngle", 70L).containsEntry("PixelBandwidth", 2300L)
                .containsEntry("ReceiveCoilName", "HeadNeck_20_TCS").containsEntry("SliceThickness", 2.5)
                .containsEntry("PixelSpacing", List.of(2.5, 2.5)).containsEntry("ParallelReductionFactorInPlane", 2L)
                .containsEntry("MultibandAccelerationFactor", 4L).containsEntry("PhaseEncodingDirection", "i-")
                .containsEntry("SequenceName", "epfid2d1_64")
                .containsEntry("NumberOfFiles", 1L).containsEntry("NumberOfImages", 10L).containsEntry("NumberOfVolumes", 2L);
    }

    /** Issue 11: SIEMENS MR SDS 01's (0021,xx1C) is a three-valued DS, not a polarity; without SDI 02 no sign is guessed. */
    @Test
    void siemens_xa_without_the_sdi_02_polarity_gives_the_phase_axis_only() throws IOException {
        write("xa/bold", VendorFixtures.siemensXaEnhanced("1.2.3.7", 5, 0, false));
        assertThat(only(inspect(dir))).containsEntry("PhaseEncodingAxis", "i").doesNotContainKey("PhaseEncodingDirection");
    }

    @Test
    void ge_private_values_are_converted_asset_reciprocal_b_value_offset_and_microseconds() throws IOException {
        double[][] dirs = {NONE, {1, 0, 0}, {0, 1, 0}};
        double[] b = {0, 1000, 1000};
        int n = 0;
        for (int vol = 0; vol < 3; vol++) {
            for (int slice = 0; slice < 2; slice++) {
                n++;
                write("ge/" + n, VendorFixtures.geClassic("1.2.3.9", n, slice * 2.0, b[vol], dirs[vol], 0));
            }
        }
        assertThat(only(inspect(dir))).containsEntry("ParallelReductionFactorInPlane", 2L)
                .containsEntry("MultibandAccelerationFactor", 3L).containsEntry("DiffusionBValues", List.of(0L, 1000L))
                .containsEntry("NumberOfDiffusionDirections", 2L).containsEntry("PhaseEncodingAxis", "j")
                .doesNotContainKey("PhaseEncodingDirection").containsEntry("AcquisitionDuration", 468L)
                .containsEntry("PulseSequenceName", "epi2")
                .containsEntry("SoftwareVersions", "27\\LX\\MR Software release:DV26.0").containsEntry("RepetitionTime", 7.8)
                .containsEntry("NumberOfFiles", 6L).containsEntry("NumberOfVolumes", 3L);
    }

    @Test
    void philips_classic_diffusion_comes_from_its_private_tags_and_polarity_stays_unknown() throws IOException {
        write("p/1", VendorFixtures.philipsClassic("1.2.3.11", 1, 0, 0, NONE, 0));
        write("p/2", VendorFixtures.philipsClassic("1.2.3.11", 2, 0, 1000, new double[] {0.6, 0.8, 0}, 0));
        assertThat(only(inspect(dir))).containsEntry("DiffusionBValues", List.of(0L, 1000L))
                .containsEntry("NumberOfDiffusionDirections", 1L).containsEntry("PhaseEncodingAxis", "j")
                .containsEntry("EchoTrainLength", 55L).containsEntry("NumberOfVolumes", 2L);
    }

    @Test
    void philips_enhanced_diffusion_comes_from_the_per_frame_diffusion_macro() throws IOException {
        write("pe/dti", VendorFixtures.philipsEnhanced("1.2.3.12", 3, new double[] {0, 1000, 1000, 1000},
                new double[][] {null, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, 0));
        assertThat(only(inspect(dir))).containsEntry("DiffusionBValues", List.of(0L, 1000L))
                .containsEntry("NumberOfDiffusionDirections", 3L).containsEntry("NumberOfImages", 12L)
                .containsEntry("NumberOfVolumes", 4L).containsEntry("ParallelReductionFactorInPlane", 2.5)
                .containsEntry("EchoTime", 0.08).containsEntry("RepetitionTime", 4.8).containsEntry("Manufacturer", "Philips");
    }

    @Test
    void identifying_attributes_are_named_and_their_values_never_copied() throws IOException {
        write("x/1", VendorFixtures.siemensClassic("1.2.3.2", 1, 0, 0));
        Inspection i = inspect(dir);
        assertThat(only(i)).containsEntry("IdentifyingAttributesPresent", List.of("InstitutionName", "PatientName"));
        String json = new ObjectMapper().writeValueAsString(i.toOrderedMap());
        assertThat(json).doesNotContain(VendorFixtures.PATIENT_NAME).doesNotContain("Hopital Example");
    }

    @Test
    void non_dicom_files_are_skipped_with_a_note() throws IOException {
        write("x/notes.txt", VendorFixtures.notDicom());
        write("x/1", VendorFixtures.siemensClassic("1.2.3.2", 1, 0, 0));
        Inspection i = inspect(dir);
        assertThat(i.series()).hasSize(1);
        assertThat(i.filesSeen()).isEqualTo(2);
        assertThat(i.dicomFiles()).isEqualTo(1);
        assertThat(i.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.NOTE);
            assertThat(d.code()).isEqualTo("DICOM_SKIPPED_NOT_DICOM");
            assertThat(d.location().file()).endsWith("notes.txt");
        });
    }

    @Test
    void a_truncated_file_is_a_diagnostic_not_an_exception() throws IOException {
        byte[] whole = VendorFixtures.siemensClassic("1.2.3.2", 1, 0, 0);
        write("x/cut", Arrays.copyOf(whole, 300));
        Inspection i = inspect(dir);
        assertThat(i.hasErrors()).isTrue();
        assertThat(i.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::code)
                .containsAnyOf("DICOM_TRUNCATED", "DICOM_BAD_LENGTH");
    }

    @Test
    void a_missing_folder_is_a_diagnostic() {
        Inspection i = inspect(dir.resolve("nowhere"));
        assertThat(i.diagnostics()).extracting(Diagnostic::code).containsExactly("DICOM_INPUT_MISSING");
    }

    @Test
    void series_are_grouped_by_study_and_series_and_ordered_by_series_number() throws IOException {
        write("b/1", VendorFixtures.philipsClassic("1.2.3.11", 1, 0, 0, NONE, 0));
        write("a/1", VendorFixtures.siemensMosaic("1.2.3.5", 1, 0, null, 0));
        write("a/2", VendorFixtures.siemensClassic("1.2.3.2", 1, 0, 0));
        write("a/3", VendorFixtures.siemensClassic("1.2.3.2", 2, 1, 0));
        Inspection i = inspect(dir);
        assertThat(i.series()).extracting(SeriesValues::seriesInstanceUid).containsExactly("1.2.3.2", "1.2.3.5", "1.2.3.11");
        assertThat(i.toOrderedMap().get("studies")).asList().hasSize(1);
    }

    @Test
    void the_result_does_not_depend_on_thread_count_or_reading_order() throws IOException {
        for (int n = 1; n <= 40; n++) {
            write("m/" + (n * 7919 % 97), VendorFixtures.geClassic("1.2.3.9", n, n % 4, n % 3 == 0 ? 0 : 1000,
                    new double[] {n % 3, 1, 0}, 0));
        }
        Inspection one = new Inspector(new DicomReader(), FieldTable.standard(), 1).inspect(List.of(dir));
        Inspection four = new Inspector(new DicomReader(), FieldTable.standard(), 4).inspect(List.of(dir));
        assertThat(four.toOrderedMap()).isEqualTo(one.toOrderedMap());
    }

    @Test
    void values_differing_between_files_of_a_series_are_named() throws IOException {
        write("v/1", VendorFixtures.siemensClassic("1.2.3.2", 1, 0, 0));
        write("v/2", VendorFixtures.siemensMosaic("1.2.3.2", 2, 0, null, 0));
        assertThat(inspect(dir).series().get(0).values().get("ValuesVaryingBetweenFiles")).asList().contains("RepetitionTime");
    }

    // Issue 10 (hardening), DICOM input rows.

    /** 64 x 64 16-bit pixels: the file ends with the 12-byte pixel data header and 8192 bytes. */
    private static final int PIXELS = 64 * 64 * 2;

    @Test
    void a_file_cut_inside_its_pixel_data_is_an_error_on_the_pixel_data_tag_and_not_a_good_image() throws IOException {
        write("exam/IM1", VendorFixtures.siemensClassic("1.2.3.2", 1, 1, PIXELS));
        byte[] whole = VendorFixtures.siemensClassic("1.2.3.2", 2, 2, PIXELS);
        write("exam/IM2", Arrays.copyOf(whole, whole.length - 1000));

        Inspection i = inspect(dir);

        assertThat(only(i)).containsEntry("NumberOfFiles", 1L);
        assertThat(i.diagnostics()).filteredOn(d -> d.code().equals("DICOM_PIXEL_DATA_TRUNCATED")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.ERROR);
                    assertThat(d.location().file()).endsWith("IM2");
                    assertThat(d.location().path()).isEqualTo("(7FE0,0010)");
                    assertThat(d.message()).contains("declares 8192 bytes but only 7192 follow");
                });
    }

    @Test
    void a_zero_length_pixel_data_is_not_a_cut() throws IOException {
        byte[] whole = VendorFixtures.siemensClassic("1.2.3.2", 1, 1, PIXELS);
        byte[] empty = Arrays.copyOf(whole, whole.length - PIXELS);
        Arrays.fill(empty, empty.length - 4, empty.length, (byte) 0); // the 32-bit length of (7FE0,0010) OW
        write("exam/IM1", empty);

        Inspection i = inspect(dir);

        assertThat(only(i)).containsEntry("NumberOfFiles", 1L);
        assertThat(i.diagnostics()).noneMatch(d -> d.code().equals("DICOM_PIXEL_DATA_TRUNCATED"));
    }

    @Test
    void a_symbolic_link_given_as_the_root_is_followed_and_files_keep_the_given_name() throws IOException {
        write("real/exam/IM1", VendorFixtures.siemensClassic("1.2.3.2", 1, 1, 0));
        write("real/exam/IM2", VendorFixtures.siemensClassic("1.2.3.2", 2, 2, 0));
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real/exam"));

        Inspection i = inspect(link);

        assertThat(i.dicomFiles()).isEqualTo(2);
        assertThat(only(i)).containsEntry("NumberOfFiles", 2L);
    }

    @Test
    void links_pipes_and_dangling_links_inside_a_folder_are_warned_about_and_never_opened() throws Exception {
        write("exam/IM1", VendorFixtures.siemensClassic("1.2.3.2", 1, 1, 0));
        Path outside = write("elsewhere/IM9", VendorFixtures.siemensClassic("1.2.3.2", 9, 9, 0));
        Files.createSymbolicLink(dir.resolve("exam/linked"), outside);
        Files.createSymbolicLink(dir.resolve("exam/dangling"), dir.resolve("gone"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("exam/pipe").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        // opening the pipe would block for ever: the timeout proves it is not opened
        Inspection i = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> inspect(dir.resolve("exam")));

        assertThat(only(i)).containsEntry("NumberOfFiles", 1L);
        assertThat(i.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING)
                .extracting(d -> Path.of(d.location().file()).getFileName().toString() + " " + d.code())
                .containsExactlyInAnyOrder("dangling DICOM_SKIPPED_LINK", "linked DICOM_SKIPPED_LINK",
                        "pipe DICOM_SKIPPED_NOT_REGULAR");
        assertThat(i.diagnostics()).filteredOn(d -> d.location().file().endsWith("dangling")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("dangling"));
    }
}
