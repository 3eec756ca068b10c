package io.jobwright.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dataDir;

    @Test
    void a_secret_decrypts_to_what_was_encrypted() {
        SecretBox box = new SecretBox(dataDir);

        String sealed = box.encrypt("sk-live-123456");

        assertThat(sealed).startsWith("v1:").doesNotContain("sk-live");
        assertThat(box.decrypt(sealed)).isEqualTo("sk-live-123456");
    }

    @Test
    void the_same_secret_encrypts_differently_each_time() {
        SecretBox box = new SecretBox(dataDir);

        assertThat(box.encrypt("same")).isNotEqualTo(box.encrypt("same"));
    }

    @Test
    void the_key_file_appears_on_first_use_readable_by_its_owner_only() throws Exception {
        SecretBox box = new SecretBox(dataDir);
        Path keyFile = dataDir.resolve(SecretBox.KEY_FILE);
        assertThat(keyFile).doesNotExist();

        box.encrypt("secret");

        assertThat(Files.size(keyFile)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        try (var leftovers = Files.list(dataDir)) {
            assertThat(leftovers).containsExactly(keyFile);
        }
    }

    @Test
    void a_later_instance_reads_secrets_with_the_same_key_file() {
        String sealed = new SecretBox(dataDir).encrypt("secret");

        assertThat(new SecretBox(dataDir).decrypt(sealed)).isEqualTo("secret");
    }

    @Test
    void a_key_file_of_the_wrong_size_stops_startup() throws Exception {
        Files.write(dataDir.resolve(SecretBox.KEY_FILE), new byte[16]);

        assertThatThrownBy(() -> new SecretBox(dataDir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("secret.key must hold exactly 32 bytes (an AES-256 key) but holds 16");
    }

    @Test
    void a_key_file_readable_by_others_is_restricted() throws Exception {
        Path keyFile = dataDir.resolve(SecretBox.KEY_FILE);
        Files.write(keyFile, new byte[32]);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

        new SecretBox(dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void an_altered_value_is_reported_as_unreadable() {
        SecretBox box = new SecretBox(dataDir);
        byte[] bytes = Base64.getDecoder().decode(box.encrypt("secret").substring(3));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> box.decrypt("v1:" + Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("failed its integrity check");
    }

    @Test
    void a_value_sealed_with_another_key_is_unreadable(@TempDir Path otherDir) {
        String sealed = new SecretBox(otherDir).encrypt("secret");
        SecretBox box = new SecretBox(dataDir);
        box.encrypt("creates this directory's key");

        assertThatThrownBy(() -> box.decrypt(sealed)).isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void malformed_values_and_a_missing_key_are_reported_clearly() {
        SecretBox box = new SecretBox(dataDir);

        assertThatThrownBy(() -> box.decrypt("plain text")).isInstanceOf(SecretUnreadable.class)
                .hasMessage("Stored secret is not in the v1: format");
        assertThatThrownBy(() -> box.decrypt("v1:***")).isInstanceOf(SecretUnreadable.class)
                .hasMessage("Stored secret is not valid base64");
        assertThatThrownBy(() -> box.decrypt("v1:" + Base64.getEncoder().encodeToString(new byte[40])))
                .isInstanceOf(SecretUnreadable.class).hasMessageContaining("secret.key is missing");
    }
}
