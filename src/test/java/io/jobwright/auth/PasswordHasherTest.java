package io.jobwright.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hash_is_a_self_describing_argon2id_string() {
        assertThat(hasher.hash("correct horse"))
                .matches("\\$argon2id\\$v=19\\$m=19456,t=4,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void the_same_password_is_accepted_and_another_refused() {
        String hash = hasher.hash("correct horse");

        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsE", hash)).isFalse();
    }

    @Test
    void each_hash_gets_its_own_salt() {
        assertThat(hasher.hash("correct horse")).isNotEqualTo(hasher.hash("correct horse"));
    }

    @Test
    void hashes_made_with_other_parameters_still_verify() {
        // What an older release with cheaper parameters would have stored: the string carries its own cost.
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.UTF_8);
        byte[] hash = new byte[32];
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(1024).withIterations(1).withParallelism(2).withSalt(salt).build());
        generator.generateBytes("password".getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String encoded = "$argon2id$v=19$m=1024,t=1,p=2$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);

        assertThat(hasher.matches("password", encoded)).isTrue();
        assertThat(hasher.matches("passwore", encoded)).isFalse();
    }

    @Test
    void malformed_hashes_never_match() {
        assertThat(hasher.matches("password", "")).isFalse();
        assertThat(hasher.matches("password", null)).isFalse();
        assertThat(hasher.matches("password", "password")).isFalse();
        assertThat(hasher.matches("password", "$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$AAAA")).isFalse();
    }
}
