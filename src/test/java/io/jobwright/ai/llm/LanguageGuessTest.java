package io.jobwright.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|We are looking for an engineer to join our team and work with the platform for our customers.",
            "de|Wir suchen eine Entwicklerin, die mit uns an der Plattform arbeitet und für die Qualität sorgt.",
            "fr|Nous recherchons un développeur pour rejoindre notre équipe et travailler sur la plateforme avec nous.",
            "es|Buscamos una persona para el equipo de desarrollo que trabaje con nosotros en la plataforma del grupo.",
            "nl|Wij zoeken een ontwikkelaar voor het team die met ons aan de software werkt en bij de klant is.",
            "it|Cerchiamo una persona per il team che lavori con noi sulla piattaforma e nel gruppo della società.",
            "pt|Procuramos uma pessoa para a equipe que trabalhe com você no desenvolvimento da plataforma do grupo."})
    void recognises_the_seven_languages(String code, String text) {
        assertThat(LanguageGuess.of(text)).contains(code);
    }

    @Test
    void a_text_without_enough_common_words_gives_no_guess() {
        assertThat(LanguageGuess.of("Kotlin, PostgreSQL, Kafka")).isEmpty();
        assertThat(LanguageGuess.of(null)).isEmpty();
    }
}
