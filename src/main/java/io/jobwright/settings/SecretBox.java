package io.jobwright.settings;

import io.jobwright.config.ConfigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts secrets at rest with AES-256-GCM, as {@code v1:<base64(iv + ciphertext + tag)>} with a fresh 12-byte IV
 * per value. The key is the 32 bytes of {@code <dataDir>/secret.key}, created with permissions {@code rw-------} the
 * first time a secret is encrypted.
 *
 * <p>A database backup therefore holds no usable secret without the key file, and the key file alone decrypts
 * nothing: keep both, separately. Losing the key loses the stored secrets (they must be entered again). Thread-safe.
 */
public final class SecretBox {

    public static final String KEY_FILE = "secret.key";
    static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(SecretBox.class);

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey key;

    /**
     * Uses the key file in {@code dataDir}, reading it now if it exists.
     *
     * @throws ConfigException when the key file exists but is not a 32-byte key, so the app refuses to start
     */
    public SecretBox(Path dataDir) {
        this.keyFile = dataDir.resolve(KEY_FILE);
        if (Files.exists(keyFile)) {
            key = read();
        }
    }

    /** Encrypts a secret; creates the key file on first use. */
    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keyForWriting(), iv, plaintext.getBytes(StandardCharsets.UTF_8));
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv).put(sealed).array());
    }

    /**
     * Decrypts what {@link #encrypt} produced.
     *
     * @throws SecretUnreadable when the value is malformed or altered, or the key file is missing or different
     */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new SecretUnreadable("Stored secret is not in the " + VERSION + " format");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadable("Stored secret is not valid base64");
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new SecretUnreadable("Stored secret is too short to be an encrypted value");
        }
        SecretKey current = key;
        if (current == null) {
            throw new SecretUnreadable(keyFile + " is missing, so stored secrets cannot be decrypted; enter them again");
        }
        byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
        return new String(run(Cipher.DECRYPT_MODE, current, iv, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, SecretKey secretKey, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, secretKey, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadable("Stored secret failed its integrity check: it was altered, or encrypted with a "
                    + "different " + KEY_FILE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this Java runtime", e);
        }
    }

    private SecretKey keyForWriting() {
        SecretKey current = key;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (key == null) {
                key = Files.exists(keyFile) ? read() : create();
            }
            return key;
        }
    }

    private SecretKey read() {
        try {
            byte[] bytes = Files.readAllBytes(keyFile);
            if (bytes.length != KEY_BYTES) {
                throw new ConfigException(keyFile + " must hold exactly " + KEY_BYTES + " bytes (an AES-256 key) but holds "
                        + bytes.length + "; restore the original file, or delete it and enter the stored secrets again");
            }
            if (isPosix(keyFile) && !Files.getPosixFilePermissions(keyFile).equals(OWNER_ONLY)) {
                LOG.warn("{} was readable by others; restricting it to its owner (rw-------)", keyFile);
                Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
            }
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + keyFile + ": " + e.getMessage());
        }
    }

    private SecretKey create() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        try {
            Files.createDirectories(keyFile.getParent());
            // Written under a temporary name and moved into place, so a crash never leaves a short key behind.
            Path temp = isPosix(keyFile)
                    ? Files.createTempFile(keyFile.getParent(), KEY_FILE, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(keyFile.getParent(), KEY_FILE, ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, keyFile, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Created {} to encrypt stored secrets; back it up apart from the database", keyFile);
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
