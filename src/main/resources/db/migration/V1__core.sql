-- Jobwright core schema. Runs unchanged on SQLite and PostgreSQL:
-- timestamps are epoch milliseconds (BIGINT), booleans are 0/1 INTEGERs, JSON is TEXT.

CREATE TABLE jobs (
    id                     VARCHAR(64)  PRIMARY KEY,
    source                 VARCHAR(100) NOT NULL,
    source_job_id          TEXT,
    job_url                TEXT,
    job_url_key            TEXT         NOT NULL,
    job_url_direct         TEXT,
    application_link       TEXT,
    date_posted            TEXT,
    title                  TEXT         NOT NULL,
    employer               TEXT         NOT NULL,
    employer_url           TEXT,
    deadline               TEXT,
    salary                 TEXT,
    location               TEXT,
    degree_required        TEXT,
    starting               TEXT,
    job_type               TEXT,
    salary_source          TEXT,
    salary_interval        TEXT,
    salary_min_amount      DOUBLE PRECISION,
    salary_max_amount      DOUBLE PRECISION,
    salary_currency        TEXT,
    is_remote              INTEGER,
    job_level              TEXT,
    job_function           TEXT,
    listing_type           TEXT,
    company_industry       TEXT,
    company_logo           TEXT,
    company_url_direct     TEXT,
    company_num_employees  TEXT,
    company_revenue        TEXT,
    experience_range       TEXT,
    company_rating         DOUBLE PRECISION,
    company_reviews_count  INTEGER,
    vacancy_count          INTEGER,
    work_from_home_type    TEXT,
    status                 VARCHAR(20)  NOT NULL,
    status_before          VARCHAR(20),
    outcome                VARCHAR(40),
    closed_at              BIGINT,
    suitability_score      DOUBLE PRECISION,
    selected_project_ids   TEXT,
    pdf_path               TEXT,
    pdf_source             VARCHAR(20),
    pdf_regenerating       INTEGER      NOT NULL DEFAULT 0,
    pdf_fingerprint        TEXT,
    inputs_fingerprint     VARCHAR(64)  NOT NULL,
    pdf_generated_at       BIGINT,
    work_owner             VARCHAR(64),
    work_heartbeat_at      BIGINT,
    tracer_links_enabled   INTEGER      NOT NULL DEFAULT 0,
    sponsor_match_score    DOUBLE PRECISION,
    sponsor_match_names    TEXT,
    discovered_at          BIGINT       NOT NULL,
    processed_at           BIGINT,
    ready_at               BIGINT,
    applied_at             BIGINT,
    created_at             BIGINT       NOT NULL,
    updated_at             BIGINT       NOT NULL,
    -- Long text last: SQLite stores a row's columns in order, so the list view's short columns are read
    -- without walking the overflow pages a 4 KB description takes.
    job_description        TEXT,
    location_evidence      TEXT,
    company_description    TEXT,
    job_brief              TEXT,
    tailored_summary       TEXT,
    tailored_headline      TEXT,
    tailored_skills        TEXT,
    suitability_reason     TEXT,
    skills                 TEXT,
    company_addresses      TEXT,
    emails                 TEXT,
    disciplines            TEXT
);

CREATE UNIQUE INDEX jobs_url_key_uq ON jobs (job_url_key);
CREATE UNIQUE INDEX jobs_source_job_uq ON jobs (source, source_job_id);
-- The list orders by a column and breaks ties by id in the same direction: these serve the usual orders unsorted.
CREATE INDEX jobs_discovered_id_idx ON jobs (discovered_at, id);
CREATE INDEX jobs_status_discovered_id_idx ON jobs (status, discovered_at, id);
CREATE INDEX jobs_updated_id_idx ON jobs (updated_at, id);

CREATE TABLE job_status_history (
    id          VARCHAR(64) PRIMARY KEY,
    job_id      VARCHAR(64) NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    reason      TEXT        NOT NULL,
    at          BIGINT      NOT NULL
);
CREATE INDEX job_status_history_job_idx ON job_status_history (job_id, at);

CREATE TABLE job_notes (
    id         VARCHAR(64) PRIMARY KEY,
    job_id     VARCHAR(64) NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    title      TEXT        NOT NULL,
    content    TEXT        NOT NULL,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL
);
CREATE INDEX job_notes_job_idx ON job_notes (job_id, updated_at);

CREATE TABLE users (
    id            VARCHAR(64)  PRIMARY KEY,
    username      VARCHAR(120) NOT NULL,
    password_hash TEXT         NOT NULL,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);
CREATE UNIQUE INDEX users_username_uq ON users (username);

CREATE TABLE auth_sessions (
    id           VARCHAR(64) PRIMARY KEY,
    user_id      VARCHAR(64) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash   VARCHAR(128) NOT NULL,
    csrf_token   VARCHAR(128) NOT NULL,
    created_at   BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL,
    revoked_at   BIGINT
);
CREATE UNIQUE INDEX auth_sessions_token_uq ON auth_sessions (token_hash);

CREATE TABLE api_tokens (
    id           VARCHAR(64)  PRIMARY KEY,
    user_id      VARCHAR(64)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         VARCHAR(120) NOT NULL,
    token_hash   VARCHAR(128) NOT NULL,
    token_prefix VARCHAR(32)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE UNIQUE INDEX api_tokens_token_uq ON api_tokens (token_hash);

CREATE TABLE settings (
    setting_key VARCHAR(120) PRIMARY KEY,
    value       TEXT         NOT NULL,
    secret      INTEGER      NOT NULL DEFAULT 0,
    updated_at  BIGINT       NOT NULL
);

CREATE TABLE resumes (
    revision      INTEGER     PRIMARY KEY,
    document      TEXT        NOT NULL,
    source_format VARCHAR(40) NOT NULL,
    created_at    BIGINT      NOT NULL
);
