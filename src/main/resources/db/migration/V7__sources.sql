-- Job discovery: configured sources, and posting fields the sources fill.
-- Runs unchanged on SQLite and PostgreSQL (timestamps in epoch milliseconds, JSON as TEXT).

-- One configured source: a type (greenhouse, lever, rss…), a name the user chose, its parameters as a JSON
-- object and its credentials as a JSON object encrypted with the settings SecretBox (never returned by the API).
CREATE TABLE job_sources (
    id          VARCHAR(64)  PRIMARY KEY,
    type        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    params      TEXT         NOT NULL,
    secrets     TEXT,
    enabled     INTEGER      NOT NULL DEFAULT 1,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);
CREATE UNIQUE INDEX job_sources_name_uq ON job_sources (name);

ALTER TABLE jobs ADD COLUMN description_html TEXT;
ALTER TABLE jobs ADD COLUMN previously_applied_job_id VARCHAR(64);
