package io.jobwright.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.App;
import io.jobwright.TestApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthApiIT {

    private static final String CREDENTIALS = "{\"username\":\"admin\",\"password\":\"correct horse\"}";

    @TempDir
    Path dataDir;
    private TestApp running;
    private App app;
    private ApiClient api;

    @BeforeEach
    void start() {
        running = launch(dataDir);
        app = running.app();
        api = new ApiClient(app.port());
    }

    @AfterEach
    void stop() {
        // Null when the PostgreSQL subclass was skipped before starting anything.
        if (running != null) {
            running.close();
        }
    }

    /** Starts the app on SQLite; the PostgreSQL subclass starts it on a fresh schema instead. */
    TestApp launch(Path dataDir) {
        return TestApp.sqlite(dataDir);
    }

    @Test
    void status_reports_pending_setup_and_protected_routes_ask_for_it() {
        ApiClient.Reply status = api.send("GET", "/api/auth/status", null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.data().get("setupRequired").asBoolean()).isTrue();
        assertThat(status.data().get("authenticated").asBoolean()).isFalse();
        assertThat(status.data().get("username").isNull()).isTrue();

        ApiClient.Reply me = api.send("GET", "/api/auth/me", null);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.errorMessage()).startsWith("Initial setup is required");
    }

    @Test
    void setup_returns_a_token_that_works_on_me_and_sets_the_session_cookie() {
        ApiClient.Reply setup = api.send("POST", "/api/auth/setup", "{\"username\":\" Admin \",\"password\":\"correct horse\"}");

        assertThat(setup.status()).isEqualTo(201);
        assertThat(setup.data().get("expiresIn").asLong()).isEqualTo(2_592_000L);
        assertThat(setup.data().get("user").get("username").asText()).isEqualTo("admin");
        assertThat(setup.data().get("user").has("passwordHash")).isFalse();
        String token = setup.data().get("token").asText();
        assertThat(token).startsWith("jw_");
        assertThat(setup.headers("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("jw_session=" + token + ";").contains("HttpOnly", "SameSite=Strict", "Path=/"));

        ApiClient.Reply me = api.as(token, "GET", "/api/auth/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().get("user").get("id").asText()).isEqualTo(setup.data().get("user").get("id").asText());
        assertThat(me.data().get("user").get("createdAt").asText()).endsWith("Z");

        ApiClient.Reply status = api.as(token, "GET", "/api/auth/status", null);
        assertThat(status.data().get("setupRequired").asBoolean()).isFalse();
        assertThat(status.data().get("authenticated").asBoolean()).isTrue();
        assertThat(status.data().get("username").asText()).isEqualTo("admin");
    }

    @Test
    void second_setup_is_refused() {
        api.setUp("admin", "correct horse");

        ApiClient.Reply second = api.send("POST", "/api/auth/setup", "{\"username\":\"eve\",\"password\":\"eve's password\"}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCode()).isEqualTo("CONFLICT");
        assertThat(second.errorMessage()).isEqualTo("Setup is already complete; sign in instead");
    }

    @Test
    void concurrent_setups_let_exactly_one_win() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = "{\"username\":\"admin" + i + "\",\"password\":\"correct horse\"}";
                statuses.add(pool.submit(() -> api.send("POST", "/api/auth/setup", body).status()));
            }
            List<Integer> outcomes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                outcomes.add(status.get());
            }
            assertThat(outcomes).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void login_before_setup_asks_for_setup() {
        ApiClient.Reply login = api.send("POST", "/api/auth/login", CREDENTIALS);

        assertThat(login.status()).isEqualTo(400);
        assertThat(login.errorMessage()).isEqualTo("Initial setup is required before sign-in");
    }

    @Test
    void login_with_a_wrong_password_is_unauthorized() {
        api.setUp("admin", "correct horse");

        ApiClient.Reply login = api.send("POST", "/api/auth/login", "{\"username\":\"admin\",\"password\":\"wrong horse\"}");

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(login.errorMessage()).isEqualTo("Invalid username or password");
        assertThat(login.headers("Set-Cookie")).isEmpty();
    }

    @Test
    void unknown_fields_in_a_sign_in_body_are_refused_by_name() {
        ApiClient.Reply login = api.send("POST", "/api/auth/setup",
                "{\"username\":\"admin\",\"password\":\"correct horse\",\"isAdmin\":true}");

        assertThat(login.status()).isEqualTo(400);
        assertThat(login.errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(login.errorMessage()).startsWith("Unknown field: isAdmin;");
    }

    @Test
    void a_short_setup_password_is_refused_with_a_readable_message() {
        ApiClient.Reply setup = api.send("POST", "/api/auth/setup", "{\"username\":\"admin\",\"password\":\"short\"}");

        assertThat(setup.status()).isEqualTo(400);
        assertThat(setup.errorMessage()).isEqualTo("password must be 8–500 characters");
        assertThat(setup.json().path("error").path("details").path("field").asText()).isEqualTo("password");
    }

    @Test
    void sign_in_is_refused_for_a_while_after_five_failures() {
        api.setUp("admin", "correct horse");
        for (int i = 0; i < 5; i++) {
            assertThat(api.send("POST", "/api/auth/login", "{\"username\":\"admin\",\"password\":\"guess " + i + "\"}")
                    .status()).isEqualTo(401);
        }

        ApiClient.Reply refused = api.send("POST", "/api/auth/login", CREDENTIALS);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(refused.errorMessage()).matches("Too many failed sign-in attempts; try again in \\d+ seconds");
        long retryAfter = Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(890L, 900L);
        assertThat(refused.errorMessage()).contains(" " + retryAfter + " seconds");
    }

    @Test
    void login_sets_cookies_and_unsafe_cookie_requests_need_the_csrf_header() {
        api.setUp("admin", "correct horse");
        ApiClient.Reply login = api.send("POST", "/api/auth/login", CREDENTIALS);
        assertThat(login.status()).isEqualTo(200);
        String session = login.cookie("jw_session");
        String csrf = login.data().get("csrfToken").asText();
        assertThat(session).isEqualTo(login.data().get("token").asText());
        assertThat(login.cookie("jw_csrf")).isEqualTo(csrf);
        assertThat(login.headers("Set-Cookie")).filteredOn(c -> c.startsWith("jw_csrf=")).singleElement()
                .satisfies(c -> assertThat(c).doesNotContain("HttpOnly").contains("SameSite=Strict"));
        String cookie = "jw_session=" + session;

        assertThat(api.send("GET", "/api/auth/me", null, "Cookie", cookie).status()).isEqualTo(200);

        ApiClient.Reply withoutCsrf = api.send("PATCH", "/api/settings", "{\"resumeMaxProjects\":4}", "Cookie", cookie);
        assertThat(withoutCsrf.status()).isEqualTo(403);
        assertThat(withoutCsrf.errorMessage()).contains("X-CSRF-Token");

        ApiClient.Reply wrongCsrf = api.send("PATCH", "/api/settings", "{\"resumeMaxProjects\":4}",
                "Cookie", cookie, "X-CSRF-Token", "not-it");
        assertThat(wrongCsrf.status()).isEqualTo(403);

        ApiClient.Reply withCsrf = api.send("PATCH", "/api/settings", "{\"resumeMaxProjects\":4}",
                "Cookie", cookie, "X-CSRF-Token", csrf);
        assertThat(withCsrf.status()).isEqualTo(200);
        assertThat(withCsrf.data().get("resumeMaxProjects").get("value").asInt()).isEqualTo(4);
    }

    @Test
    void a_password_change_needs_the_current_one_signs_out_other_sessions_and_keeps_api_tokens() {
        String session = api.setUp("admin", "correct horse");
        String other = api.send("POST", "/api/auth/login", CREDENTIALS).data().get("token").asText();
        String token = api.as(session, "POST", "/api/auth/tokens", "{\"name\":\"cron\"}").data().get("token").asText();

        ApiClient.Reply wrong = api.as(session, "POST", "/api/auth/password",
                "{\"currentPassword\":\"wrong horse\",\"newPassword\":\"battery staple\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorMessage()).contains("currentPassword");
        assertThat(api.as(other, "GET", "/api/auth/me", null).status()).as("nothing changed").isEqualTo(200);
        assertThat(api.as(session, "POST", "/api/auth/password",
                "{\"currentPassword\":\"correct horse\",\"newPassword\":\"x\"}").errorMessage()).contains("newPassword");

        ApiClient.Reply changed = api.as(session, "POST", "/api/auth/password",
                "{\"currentPassword\":\"correct horse\",\"newPassword\":\"battery staple\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.as(session, "GET", "/api/auth/me", null).status()).isEqualTo(200);
        assertThat(api.as(other, "GET", "/api/auth/me", null).status()).isEqualTo(401);
        assertThat(api.as(token, "GET", "/api/auth/me", null).status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/auth/login", CREDENTIALS).status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/auth/login", "{\"username\":\"admin\",\"password\":\"battery staple\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void api_tokens_are_created_listed_and_revoked() {
        String session = api.setUp("admin", "correct horse");

        ApiClient.Reply created = api.as(session, "POST", "/api/auth/tokens", "{\"name\":\"nightly export\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.data().get("id").asText();
        String token = created.data().get("token").asText();
        assertThat(token).startsWith("jw_");
        assertThat(created.data().get("prefix").asText()).isEqualTo(token.substring(0, 11));
        assertThat(created.data().get("name").asText()).isEqualTo("nightly export");

        assertThat(api.as(token, "GET", "/api/auth/me", null).status()).isEqualTo(200);

        ApiClient.Reply listed = api.as(session, "GET", "/api/auth/tokens", null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(token);
        assertThat(listed.data().get("tokens")).singleElement().satisfies(listedToken -> {
            assertThat(listedToken.get("id").asText()).isEqualTo(id);
            assertThat(listedToken.get("prefix").asText()).isEqualTo(token.substring(0, 11));
            assertThat(listedToken.get("lastUsedAt").isNull()).isFalse();
        });

        ApiClient.Reply revoked = api.as(session, "DELETE", "/api/auth/tokens/" + id, null);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.data().get("revoked").asBoolean()).isTrue();
        assertThat(api.as(token, "GET", "/api/auth/me", null).status()).isEqualTo(401);
        assertThat(api.as(session, "DELETE", "/api/auth/tokens/" + id, null).status()).isEqualTo(404);
        assertThat(api.as(session, "GET", "/api/auth/tokens", null).data().get("tokens")).isEmpty();
    }

    @Test
    void a_token_needs_a_name() {
        String session = api.setUp("admin", "correct horse");

        ApiClient.Reply created = api.as(session, "POST", "/api/auth/tokens", "{\"name\":\"  \"}");

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.errorMessage()).isEqualTo("name: must be 1–120 characters");
    }

    @Test
    void logout_revokes_the_session_and_clears_the_cookies() {
        String token = api.setUp("admin", "correct horse");

        ApiClient.Reply logout = api.as(token, "POST", "/api/auth/logout", null);

        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.data().get("message").asText()).isEqualTo("Signed out");
        assertThat(logout.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("jw_session=;").contains("Max-Age=0"));
        assertThat(api.as(token, "GET", "/api/auth/me", null).status()).isEqualTo(401);
    }

    @Test
    void basic_authentication_is_not_accepted() {
        api.setUp("admin", "correct horse");
        String basic = java.util.Base64.getEncoder().encodeToString("admin:correct horse".getBytes());

        ApiClient.Reply me = api.send("GET", "/api/auth/me", null, "Authorization", "Basic " + basic);

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.errorMessage()).startsWith("Authentication required");
    }
}
