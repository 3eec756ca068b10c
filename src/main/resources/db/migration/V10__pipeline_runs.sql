-- Pipeline runs: one row per run, holding its request, where it got to, its counts and its live progress, so a run
-- survives a restart (it resumes from its last finished step, or fails with a reason).
-- Runs unchanged on SQLite and PostgreSQL (timestamps in epoch milliseconds, JSON as TEXT).
CREATE TABLE pipeline_runs (
    id                  VARCHAR(64)  PRIMARY KEY,
    status              VARCHAR(20)  NOT NULL,
    trigger_kind        VARCHAR(20)  NOT NULL,
    step                VARCHAR(20)  NOT NULL,
    finished_step       VARCHAR(20),
    request             TEXT         NOT NULL,
    summary             TEXT         NOT NULL,
    progress            TEXT         NOT NULL,
    selected_job_ids    TEXT,
    error_message       TEXT,
    cancel_requested_at BIGINT,
    owner               VARCHAR(64),
    heartbeat_at        BIGINT,
    attempts            INTEGER      NOT NULL DEFAULT 1,
    jobs_discovered     INTEGER      NOT NULL DEFAULT 0,
    jobs_processed      INTEGER      NOT NULL DEFAULT 0,
    started_at          BIGINT       NOT NULL,
    updated_at          BIGINT       NOT NULL,
    completed_at        BIGINT
);
-- One run at a time: a second row in status running is refused by the database itself, so two requests (or two
-- instances on one PostgreSQL) cannot both start one.
CREATE UNIQUE INDEX pipeline_runs_one_running ON pipeline_runs (status) WHERE status = 'running';
CREATE INDEX pipeline_runs_started ON pipeline_runs (started_at);
