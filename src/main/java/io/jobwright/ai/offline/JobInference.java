package io.jobwright.ai.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a manual job's fields from a pasted posting without an LLM: a schema.org {@code JobPosting} in JSON-LD when
 * the HTML has one, then labelled lines ("Location: …") and patterns. Never guesses: a field it cannot read stays
 * empty. Stateless and thread-safe.
 */
public final class JobInference {

    /** The fields of a draft, in JobOps' {@code manual_job_details} order. */
    public static final List<String> FIELDS = List.of("title", "employer", "location", "salary", "deadline", "jobUrl",
            "applicationLink", "jobType", "jobLevel", "jobFunction", "disciplines", "degreeRequired", "starting",
            "jobDescription");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LD = Pattern.compile(
            "(?is)<script[^>]*type\\s*=\\s*[\"']application/ld\\+json[\"'][^>]*>(.*?)</script\\s*>");
    private static final Pattern TITLE_TAG = Pattern.compile("(?is)<title[^>]*>(.*?)</title\\s*>");
    private static final Pattern H1 = Pattern.compile("(?is)<h1[^>]*>(.*?)</h1\\s*>");
    private static final Pattern JOB_TYPE = Pattern.compile("(?i)\\b(full[- ]time|part[- ]time|contract|temporary|"
            + "internship|freelance|vollzeit|teilzeit|werkstudent|praktikum|cdi|cdd|alternance|stage)\\b");

    /**
     * The result: every field of {@link #FIELDS} (empty string when unknown), and how they were found.
     *
     * @param method {@code json-ld}, {@code patterns} or {@code none}
     */
    public record Draft(Map<String, String> fields, String method) {
    }

    /** Infers from HTML: JSON-LD first, then the page's text. */
    public Draft fromHtml(String html) {
        Map<String, String> fields = empty();
        Matcher ld = LD.matcher(html);
        while (ld.find()) {
            JsonNode posting = findPosting(parse(ld.group(1)));
            if (posting != null) {
                fromJsonLd(posting, fields);
                return new Draft(fields, "json-ld");
            }
        }
        String text = PlainText.of(html);
        Draft fromText = fromText(text);
        fields.putAll(fromText.fields());
        if (fields.get("title").isEmpty()) {
            String h1 = first(H1, html);
            String title = h1 != null ? h1 : first(TITLE_TAG, html);
            if (title != null) {
                fields.put("title", clip(PlainText.of(title), 300));
            }
        }
        return new Draft(fields, anyFound(fields) ? "patterns" : "none");
    }

