package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WinAnsiFoldingTest {

    @Test
    void text_the_base_fonts_can_show_is_returned_unchanged() {
        String text = "Zoë Šimon – “Café” € 100 • naïve";

        assertThat(WinAnsiFolding.fold(text)).isSameAs(text);
    }

    @Test
    void polish_czech_and_turkish_letters_lose_only_their_diacritic() {
        assertThat(WinAnsiFolding.fold("Łucja Żółkiewska, Gdańsk")).isEqualTo("Lucja Zólkiewska, Gdansk");
        assertThat(WinAnsiFolding.fold("Dvořák, Čapek")).isEqualTo("Dvorák, Capek");
        assertThat(WinAnsiFolding.fold("İstanbul, Işık")).isEqualTo("Istanbul, Isik");
    }

    @Test
    void scripts_without_a_latin_spelling_are_left_as_they_are() {
        assertThat(WinAnsiFolding.fold("東京 🚀")).isEqualTo("東京 🚀");
    }
}
