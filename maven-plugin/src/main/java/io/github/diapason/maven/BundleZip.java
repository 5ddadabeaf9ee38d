package io.github.diapason.maven;

import io.github.diapason.compiler.diff.BaselineMaterialiser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips the output tree reproducibly: sorted entries, fixed timestamps, so the bundle's bytes depend
 * on content only. The study's own files (protocol and site files) go under {@code study/}, so a
 * later {@code diapason:diff} can use the released bundle as its baseline.
 */
final class BundleZip {

    private static final FileTime EPOCH = FileTime.fromMillis(1_577_836_800_000L); // 2020-01-01T00:00:00Z

    private BundleZip() {
    }

    static void write(Path tree, Path studyDirectory, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tree)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> sources = BaselineMaterialiser.studyFiles(studyDirectory);
        Files.createDirectories(zip.getParent());
        // Created like any file of the user's (mode from the umask, 0644 under 022), not as a private temp file.
        Path temp = zip.resolveSibling("." + zip.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(tree.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(EPOCH);
                entry.setCreationTime(EPOCH);
                entry.setLastAccessTime(EPOCH);
                z.putNextEntry(entry);
                Files.copy(file, z);
                z.closeEntry();
            }
            for (String source : sources) {
                ZipEntry entry = new ZipEntry(BaselineMaterialiser.BUNDLE_STUDY_FOLDER + source);
                entry.setLastModifiedTime(EPOCH);
                entry.setCreationTime(EPOCH);
                entry.setLastAccessTime(EPOCH);
                z.putNextEntry(entry);
                Files.copy(studyDirectory.resolve(source), z);
                z.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
