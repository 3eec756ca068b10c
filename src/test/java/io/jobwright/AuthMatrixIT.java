package io.jobwright;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.TestApp.Response;
import io.jobwright.web.Routes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every registered API route, called without credentials and with them: only the public few answer without. The web
 * app's HTML pages send a visitor to sign-in instead; {@code ui.JobPagesIT} checks those.
 */
class AuthMatrixIT {

    private static final Set<String> PUBLIC = Set.of("GET /health", "POST /api/auth/setup", "POST /api/auth/login",
            "GET /api/auth/status");
    /** An endless event stream: PipelineContract reads it with a token; here only its refusal is checked. */
    private static final String PROGRESS_STREAM = "GET /api/pipeline/progress";
    /** Answers to its own secret, not to a login: a user's token is refused there too (ScheduleApiContract). */
    private static final String WEBHOOK = "POST /api/webhook/trigger";

    @TempDir
    Path dataDir;
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.sqlite(dataDir).withAdmin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void every_protected_route_refuses_a_request_without_credentials() {
        for (Routes.Route route : apiRoutes()) {
            String key = route.method() + " " + route.path();
            String path = concrete(route.path());
            Response anonymous = app.send(route.method(), path, "{}".getBytes(), Map.of("Content-Type", "application/json"), null);
            if (PUBLIC.contains(key)) {
                assertThat(anonymous.status()).as(key).isNotEqualTo(401);
            } else {
                assertThat(anonymous.status()).as(key).isEqualTo(401);
                assertThat(anonymous.code()).as(key).isEqualTo("UNAUTHORIZED");
                assertThat(anonymous.json().path("meta").path("requestId").asText()).as(key).isNotBlank();
            }
        }
    }

    @Test
    void every_protected_route_lets_a_valid_token_through_the_door() {
        for (Routes.Route route : apiRoutes()) {
            String key = route.method() + " " + route.path();
            if (PUBLIC.contains(key) || key.equals("POST /api/auth/logout") || key.equals(WEBHOOK)
                    || key.equals(PROGRESS_STREAM)) {
                continue;
            }
            Response authorized;
            try {
                // A GET carries no body: a server may rightly cut off a long answer to a GET that sent one.
                authorized = app.send(route.method(), concrete(route.path()),
                        route.method().equals("GET") ? null : "{}".getBytes(),
                        Map.of("Content-Type", "application/json"), app.token());
            } catch (RuntimeException e) {
                throw new AssertionError(key + " broke off its answer", e);
            }
            assertThat(authorized.status()).as(key).isNotIn(401, 403, 500);
        }
    }

    @Test
    void a_wrong_or_basic_credential_is_refused() {
        assertThat(app.send("GET", "/api/jobs", null, Map.of(), "jw_not-a-real-token").status()).isEqualTo(401);
        assertThat(app.send("GET", "/api/jobs", null, Map.of("Authorization", "Basic YWRtaW46cGFzc3dvcmQ="), null)
                .status()).isEqualTo(401);
        assertThat(app.send("GET", "/pdfs/resume_x.pdf", null, Map.of(), null).status()).isEqualTo(401);
    }

    private java.util.List<Routes.Route> apiRoutes() {
        return app.app().routes().stream().filter(r -> r.path().startsWith("/api/") || r.path().startsWith("/pdfs/")
                || r.path().equals("/health")).toList();
    }

    private static String concrete(String path) {
        return path.replace("{id}", "no-such-job").replace("{noteId}", "no-such-note")
                .replace("{status}", "skipped").replace("{file}", "resume_no-such-job.pdf")
                .replaceAll("\\{(\\w+)}", "no-such-$1"); // any parameter a later route adds
    }
}
