package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.job.Job;
import io.jobwright.job.JobStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobDetailTest {

    @Test
    void hostile_posting_html_keeps_formatting_and_loses_scripts_handlers_links_and_frames() {
        String html = JobDetail.sanitize("<h2 onclick=\"x()\">About</h2><p>Hi <b>there</b><script>alert(1)</script>"
                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">go</a><iframe src=//evil></iframe></p>");

        assertThat(html).isEqualTo("<h2>About</h2><p>Hi <b>there</b>go</p>");
    }

    @Test
    void plain_text_postings_become_escaped_paragraphs() {
        assertThat(JobDetail.sanitize("First <not a tag\n\nSecond\nline"))
                .isEqualTo("<p>First &lt;not a tag</p><p>Second<br>line</p>");
    }

    @Test
    void the_offline_reason_splits_into_factors_without_breaking_a_factor_at_its_own_semicolons() {
        Job job = new Job.Builder().id("j1").source("manual").title("T").employer("E").status(JobStatus.DISCOVERED)
                .suitabilityReason("Skills 22/40 (you have Java; missing Kubernetes); Seniority 7/10 (not stated; "
                        + "yours reads as lead); Salary -5/10 (below minimum).")
                .discoveredAt(Instant.EPOCH).createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).build();

        assertThat(new JobDetail(job, "", "missing", null, null, null, 50, null).factors()).containsExactly(
                "Skills 22/40 (you have Java; missing Kubernetes)", "Seniority 7/10 (not stated; yours reads as lead)",
                "Salary -5/10 (below minimum)");
    }
}
