package io.jobwright.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a resume's section headings can be printed in. The resume's own text is printed as written; only
 * the headings and the few labels the layout adds change.
 */
public enum Language {
    EN("en", Map.ofEntries(
            Map.entry(Label.SUMMARY, "Summary"), Map.entry(Label.SKILLS, "Skills"),
            Map.entry(Label.EXPERIENCE, "Experience"), Map.entry(Label.PROJECTS, "Projects"),
            Map.entry(Label.EDUCATION, "Education"), Map.entry(Label.VOLUNTEER, "Volunteer Experience"),
            Map.entry(Label.CERTIFICATIONS, "Certifications"), Map.entry(Label.AWARDS, "Awards"),
            Map.entry(Label.PUBLICATIONS, "Publications"), Map.entry(Label.LANGUAGES, "Languages"),
            Map.entry(Label.INTERESTS, "Interests"), Map.entry(Label.REFERENCES, "References"),
            Map.entry(Label.COURSES, "Courses:"), Map.entry(Label.KEYWORDS, "Keywords:"),
            Map.entry(Label.SCORE, "Score:"))),
    DE("de", Map.ofEntries(
            Map.entry(Label.SUMMARY, "Profil"), Map.entry(Label.SKILLS, "Kenntnisse"),
            Map.entry(Label.EXPERIENCE, "Berufserfahrung"), Map.entry(Label.PROJECTS, "Projekte"),
            Map.entry(Label.EDUCATION, "Ausbildung"), Map.entry(Label.VOLUNTEER, "Ehrenamt"),
            Map.entry(Label.CERTIFICATIONS, "Zertifikate"), Map.entry(Label.AWARDS, "Auszeichnungen"),
            Map.entry(Label.PUBLICATIONS, "Publikationen"), Map.entry(Label.LANGUAGES, "Sprachen"),
            Map.entry(Label.INTERESTS, "Interessen"), Map.entry(Label.REFERENCES, "Referenzen"),
            Map.entry(Label.COURSES, "Kurse:"), Map.entry(Label.KEYWORDS, "Schlagwörter:"),
            Map.entry(Label.SCORE, "Note:"))),
    FR("fr", Map.ofEntries(
            Map.entry(Label.SUMMARY, "Profil"), Map.entry(Label.SKILLS, "Compétences"),
            Map.entry(Label.EXPERIENCE, "Expérience professionnelle"), Map.entry(Label.PROJECTS, "Projets"),
            Map.entry(Label.EDUCATION, "Formation"), Map.entry(Label.VOLUNTEER, "Bénévolat"),
            Map.entry(Label.CERTIFICATIONS, "Certifications"), Map.entry(Label.AWARDS, "Distinctions"),
            Map.entry(Label.PUBLICATIONS, "Publications"), Map.entry(Label.LANGUAGES, "Langues"),
            Map.entry(Label.INTERESTS, "Centres d'intérêt"), Map.entry(Label.REFERENCES, "Références"),
            Map.entry(Label.COURSES, "Cours :"), Map.entry(Label.KEYWORDS, "Mots-clés :"),
            Map.entry(Label.SCORE, "Mention :"))),
    ES("es", Map.ofEntries(
            Map.entry(Label.SUMMARY, "Perfil"), Map.entry(Label.SKILLS, "Habilidades"),
            Map.entry(Label.EXPERIENCE, "Experiencia profesional"), Map.entry(Label.PROJECTS, "Proyectos"),
            Map.entry(Label.EDUCATION, "Formación"), Map.entry(Label.VOLUNTEER, "Voluntariado"),
            Map.entry(Label.CERTIFICATIONS, "Certificaciones"), Map.entry(Label.AWARDS, "Premios"),
            Map.entry(Label.PUBLICATIONS, "Publicaciones"), Map.entry(Label.LANGUAGES, "Idiomas"),
            Map.entry(Label.INTERESTS, "Intereses"), Map.entry(Label.REFERENCES, "Referencias"),
            Map.entry(Label.COURSES, "Cursos:"), Map.entry(Label.KEYWORDS, "Palabras clave:"),
            Map.entry(Label.SCORE, "Nota:")));

    /** The headings and labels the layout prints. */
    enum Label {
        SUMMARY, SKILLS, EXPERIENCE, PROJECTS, EDUCATION, VOLUNTEER, CERTIFICATIONS, AWARDS, PUBLICATIONS, LANGUAGES,
        INTERESTS, REFERENCES, COURSES, KEYWORDS, SCORE
    }

    private final String code;
    private final Map<Label, String> labels;

    Language(String code, Map<Label, String> labels) {
        this.code = code;
        this.labels = labels;
    }

    /** The ISO 639-1 code: {@code en}, {@code de}, {@code fr} or {@code es}. */
    public String code() {
        return code;
    }

    /** The printed text of a heading or label. */
    String label(Label label) {
        return labels.get(label);
    }

    /** The language of a code or locale tag such as {@code de} or {@code de-DE}, if it is one of ours. */
    public static Optional<Language> of(String codeOrLocale) {
        if (codeOrLocale == null || codeOrLocale.isBlank()) {
            return Optional.empty();
        }
        String code = Locale.forLanguageTag(codeOrLocale.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
