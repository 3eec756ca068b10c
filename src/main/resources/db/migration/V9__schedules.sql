-- Schedules and expiry. Runs unchanged on SQLite and PostgreSQL (timestamps of our own tables in epoch
-- milliseconds, JSON as TEXT).

-- A recurring pipeline run: a daily time or a cron expression in a time zone, and the run's settings as a JSON
-- object. The last_* columns say what the latest firing did; next_run_at mirrors the scheduler's plan.
CREATE TABLE schedules (
    id            VARCHAR(64)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    expression    VARCHAR(200) NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    run_settings  TEXT         NOT NULL,
    enabled       INTEGER      NOT NULL DEFAULT 1,
    next_run_at   BIGINT,
    last_run_at   BIGINT,
    last_outcome  VARCHAR(20),
    last_run_id   VARCHAR(64),
    last_message  TEXT,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);
CREATE UNIQUE INDEX schedules_name_uq ON schedules (name);

-- When each open job's posting was last asked about at its source, so a night that runs out of time starts the
-- next night with the postings checked longest ago.
CREATE TABLE posting_checks (
    job_id      VARCHAR(64) PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    checked_at  BIGINT      NOT NULL,
    state       VARCHAR(10) NOT NULL,
    reason      TEXT
);

-- One expiry sweep (the nightly re-check): what it looked at and what it expired.
CREATE TABLE expiry_sweeps (
    id                 VARCHAR(64) PRIMARY KEY,
    started_at         BIGINT      NOT NULL,
    finished_at        BIGINT      NOT NULL,
    open_jobs          INTEGER     NOT NULL,
    expired_deadline   INTEGER     NOT NULL,
    rechecked          INTEGER     NOT NULL,
    expired_gone       INTEGER     NOT NULL,
    unknown            INTEGER     NOT NULL,
    errors             INTEGER     NOT NULL,
    note               TEXT
);
CREATE INDEX expiry_sweeps_started_idx ON expiry_sweeps (started_at);

-- db-scheduler's own table, in its PostgreSQL form. SQLite accepts the same type names; the scheduler writes
-- its timestamps there as epoch milliseconds in UTC.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority, execution_time);
