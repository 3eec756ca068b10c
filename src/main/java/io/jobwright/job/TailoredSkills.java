package io.jobwright.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.resume.SkillGroup;
import io.jobwright.web.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A job's tailored skills, stored as the JSON text {@code [{"name":…,"keywords":[…]}]} that JobOps clients send.
 * Accepts that text or a plain JSON array, and refuses anything of another shape, naming where it went wrong.
 */
public final class TailoredSkills {

    static final int MAX_LENGTH = 20_000;
    private static final int MAX_GROUPS = 50;
    private static final int MAX_KEYWORDS = 60;

    private TailoredSkills() {
    }

    /**
     * Validates and re-serialises tailored skills given as a JSON string or array; blank means none.
     *
     * @throws InvalidRequest naming {@code field} and the bad element
     */
    static String normalize(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        JsonNode array = value;
        if (value.isTextual()) {
            String text = value.textValue().trim();
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > MAX_LENGTH) {
                throw InvalidRequest.field(field, "must be at most " + MAX_LENGTH + " characters");
            }
            try {
                array = Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw InvalidRequest.field(field, "must be a JSON array of {name, keywords[]}; the string is not JSON");
            }
        }
        return Json.write(parse(field, array));
    }

    /** The groups in stored text; null or blank gives an empty list. */
    public static List<SkillGroup> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return parse("tailoredSkills", Json.MAPPER.readTree(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tailored skills are not JSON", e);
        }
    }

    /** The stored text for these groups, or null when there are none. */
    public static String write(List<SkillGroup> groups) {
        return groups == null || groups.isEmpty() ? null : Json.write(groups);
    }

    private static List<SkillGroup> parse(String field, JsonNode array) {
        if (!array.isArray()) {
            throw InvalidRequest.field(field, "must be an array of {name, keywords[]}");
        }
        if (array.size() > MAX_GROUPS) {
            throw InvalidRequest.field(field, "must have at most " + MAX_GROUPS + " groups");
        }
        List<SkillGroup> groups = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode group = array.get(i);
            String at = field + "[" + i + "]";
            if (!group.isObject()) {
                throw InvalidRequest.field(at, "must be an object {name, keywords[]}");
            }
            var names = group.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("name") && !name.equals("keywords")) {
                    throw InvalidRequest.field(at + "." + name, "is not a skill field (expected name, keywords)");
                }
            }
            JsonNode name = group.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank()) {
                throw InvalidRequest.field(at + ".name", "must be a non-empty string");
            }
            JsonNode keywords = group.get("keywords");
            List<String> words = new ArrayList<>();
            if (keywords != null && !keywords.isNull()) {
                if (!keywords.isArray() || keywords.size() > MAX_KEYWORDS) {
                    throw InvalidRequest.field(at + ".keywords", "must be an array of at most " + MAX_KEYWORDS + " strings");
                }
                for (int k = 0; k < keywords.size(); k++) {
                    JsonNode word = keywords.get(k);
                    if (!word.isTextual()) {
                        throw InvalidRequest.field(at + ".keywords[" + k + "]", "must be a string");
                    }
                    if (!word.textValue().isBlank()) {
                        words.add(word.textValue().trim());
                    }
                }
            }
            groups.add(new SkillGroup(name.textValue().trim(), words));
        }
        return groups;
    }
}
