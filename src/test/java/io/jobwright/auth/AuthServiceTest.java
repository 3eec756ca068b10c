package io.jobwright.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.MutableClock;
import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.error.Conflict;
import io.jobwright.error.Forbidden;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.NotFound;
import io.jobwright.error.Unauthorized;
import io.jobwright.web.Principal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthServiceTest {

    private static final String ADDRESS = "192.0.2.7";

    @TempDir
    Path dataDir;
    private Database database;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private AuthService auth;

    @BeforeEach
    void open() {
        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        auth = new AuthService(database.jdbi(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void setup_creates_the_admin_and_signs_it_in() {
        assertThat(auth.setupRequired()).isTrue();

        IssuedSession session = auth.setup("admin", "long enough");

        assertThat(auth.setupRequired()).isFalse();
        assertThat(session.expiresIn()).isEqualTo(30L * 24 * 3600);
        assertThat(session.user().username()).isEqualTo("admin");
        assertThat(session.user().createdAt()).isEqualTo(clock.instant());
        assertThat(bearer(session.token())).map(Principal::username).contains("admin");
    }

    @Test
    void setup_trims_and_lower_cases_the_username() {
        assertThat(auth.setup("  Alice ", "long enough").user().username()).isEqualTo("alice");
    }

    @Test
    void second_setup_is_refused() {
        auth.setup("admin", "long enough");

        assertThatThrownBy(() -> auth.setup("other", "long enough"))
                .isInstanceOf(Conflict.class)
                .hasMessage("Setup is already complete; sign in instead");
    }

    @Test
    void concurrent_setups_let_exactly_one_win() throws Exception {
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            // Separate services, as if each were its own process sharing the database.
            AuthService racer = new AuthService(database.jdbi(), clock);
            String name = "admin" + i;
            attempts.add(() -> {
                start.await();
                try {
                    return racer.setup(name, "long enough").user().username();
                } catch (Conflict e) {
                    return "refused";
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<String>> results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(outcome -> !outcome.equals("refused")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("users")).isEqualTo(1);
    }

    @Test
    void setup_refuses_a_password_shorter_than_eight_characters() {
        assertThatThrownBy(() -> auth.setup("admin", "short"))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("password must be 8–500 characters");
    }

    @Test
    void setup_refuses_a_blank_or_overlong_username() {
        assertThatThrownBy(() -> auth.setup("   ", "long enough"))
                .isInstanceOf(InvalidRequest.class).hasMessage("username: must be 1–120 characters");
        assertThatThrownBy(() -> auth.setup("a".repeat(121), "long enough"))
                .isInstanceOf(InvalidRequest.class).hasMessage("username: must be 1–120 characters");
    }

    @Test
    void login_before_setup_asks_for_setup_first() {
        assertThatThrownBy(() -> auth.login("admin", "long enough", ADDRESS))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("Initial setup is required before sign-in");
    }

    @Test
    void login_opens_a_new_session_with_its_own_csrf_token() {
        IssuedSession first = auth.setup("admin", "long enough");

        IssuedSession second = auth.login("ADMIN ", "long enough", ADDRESS);

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(second.csrfToken()).isNotEqualTo(first.csrfToken()).isNotBlank();
        assertThat(cookie(second.token())).map(Principal::csrfToken).contains(second.csrfToken());
    }

    @Test
    void wrong_password_and_unknown_username_are_refused_alike() {
        auth.setup("admin", "long enough");

        assertThatThrownBy(() -> auth.login("admin", "wrong password", ADDRESS))
                .isInstanceOf(Unauthorized.class).hasMessage("Invalid username or password");
        assertThatThrownBy(() -> auth.login("nobody", "long enough", ADDRESS))
                .isInstanceOf(Unauthorized.class).hasMessage("Invalid username or password");
    }

    @Test
    void sixth_attempt_after_five_failures_is_refused_even_with_the_right_password() {
        auth.setup("admin", "long enough");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> auth.login("admin", "wrong password", ADDRESS)).isInstanceOf(Unauthorized.class);
        }

        assertThatThrownBy(() -> auth.login("admin", "long enough", ADDRESS))
                .isInstanceOf(Forbidden.class)
                .hasMessage("Too many failed sign-in attempts; try again in 900 seconds")
                .satisfies(e -> assertThat(((Forbidden) e).details()).isEqualTo(Map.of("retryAfterSeconds", 900L)));

        clock.advance(Duration.ofMinutes(15));
        assertThat(auth.login("admin", "long enough", ADDRESS).user().username()).isEqualTo("admin");
    }

    @Test
    void session_stops_working_after_thirty_days() {
        String token = auth.setup("admin", "long enough").token();

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(bearer(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(bearer(token)).isEmpty();
    }

    @Test
    void logout_revokes_the_session_at_once() {
        String token = auth.setup("admin", "long enough").token();
        assertThat(bearer(token)).isPresent();

        auth.logout(token);

        assertThat(bearer(token)).isEmpty();
        assertThat(cookie(token)).isEmpty();
    }

    @Test
    void a_session_revoked_by_another_instance_stops_working_within_the_cache_lifetime() {
        String token = auth.setup("admin", "long enough").token();
        assertThat(bearer(token)).isPresent();

        database.jdbi().useHandle(h -> h.execute("UPDATE auth_sessions SET revoked_at = 1"));

        assertThat(bearer(token)).isPresent();
        clock.advance(CredentialCache.TTL.plusSeconds(1));
        assertThat(bearer(token)).isEmpty();
    }

    @Test
    void api_token_works_as_a_bearer_until_revoked() {
        Principal admin = admin();
        IssuedApiToken issued = auth.createApiToken(admin, "  backup script ");
        assertThat(issued.name()).isEqualTo("backup script");
        assertThat(issued.prefix()).isEqualTo(issued.token().substring(0, 11));
        assertThat(bearer(issued.token())).map(Principal::username).contains("admin");

        auth.revokeApiToken(admin, issued.id());

        assertThat(bearer(issued.token())).isEmpty();
        assertThat(auth.listApiTokens(admin)).isEmpty();
    }

    @Test
    void api_token_is_not_accepted_from_the_session_cookie() {
        IssuedApiToken issued = auth.createApiToken(admin(), "script");

        assertThat(cookie(issued.token())).isEmpty();
    }

    @Test
    void listed_tokens_show_the_prefix_and_last_use_but_never_the_token() {
        Principal admin = admin();
        IssuedApiToken issued = auth.createApiToken(admin, "script");
        clock.advance(Duration.ofSeconds(5));
        bearer(issued.token());

        assertThat(auth.listApiTokens(admin)).containsExactly(new ApiToken(issued.id(), "script", issued.prefix(),
                issued.createdAt(), clock.instant()));
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        Principal admin = admin();
        IssuedApiToken issued = auth.createApiToken(admin, "script");
        bearer(issued.token());
        Instant firstUse = clock.instant();

        clock.advance(Duration.ofSeconds(59));
        bearer(issued.token());
        assertThat(auth.listApiTokens(admin).getFirst().lastUsedAt()).isEqualTo(firstUse);

        clock.advance(Duration.ofSeconds(1));
        bearer(issued.token());
        assertThat(auth.listApiTokens(admin).getFirst().lastUsedAt()).isEqualTo(clock.instant());
    }

    @Test
    void revoking_an_unknown_token_is_not_found() {
        assertThatThrownBy(() -> auth.revokeApiToken(admin(), "no-such-id"))
                .isInstanceOf(NotFound.class).hasMessage("API token not found: no-such-id");
    }

    @Test
    void token_names_must_be_one_to_120_characters() {
        Principal admin = admin();

        assertThatThrownBy(() -> auth.createApiToken(admin, " ")).isInstanceOf(InvalidRequest.class)
                .hasMessage("name: must be 1–120 characters");
        assertThatThrownBy(() -> auth.createApiToken(admin, "n".repeat(121))).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void only_hashes_of_passwords_and_tokens_are_stored() {
        IssuedSession session = auth.setup("admin", "long enough");
        IssuedApiToken apiToken = auth.createApiToken(bearer(session.token()).orElseThrow(), "script");

        String stored = database.jdbi().withHandle(h -> String.join("|",
                h.createQuery("SELECT password_hash FROM users").mapTo(String.class).one(),
                h.createQuery("SELECT token_hash FROM auth_sessions").mapTo(String.class).one(),
                h.createQuery("SELECT token_hash || token_prefix FROM api_tokens").mapTo(String.class).one()));

        assertThat(stored).doesNotContain("long enough", session.token(), apiToken.token())
                .contains(TokenCodec.hash(session.token()), TokenCodec.hash(apiToken.token()));
    }

    @Test
    void setup_required_does_not_ask_the_database_once_a_user_exists() {
        auth.setup("admin", "long enough");
        database.close();

        assertThat(auth.setupRequired()).isFalse();
    }

    @Test
    void ended_sessions_are_purged_at_startup() {
        String token = auth.setup("admin", "long enough").token();
        auth.login("admin", "long enough", ADDRESS);
        auth.logout(token);
        clock.advance(Duration.ofDays(31));

        new AuthService(database.jdbi(), clock);

        assertThat(count("auth_sessions")).isZero();
    }

    private int count(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    private Principal admin() {
        return bearer(auth.setup("admin", "long enough").token()).orElseThrow();
    }

    private Optional<Principal> bearer(String token) {
        return auth.authenticate(new PresentedToken(token, Principal.Via.BEARER));
    }

    private Optional<Principal> cookie(String token) {
        return auth.authenticate(new PresentedToken(token, Principal.Via.SESSION_COOKIE));
    }
}
