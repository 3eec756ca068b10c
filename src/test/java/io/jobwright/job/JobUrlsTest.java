package io.jobwright.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.error.InvalidRequest;
import org.junit.jupiter.api.Test;

class JobUrlsTest {

    @Test
    void canonical_form_drops_case_fragment_default_port_and_tracking() {
        assertThat(JobUrls.canonical("HTTPS://Jobs.Example.ORG:443/Acme/1?utm_source=x&ref=7&utm_medium=y#apply"))
                .isEqualTo("https://jobs.example.org/Acme/1?ref=7");
        assertThat(JobUrls.canonical("http://example.org")).isEqualTo("http://example.org/");
        assertThat(JobUrls.canonical("http://example.org:8080/a")).isEqualTo("http://example.org:8080/a");
    }

    @Test
    void only_absolute_http_urls_are_accepted() {
        assertThatThrownBy(() -> JobUrls.parse("jobUrl", "javascript:alert(1)")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("jobUrl");
        assertThatThrownBy(() -> JobUrls.parse("jobUrl", "/relative")).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> JobUrls.parse("jobUrl", "https://exa mple.org")).isInstanceOf(InvalidRequest.class);
    }
}
