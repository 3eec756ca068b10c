package io.jobwright.ai.llm;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code llm_calls} table: one row per call with purpose, provider, model, output mode, tokens, latency, attempts
 * and outcome. It never stores a prompt or an answer. A failed write is logged and does not fail the call.
 */
public final class LlmUsageLog {

    private static final Logger LOG = LoggerFactory.getLogger(LlmUsageLog.class);

    /** One recorded call. {@code tokensIn}/{@code tokensOut} are {@code null} when the provider did not say. */
    public record Call(String purpose, String provider, String model, String outputMode, Integer tokensIn,
            Integer tokensOut, long latencyMs, int attempts, String outcome, String error, Instant at) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public LlmUsageLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The time calls are stamped with. */
    Clock clock() {
        return clock;
    }

    /** Stores one call. */
    void record(Call call) {
        try {
            jdbi.useTransaction(h -> h.createUpdate("""
                    INSERT INTO llm_calls (id, purpose, provider, model, output_mode, tokens_in, tokens_out, latency_ms,
                                           attempts, outcome, error, created_at)
                    VALUES (:id, :purpose, :provider, :model, :mode, :in, :out, :latency, :attempts, :outcome, :error, :at)""")
                    .bind("id", UUID.randomUUID().toString())
                    .bind("purpose", call.purpose())
                    .bind("provider", call.provider())
                    .bind("model", call.model())
                    .bind("mode", call.outputMode())
                    .bind("in", call.tokensIn())
                    .bind("out", call.tokensOut())
                    .bind("latency", call.latencyMs())
                    .bind("attempts", call.attempts())
                    .bind("outcome", call.outcome())
                    .bind("error", call.error() == null ? null : truncate(call.error(), 400))
                    .bind("at", call.at().toEpochMilli())
                    .execute());
        } catch (RuntimeException e) {
            LOG.warn("Could not record an LLM call in the usage log: {}", e.getMessage());
        }
    }

    /** The latest {@code limit} calls, newest first. */
    public List<Call> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT purpose, provider, model, output_mode, tokens_in, tokens_out, latency_ms, attempts, outcome,
                       error, created_at
                FROM llm_calls ORDER BY created_at DESC, id LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new Call(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getInt(5),
                        rs.getObject(6) == null ? null : rs.getInt(6), rs.getLong(7), rs.getInt(8), rs.getString(9),
                        rs.getString(10), Instant.ofEpochMilli(rs.getLong(11))))
                .list());
    }

    /** Totals per purpose and model since {@code since}: calls, failures, tokens and mean latency. */
    public List<Map<String, Object>> totalsSince(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT purpose, provider, model, COUNT(*), SUM(CASE WHEN outcome = 'ok' THEN 0 ELSE 1 END),
                       SUM(COALESCE(tokens_in, 0)), SUM(COALESCE(tokens_out, 0)), AVG(latency_ms)
                FROM llm_calls WHERE created_at >= :since
                GROUP BY purpose, provider, model ORDER BY purpose, provider, model""")
                .bind("since", since.toEpochMilli())
                .map((rs, ctx) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("purpose", rs.getString(1));
                    row.put("provider", rs.getString(2));
                    row.put("model", rs.getString(3));
                    row.put("calls", rs.getLong(4));
                    row.put("failures", rs.getLong(5));
                    row.put("tokensIn", rs.getLong(6));
                    row.put("tokensOut", rs.getLong(7));
                    row.put("meanLatencyMs", Math.round(rs.getDouble(8)));
                    return row;
                })
                .list());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
