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
        Browser.closeWith(browser, app);
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

        browser.awaitExactPath("/onboarding/resume");
        assertThat(browser.find(".topbar").getText()).contains("Sign out").contains("admin");
    }

    @Test
    @Order(2)
    void onboarding_imports_the_resume_shows_it_parsed_back_and_says_an_llm_is_optional() {
        browser.go("/onboarding/resume");
        browser.type("#f-resume", "{\"basics\": 42");
        browser.click("form[action='/onboarding/resume'] button[type=submit]");
        assertThat(browser.find("#e-resume").getText()).isNotBlank();
        assertThat(browser.find("#f-resume").getAttribute("value")).isEqualTo("{\"basics\": 42");

        browser.find("#f-resume").clear();
        browser.find("#f-file").sendKeys(Path.of("src/test/resources/jobs/resume-ada.json").toAbsolutePath().toString());
        browser.click("form[action='/onboarding/resume'] button[type=submit]");

        assertThat(browser.find("[data-parsed=name]").getText()).isEqualTo("Ada Quinn");
        assertThat(browser.find("[data-parsed=headline]").getText()).isEqualTo("Backend Engineer");
        assertThat(browser.find("[data-parsed=work]").getText()).contains("Senior Backend Engineer at Northwind Freight");
        browser.screenshot("onboarding-resume");

        browser.click("[data-confirm-resume]");
        browser.awaitExactPath("/onboarding/ai");
        assertThat(browser.find("main").getText()).contains("Jobwright works offline without one");
        browser.screenshot("onboarding-ai");
        browser.click("a[href='/onboarding/search']");

        browser.type("#f-searchTerms", "Backend engineer\nPlatform engineer").type("#f-minimumSalary", "lots");
        browser.click("form[action='/onboarding/search'] button[type=submit]");
        assertThat(browser.find("#e-minimumSalary").getText()).contains("whole number");
        assertThat(browser.find("#f-searchTerms").getAttribute("value")).contains("Platform engineer");

        browser.type("#f-minimumSalary", "60000");
        browser.find("input[name=preferredWorkplace][value=remote]").click();
        browser.click("form[action='/onboarding/search'] button[type=submit]");
        browser.awaitExactPath("/onboarding/sources");
        browser.go("/onboarding/search");
        assertThat(browser.find("#f-minimumSalary").getAttribute("value")).isEqualTo("60000");
        assertThat(browser.find("input[name=preferredWorkplace][value=remote]").isSelected()).isTrue();
        browser.go("/onboarding/sources");
        browser.type("#f-urls", "https://boards.greenhouse.io/example\nhttp://127.0.0.1:9/careers");
        browser.click("form[action='/onboarding/sources'] button[type=submit]");
        assertThat(browser.find("[role=status].alert").getText()).contains("Added: boards.greenhouse.io (greenhouse)");
        assertThat(browser.find("#e-urls").getText()).contains("http://127.0.0.1:9/careers");
        assertThat(browser.find("#f-urls").getAttribute("value")).isEqualTo("http://127.0.0.1:9/careers");
        browser.screenshot("onboarding-sources");
        browser.click("[data-finish]");
        browser.awaitPath("/jobs/discovered");
    }

    @Test
    @Order(3)
    void signing_out_and_in_again_with_a_wrong_then_right_password() {
        browser.go("/jobs/ready");
        browser.click(".topbar-end form button[type=submit]");
        browser.awaitPath("/login");

        browser.type("#f-username", "admin").type("#f-password", "wrong password!").click("button[type=submit]");
        assertThat(browser.find("[role=alert], .error").getText()).contains("Invalid username or password");
        assertThat(browser.find("#f-username").getAttribute("value")).isEqualTo("admin");
        browser.screenshot("login-error");

        browser.type("#f-password", TestApp.PASSWORD).click("button[type=submit]");
        browser.awaitPath("/jobs/ready");
    }

    @Test
    @Order(4)
    void an_expired_session_goes_to_sign_in_and_back_to_the_same_page() {
        browser.driver().manage().deleteCookieNamed("jw_session");

        browser.go("/jobs/discovered?q=engineer");
        browser.awaitPath("/login?next=");

        browser.type("#f-username", "admin").type("#f-password", TestApp.PASSWORD).click("button[type=submit]");
        browser.awaitExactPath("/jobs/discovered?q=engineer");
    }
}
