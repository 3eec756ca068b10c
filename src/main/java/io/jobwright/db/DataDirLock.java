package io.jobwright.db;

import io.jobwright.config.ConfigException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data directory, so two Jobwright processes never share one SQLite file and PDF folder.
 * The operating system releases it when the process dies, so a crash never leaves it stuck.
 */
public final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the data directory if needed and locks it.
     *
     * @throws ConfigException when another process holds the lock or the directory cannot be created
     */
    public static DataDirLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new ConfigException("Another Jobwright process is using the data directory " + dataDir
                        + "; stop it or set JOBWRIGHT_DATA_DIR to another directory");
            }
            return new DataDirLock(channel, lock);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new ConfigException("This process already uses the data directory " + dataDir);
        } catch (IOException e) {
            throw new ConfigException("Cannot use the data directory " + dataDir + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The process is shutting down; the OS drops the lock with the file handle.
        }
    }
}
