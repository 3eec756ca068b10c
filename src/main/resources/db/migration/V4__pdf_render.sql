-- PDF rendering: the ATS read-back report of each job's generated PDF, and the durable queue of PDFs to
-- regenerate in the background. Runs unchanged on SQLite and PostgreSQL.

CREATE TABLE job_ats_checks (
    job_id     VARCHAR(64)      PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    pdf_path   TEXT             NOT NULL,
    passed     INTEGER          NOT NULL,
    recall     DOUBLE PRECISION NOT NULL,
    missing    TEXT             NOT NULL,
    checked_at BIGINT           NOT NULL
);

-- One row per job at most: repeated edits of the same job coalesce into one pending regeneration.
CREATE TABLE pdf_regeneration_queue (
    job_id      VARCHAR(64) PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    reason      VARCHAR(40) NOT NULL,
    enqueued_at BIGINT      NOT NULL,
    claimed_by  VARCHAR(64),
    claimed_at  BIGINT,
    attempts    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX pdf_regeneration_queue_order_idx ON pdf_regeneration_queue (enqueued_at);
