-- One row per LLM call: what it was for, which model, tokens, time and outcome. Never the prompt or the answer.
CREATE TABLE llm_calls (
    id          VARCHAR(64)  PRIMARY KEY,
    purpose     VARCHAR(32)  NOT NULL,
    provider    VARCHAR(32)  NOT NULL,
    model       VARCHAR(200),
    output_mode VARCHAR(16),
    tokens_in   INTEGER,
    tokens_out  INTEGER,
    latency_ms  BIGINT       NOT NULL,
    attempts    INTEGER      NOT NULL,
    outcome     VARCHAR(32)  NOT NULL,
    error       VARCHAR(400),
    created_at  BIGINT       NOT NULL
);

CREATE INDEX llm_calls_created_idx ON llm_calls (created_at);
