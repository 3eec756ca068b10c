package io.jobwright.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.web.Json;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void the_scoring_schema_accepts_a_complete_answer() {
        assertThat(SchemaCheck.problem(Schemas.scoring(), json("""
                {"score": 70.0, "reason": "r", "jobBrief": {"role_summary": "s", "they_want": [], "specifics": [],
                 "company_offers": [], "practical_details": [], "missing_or_unclear": [], "repeated_signals": []}}"""))).isEmpty();
    }

    @Test
    void names_the_path_of_the_first_problem() {
        assertThat(SchemaCheck.problem(Schemas.scoring(), json("{\"score\": 70, \"reason\": \"r\"}")))
                .contains("$.jobBrief: is missing");
        assertThat(SchemaCheck.problem(Schemas.scoring(), json("{\"score\": 170, \"reason\": \"r\", \"jobBrief\": {}}")))
                .contains("$.score: 170 is out of range");
        assertThat(SchemaCheck.problem(Schemas.tailoring(), json("""
                {"headline": "h", "summary": "s", "skills": [{"name": "n", "keywords": [3]}], "bulletRewrites": []}""")))
                .contains("$.skills[0].keywords[0]: expected string but got number");
        assertThat(SchemaCheck.problem(Schemas.projectSelection(), json("{\"selectedProjectIds\": [], \"extra\": 1}")))
                .contains("$.extra: is not allowed");
    }
}
