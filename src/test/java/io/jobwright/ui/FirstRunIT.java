package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** A fresh install in a real browser: create the account, sign out, sign in, and come back after a lost session. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunIT {

    @TempDir
    static Path dataDir;
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.sqlite(dataDir);
        browser = Browser.open(app.app().port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @Test
    @Order(1)
    void a_fresh_install_asks_for_the_admin_account_and_keeps_typed_values_on_error() {
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/setup");
        browser.screenshot("setup");

        browser.type("#f-username", "admin").type("#f-password", TestApp.PASSWORD).type("#f-confirm", "something else")
                .click("button[type=submit]");

        assertThat(browser.find("#e-confirm").getText()).contains("differ");
        assertThat(browser.find("#f-username").getAttribute("value")).isEqualTo("admin");
        assertThat(browser.find("#f-confirm").getAttribute("aria-invalid")).isEqualTo("true");

        browser.type("#f-password", TestApp.PASSWORD).type("#f-confirm", TestApp.PASSWORD).click("button[type=submit]");

        assertThat(browser.path()).doesNotStartWith("/setup");
        assertThat(browser.find(".topbar").getText()).contains("Sign out").contains("admin");
    }

    @Test
    @Order(2)
    void signing_out_and_in_again_with_a_wrong_then_right_password() {
        browser.go("/jobs/ready");
        browser.click(".topbar-end form button[type=submit]");
        assertThat(browser.path()).startsWith("/login");

        browser.type("#f-username", "admin").type("#f-password", "wrong password!").click("button[type=submit]");
        assertThat(browser.find("[role=alert], .error").getText()).contains("Invalid username or password");
        assertThat(browser.find("#f-username").getAttribute("value")).isEqualTo("admin");
        browser.screenshot("login-error");

        browser.type("#f-password", TestApp.PASSWORD).click("button[type=submit]");
        assertThat(browser.path()).startsWith("/jobs/ready");
    }

    @Test
    @Order(3)
    void an_expired_session_goes_to_sign_in_and_back_to_the_same_page() {
        browser.driver().manage().deleteCookieNamed("jw_session");

        browser.go("/jobs/discovered?q=engineer");
        assertThat(browser.path()).startsWith("/login?next=");

        browser.type("#f-username", "admin").type("#f-password", TestApp.PASSWORD).click("button[type=submit]");
        assertThat(browser.path()).isEqualTo("/jobs/discovered?q=engineer");
    }
}