    /** Infers from plain text or Markdown. */
    public Draft fromText(String text) {
        Map<String, String> fields = empty();
        String plain = PlainText.of(text);
        fields.put("jobDescription", clip(plain, 40_000));
        List<String> lines = new ArrayList<>();
        for (String line : plain.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        for (String line : lines) {
            label(line, fields, "title", "job title", "title", "position", "role", "stelle", "poste", "intitulé du poste");
            label(line, fields, "employer", "company", "employer", "company board", "organisation", "organization",
                    "unternehmen", "firma", "entreprise", "société");
            label(line, fields, "location", "location", "locations", "standort", "arbeitsort", "ort", "lieu", "localisation");
            label(line, fields, "salary", "salary", "compensation", "pay", "gehalt", "vergütung", "salaire", "rémunération");
            label(line, fields, "deadline", "deadline", "apply by", "closing date", "application deadline",
                    "bewerbungsfrist", "date limite");
            label(line, fields, "jobType", "employment type", "job type", "contract type", "type de contrat",
                    "anstellungsart", "beschäftigungsart");
            label(line, fields, "starting", "start date", "starting", "start", "eintrittsdatum", "date de début");
            label(line, fields, "jobUrl", "url", "link", "apply at");
            label(line, fields, "degreeRequired", "degree", "education", "abschluss", "diplôme");
            label(line, fields, "jobLevel", "seniority", "level", "experience level", "niveau");
        }
        if (fields.get("title").isEmpty() && !lines.isEmpty()) {
            String first = lines.get(0).replaceFirst("^#+\\s*", "");
            if (lines.get(0).startsWith("#") || (first.length() <= 100 && !first.endsWith(".") && !first.contains(":"))) {
                fields.put("title", clip(first, 300));
            }
        }
        if (fields.get("salary").isEmpty()) {
            for (String line : lines) {
                Salary salary = Salary.parse(line, true);
                if (salary != null) {
                    fields.put("salary", clip(salary.text(), 200));
                    break;
                }
            }
        }
        if (fields.get("jobType").isEmpty()) {
            Matcher m = JOB_TYPE.matcher(plain);
            if (m.find()) {
                fields.put("jobType", m.group(1));
            }
        }
        if (fields.get("jobLevel").isEmpty() && !fields.get("title").isEmpty()) {
            Seniority level = Seniority.ofTitle(fields.get("title"));
            if (level != null) {
                fields.put("jobLevel", level.name().charAt(0) + level.name().substring(1).toLowerCase(Locale.ROOT));
            }
        }
        if (!fields.get("jobUrl").isEmpty() && !fields.get("jobUrl").matches("(?i)https?://\\S+")) {
            fields.put("jobUrl", "");
        }
        Map<String, String> withoutDescription = new LinkedHashMap<>(fields);
        withoutDescription.put("jobDescription", "");
        return new Draft(fields, anyFound(withoutDescription) ? "patterns" : "none");
    }

    private static void fromJsonLd(JsonNode p, Map<String, String> fields) {
        put(fields, "title", text(p.get("title")), 300);
        JsonNode org = p.get("hiringOrganization");
        put(fields, "employer", org == null ? null : org.isTextual() ? org.asText() : text(org.get("name")), 300);
        put(fields, "location", location(p), 200);
        put(fields, "salary", salary(p.get("baseSalary")), 200);
        put(fields, "deadline", text(p.get("validThrough")), 100);
        put(fields, "jobUrl", text(p.get("url")), 2000);
        put(fields, "jobType", join(p.get("employmentType")), 200);
        put(fields, "jobFunction", join(p.get("occupationalCategory")), 200);
        put(fields, "disciplines", join(p.get("industry")), 2000);
        JsonNode education = p.get("educationRequirements");
        put(fields, "degreeRequired", education == null ? null : education.isObject()
                ? text(education.get("credentialCategory")) : join(education), 500);
        put(fields, "starting", text(p.get("jobStartDate")), 200);
        JsonNode experience = p.get("experienceRequirements");
        if (experience != null && experience.isObject() && experience.has("monthsOfExperience")) {
            int months = experience.get("monthsOfExperience").asInt();
            put(fields, "jobLevel", months > 0 ? (months / 12) + "+ years of experience" : null, 200);
        }
        put(fields, "jobDescription", PlainText.of(text(p.get("description"))), 40_000);
        if (fields.get("jobUrl").length() > 0 && !fields.get("jobUrl").matches("(?i)https?://\\S+")) {
            fields.put("jobUrl", "");
        }
    }

    private static String location(JsonNode p) {
        List<String> places = new ArrayList<>();
        JsonNode locations = p.get("jobLocation");
        if (locations != null) {
            for (JsonNode loc : locations.isArray() ? locations : List.of(locations)) {
                JsonNode address = loc.get("address");
                if (address == null) {
                    continue;
                }
                if (address.isTextual()) {
                    places.add(address.asText());
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (String key : List.of("addressLocality", "addressRegion", "addressCountry")) {
                    JsonNode v = address.get(key);
                    String s = v == null ? null : v.isObject() ? text(v.get("name")) : text(v);
                    if (s != null && !parts.contains(s)) {
                        parts.add(s);
                    }
                }
                if (!parts.isEmpty() && !places.contains(String.join(", ", parts))) {
                    places.add(String.join(", ", parts));
                }
            }
        }
        if ("TELECOMMUTE".equalsIgnoreCase(text(p.get("jobLocationType")))) {
            places.add(places.isEmpty() ? "Remote" : "or remote");
        }
        return places.isEmpty() ? null : String.join("; ", places);
    }

    private static String salary(JsonNode s) {
        if (s == null) {
            return null;
        }
        if (s.isTextual() || s.isNumber()) {
            return s.asText();
        }
        String currency = text(s.get("currency"));
        JsonNode v = s.get("value");
        if (v == null) {
            return null;
        }
        String amount;
        String unit = null;
        if (v.isObject()) {
            unit = text(v.get("unitText"));
            String min = text(v.get("minValue"));
            String max = text(v.get("maxValue"));
            String single = text(v.get("value"));
            amount = min != null && max != null ? min + "–" + max : min != null ? min : max != null ? max : single;
        } else {
            amount = v.asText();
        }
        if (amount == null) {
            return null;
        }
        return (currency == null ? "" : currency + " ") + amount + (unit == null ? "" : " per " + unit.toLowerCase(Locale.ROOT));
    }

    private static JsonNode findPosting(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findPosting(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null && (type.asText().equals("JobPosting")
                || (type.isArray() && type.toString().contains("\"JobPosting\"")))) {
            return node;
        }
        return findPosting(node.get("@graph"));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json.strip());
        } catch (Exception e) {
            return null;
        }
    }

    private static void label(String line, Map<String, String> fields, String field, String... labels) {
        if (!fields.get(field).isEmpty()) {
            return;
        }
        String l = line.replaceFirst("^[-*•]\\s*", "").replace("**", "");
        int colon = l.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return;
        }
        String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        for (String label : labels) {
            if (key.equals(label)) {
                String value = l.substring(colon + 1).strip();
                if (!value.isEmpty() && value.length() <= 300) {
                    fields.put(field, value);
                }
                return;
            }
        }
    }

    private static void put(Map<String, String> fields, String field, String value, int max) {
        if (value != null && !value.isBlank()) {
            fields.put(field, clip(value.strip(), max));
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String join(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> {
                String t = text(n);
                if (t != null) {
                    parts.add(t);
                }
            });
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        return text(node);
    }

    private static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Map<String, String> empty() {
        Map<String, String> m = new LinkedHashMap<>();
        FIELDS.forEach(f -> m.put(f, ""));
        return m;
    }

    private static boolean anyFound(Map<String, String> fields) {
        return fields.values().stream().anyMatch(v -> !v.isEmpty());
    }
}
