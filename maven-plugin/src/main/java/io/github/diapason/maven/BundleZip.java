package io.github.diapason.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips the output tree reproducibly: sorted entries, fixed timestamps, so the bundle's bytes depend on content only. */
final class BundleZip {

    private static final FileTime EPOCH = FileTime.fromMillis(1_577_836_800_000L); // 2020-01-01T00:00:00Z

    private BundleZip() {
    }

    static void write(Path tree, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tree)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Files.createDirectories(zip.getParent());
        Path temp = Files.createTempFile(zip.getParent(), ".bundle", ".zip");
        try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(tree.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(EPOCH);
                entry.setCreationTime(EPOCH);
                entry.setLastAccessTime(EPOCH);
                z.putNextEntry(entry);
                Files.copy(file, z);
                z.closeEntry();
            }
        }
        Files.move(temp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
