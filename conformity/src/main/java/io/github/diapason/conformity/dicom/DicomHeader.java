package io.github.diapason.conformity.dicom;

import java.util.Optional;

/**
 * What the reader returns for one file: the file meta information (group 0002, empty for
 * a raw data set), the transfer syntax actually used, and the data set up to pixel data.
 *
 * @param transferSyntaxUid  the transfer syntax the data set was decoded with
 * @param pixelDataOffset    byte offset of the pixel data element in the (decoded) stream, -1 when none was met
 */
public record DicomHeader(String source, DicomDataset fileMeta, String transferSyntaxUid, DicomDataset dataset,
                          long pixelDataOffset) {

    public boolean hasPixelData() {
        return pixelDataOffset >= 0;
    }

    public Optional<DicomElement> get(int tag) {
        return Tags.group(tag) == 2 ? fileMeta.get(tag) : dataset.get(tag);
    }

    public Optional<DicomElement> get(String keyword) {
        return DicomDictionary.standard().tag(keyword).flatMap(this::get);
    }

    public Optional<String> string(String keyword) {
        return get(keyword).flatMap(DicomElement::string);
    }

    public Optional<Double> number(String keyword) {
        return get(keyword).flatMap(DicomElement::number);
    }

    public Optional<DicomElement> getPrivate(String creator, int group, int elementByte) {
        return dataset.getPrivate(creator, group, elementByte);
    }
}
