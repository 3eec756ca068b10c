package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppliedLatelyTest {

    @Test
    void names_compare_by_their_letters_and_numbers_in_lower_case() {
        assertThat(Workspace.AppliedLately.normal("  ACME, Inc. ")).isEqualTo("acme inc");
        assertThat(Workspace.AppliedLately.normal("Senior Engineer (Backend) — Team #2"))
                .isEqualTo("senior engineer backend team 2");
        assertThat(Workspace.AppliedLately.normal("Zürich Versicherungs-Gesellschaft AG"))
                .isEqualTo("zürich versicherungs gesellschaft ag");
        assertThat(Workspace.AppliedLately.normal("Łódź ½ Ⅻ")).isEqualTo("łódź ½ ⅻ");
        assertThat(Workspace.AppliedLately.normal("!!!")).isEmpty();
        assertThat(Workspace.AppliedLately.normal(null)).isEmpty();
    }
}
