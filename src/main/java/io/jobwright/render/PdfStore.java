package io.jobwright.render;

import io.jobwright.error.NotFound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Job PDFs on disk, under {@code <dataDir>/pdfs}. Each generation writes a new file (temp file, then atomic rename),
 * and the job row is switched to it only when the generation commits, so a crash or a failed render never replaces
 * a good PDF. Stored paths are relative to the data directory and are checked on the way back in.
 */
public final class PdfStore {

    private static final Pattern SAFE_NAME = Pattern.compile("resume_[A-Za-z0-9-]{1,64}_[A-Za-z0-9-]{1,64}\\.pdf");

    private final Path dataDir;
    private final Path dir;

    public PdfStore(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.dir = this.dataDir.resolve("pdfs");
    }

    /**
     * Writes a new PDF for a job and returns its path relative to the data directory. The file is complete on disk
     * before the name appears.
     */
    public String write(String jobId, byte[] pdf) {
        try {
            Files.createDirectories(dir);
            String name = "resume_" + jobId + "_" + UUID.randomUUID() + ".pdf";
            Path temp = Files.createTempFile(dir, ".writing-", ".tmp");
            try {
                Files.write(temp, pdf);
                try {
                    Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return "pdfs/" + name;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF for job " + jobId, e);
        }
    }

    /**
     * The file behind a stored relative path.
     *
     * @throws NotFound when the path is not one this store wrote or the file is gone
     */
    public Path resolve(String relativePath) {
        if (relativePath == null || !relativePath.startsWith("pdfs/")
                || !SAFE_NAME.matcher(relativePath.substring(5)).matches()) {
            throw new NotFound("PDF not found");
        }
        Path file = dir.resolve(relativePath.substring(5)).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            throw new NotFound("PDF not found");
        }
        return file;
    }

    /** Deletes a stored PDF if it exists; a missing or foreign path is ignored. */
    public void delete(String relativePath) {
        if (relativePath == null) {
            return;
        }
        try {
            Files.deleteIfExists(resolve(relativePath));
        } catch (NotFound | IOException ignored) {
            // Already gone, or never ours: nothing to clean up.
        }
    }

    /** Removes temp files a crash left half-written; called at startup. */
    public void removeHalfWritten() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(".writing-")).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // Best effort: a leftover temp file is harmless.
                }
            });
        } catch (IOException ignored) {
            // Best effort at startup.
        }
    }
}
