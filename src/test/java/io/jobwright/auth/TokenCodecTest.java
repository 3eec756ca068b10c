package io.jobwright.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenCodecTest {

    private final TokenCodec codec = new TokenCodec();

    @Test
    void tokens_are_jw_and_32_random_bytes_in_base64url() {
        String token = codec.newToken();

        assertThat(token).matches("jw_[A-Za-z0-9_-]{43}");
        assertThat(codec.newToken()).isNotEqualTo(token);
    }

    @Test
    void the_stored_form_is_the_sha256_hex_digest() {
        assertThat(TokenCodec.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_shown_prefix_is_the_first_eleven_characters() {
        assertThat(TokenCodec.shownPrefix("jw_abcdefghijklmnop")).isEqualTo("jw_abcdefgh");
    }
}
