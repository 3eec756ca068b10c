package io.jobwright.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.ai.llm.LlmJobInference;
import io.jobwright.ai.offline.JobInference;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.InvalidRequest;
import io.jobwright.net.SafeFetcher;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/manual-jobs/infer}: fills a manual job's fields from pasted text, HTML or a URL. A page with
 * schema.org JobPosting JSON-LD is read from that; otherwise the user's LLM reads the text when one is configured
 * (details the posting does not back are dropped), else patterns do. Unknown fields stay empty; nothing is stored.
 */
public final class InferRoutes implements RouteModule {

    static final int MAX_TEXT = 200_000;
    private static final String NOTHING_READ = "Nothing could be read from this posting. Fill in the details manually.";

    private final JobInference inference = new JobInference();
    private final LlmJobInference llm;
    private final SettingsService settings;
    private final PostingFetcher fetcher;

    /** @param fetcher the server's outbound-safe fetcher; a {@code url} is fetched under its address policy */
    public InferRoutes(SettingsService settings, LlmJobInference llm, SafeFetcher fetcher) {
        this.settings = settings;
        this.llm = llm;
        this.fetcher = new PostingFetcher(fetcher);
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/manual-jobs/infer", ctx -> {
            ObjectNode body = Requests.object(ctx, "text", "html", "url");
            String given = null;
            for (String key : new String[] {"text", "html", "url"}) {
                JsonNode v = body.get(key);
                if (v == null || v.isNull()) {
                    continue;
                }
                if (!v.isTextual() || v.textValue().isBlank()) {
                    throw InvalidRequest.field(key, "must be a non-empty string");
                }
                if (v.textValue().length() > MAX_TEXT) {
                    throw InvalidRequest.field(key, "must be at most " + MAX_TEXT + " characters");
                }
                if (given != null) {
                    throw InvalidRequest.field(key, "send only one of text, html or url (got " + given + " too)");
                }
                given = key;
            }
            if (given == null) {
                throw InvalidRequest.field("text", "send one of text, html or url");
            }
            String value = body.get(given).textValue();
            JobInference.Draft draft = switch (given) {
                case "text" -> inference.fromText(value);
                case "html" -> inference.fromHtml(value);
                default -> withUrl(inference.fromHtml(fetcher.fetch(value)), value);
            };
            Envelope.ok(ctx, withLlm(draft));
        });
    }

    /** The answer: the LLM's reading when one is configured and the page had no JSON-LD, else the offline draft. */
    private Map<String, Object> withLlm(JobInference.Draft draft) {
        Map<String, Object> data = new LinkedHashMap<>();
        String warning = draft.method().equals("none") ? NOTHING_READ : null;
        if (llm.configured() && !draft.method().equals("json-ld")) {
            try {
                LlmJobInference.Answer answer = llm.infer(draft.fields().get("jobDescription"));
                Map<String, String> fields = new LinkedHashMap<>();
                for (String field : JobInference.FIELDS) {
                    fields.put(field, answer.fields().getOrDefault(field, draft.fields().get(field)));
                }
                boolean any = answer.fields().values().stream().anyMatch(v -> !v.isEmpty());
                data.put("job", fields);
                data.put("method", "llm");
                data.put("engine", answer.engine());
                data.put("warning", !answer.dropped().isEmpty() ? "Left empty because the posting does not say so: "
                        + String.join(", ", answer.dropped()) + "." : any ? null : NOTHING_READ);
                return data;
            } catch (JobwrightException e) {
                if (!settings.get(Setting.LLM_FALLBACK_TO_OFFLINE)) {
                    throw e;
                }
                warning = "The LLM failed (" + e.getMessage() + "); these details were read offline."
                        + (warning == null ? "" : " " + warning);
            }
        }
        data.put("job", draft.fields());
        data.put("method", draft.method());
        data.put("engine", "offline");
        data.put("warning", warning);
        return data;
    }

    private static JobInference.Draft withUrl(JobInference.Draft draft, String url) {
        if (draft.fields().get("jobUrl").isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>(draft.fields());
            fields.put("jobUrl", url.strip());
            return new JobInference.Draft(fields, draft.method());
        }
        return draft;
    }
}
