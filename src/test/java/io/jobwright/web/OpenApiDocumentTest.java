package io.jobwright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> NOT_ENVELOPED = Set.of("GET /health", "GET /api/openapi.json",
            "GET /api/jobs/{id}/pdf", "GET /pdfs/{file}", "POST /api/jobs/actions/stream",
            "GET /api/resume/preview.pdf", "GET /api/resume/export", "GET /api/pipeline/progress");

    private static JsonNode spec;

    @BeforeAll
    static void read_the_classpath_document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            assertThat(in).as("openapi.json on the classpath").isNotNull();
            spec = JSON.readTree(in);
        }
    }

    @Test
    void document_is_openapi_3_1() {
        assertThat(spec.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(spec.path("info").path("title").asText()).isEqualTo("Jobwright API");
    }

    @Test
    void every_reference_resolves() {
        List<String> broken = new ArrayList<>();
        walk(spec, (key, node) -> {
            if (key.equals("$ref") && spec.at(node.asText().substring(1)).isMissingNode()) {
                broken.add(node.asText());
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void every_operation_has_a_summary_a_unique_id_and_responses() {
        Set<String> ids = new HashSet<>();
        operations().forEach((name, operation) -> {
            assertThat(operation.path("summary").asText()).as(name + " summary").isNotBlank();
            assertThat(ids.add(operation.path("operationId").asText())).as(name + " operationId unique").isTrue();
            assertThat(operation.path("responses").size()).as(name + " responses").isPositive();
        });
    }

    @Test
    void every_path_parameter_is_declared() {
        operations().forEach((name, operation) -> {
            Matcher matcher = PATH_PARAMETER.matcher(name);
            while (matcher.find()) {
                String parameter = matcher.group(1);
                boolean declared = false;
                for (JsonNode p : operation.path("parameters")) {
                    JsonNode resolved = p.has("$ref") ? spec.at(p.get("$ref").asText().substring(1)) : p;
                    declared |= resolved.path("in").asText().equals("path") && resolved.path("name").asText().equals(parameter);
                }
                assertThat(declared).as(name + " declares path parameter " + parameter).isTrue();
            }
        });
    }

    @Test
    void api_successes_are_described_as_the_envelope() {
        operations().forEach((name, operation) -> {
            if (!name.contains(" /api/") || NOT_ENVELOPED.contains(name)) {
                return;
            }
            JsonNode success = firstSuccess(operation);
            assertThat(success.at("/content/application~1json/schema/allOf/0/$ref").asText())
                    .as(name).isEqualTo("#/components/schemas/Envelope");
        });
    }

    @Test
    void error_codes_match_the_servers_codes_and_statuses() {
        JsonNode codes = spec.at("/components/schemas/ErrorCode");
        List<String> described = new ArrayList<>();
        codes.path("enum").forEach(code -> described.add(code.asText()));
        assertThat(described).containsExactlyElementsOf(Arrays.stream(ErrorCode.values()).map(Enum::name).toList());
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(codes.path("x-http-status").path(code.name()).asInt()).as(code.name()).isEqualTo(code.status());
        }
        assertThat(spec.at("/components/schemas/ErrorEnvelope/properties/error/$ref").asText())
                .isEqualTo("#/components/schemas/Error");
    }

    @Test
    void job_schemas_carry_pdf_freshness_and_pdf_url() {
        assertThat(spec.at("/components/schemas/PdfFreshness/enum").toString())
                .isEqualTo("[\"missing\",\"uploaded\",\"current\",\"stale\",\"regenerating\"]");
        for (String schema : List.of("Job", "JobListItem")) {
            JsonNode properties = spec.at("/components/schemas/" + schema + "/properties");
            assertThat(properties.path("pdfFreshness").path("$ref").asText()).as(schema)
                    .isEqualTo("#/components/schemas/PdfFreshness");
            assertThat(properties.has("pdfUrl")).as(schema).isTrue();
        }
        assertThat(spec.at("/components/schemas/Job/properties").has("tailoredSkills")).isTrue();
        assertThat(spec.at("/components/schemas/JobNote/required").toString())
                .isEqualTo("[\"id\",\"jobId\",\"title\",\"content\",\"createdAt\",\"updatedAt\"]");
    }

    @Test
    void only_the_routes_needed_to_sign_in_are_public() {
        Set<String> publicOperations = new TreeSet<>();
        operations().forEach((name, operation) -> {
            if (operation.has("security") && operation.get("security").isEmpty()) {
                publicOperations.add(name);
            }
        });
        assertThat(publicOperations).containsExactly(
                "GET /api/auth/status", "GET /health", "POST /api/auth/login", "POST /api/auth/setup");
        assertThat(spec.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(spec.at("/components/securitySchemes/cookieAuth/in").asText()).isEqualTo("cookie");
    }

    private static JsonNode firstSuccess(JsonNode operation) {
        for (Iterator<String> it = operation.path("responses").fieldNames(); it.hasNext(); ) {
            String status = it.next();
            if (status.startsWith("2")) {
                return operation.path("responses").path(status);
            }
        }
        throw new AssertionError("no 2xx response");
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().has("responses")) {
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    private static void walk(JsonNode node, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                visitor.accept(field.getKey(), field.getValue());
                walk(field.getValue(), visitor);
            });
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, visitor));
        }
    }
}
