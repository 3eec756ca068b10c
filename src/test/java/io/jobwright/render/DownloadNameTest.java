package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadNameTest {

    @Test
    void german_french_and_polish_names_are_transliterated_to_ascii() {
        assertThat(DownloadName.of("Łucja Żółkiewska", "Müller & Söhne GmbH", "Straßenbahn-Ingénieur"))
                .isEqualTo("Lucja-Zolkiewska_Muller-and-Sohne-GmbH_Strassenbahn-Ingenieur.pdf");
        assertThat(DownloadName.of("Zoë Œuvre", "Ørsted", "Senior Engineer (m/w/d)"))
                .isEqualTo("Zoe-OEuvre_Orsted_Senior-Engineer-m-w-d.pdf");
    }

    @Test
    void missing_or_unspellable_parts_are_left_out() {
        assertThat(DownloadName.of("Ada Quinn", null, "Engineer")).isEqualTo("Ada-Quinn_Engineer.pdf");
        assertThat(DownloadName.of("山田太郎", "株式会社", "")).isEqualTo("Resume.pdf");
    }

    @Test
    void quotes_and_path_characters_never_reach_the_header() {
        assertThat(DownloadName.of("a\"b", "../../etc", "x\r\ny")).isEqualTo("a-b_etc_x-y.pdf");
    }
}
