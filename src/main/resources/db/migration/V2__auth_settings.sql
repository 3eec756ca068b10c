-- Guards initial setup. Its one row (id = 1) is inserted in the same transaction as the first user, so two
-- concurrent setups cannot both win, even on PostgreSQL where "count users, then insert" would race.
CREATE TABLE auth_setup (
    id           INTEGER     PRIMARY KEY CHECK (id = 1),
    user_id      VARCHAR(64) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    completed_at BIGINT      NOT NULL
);

INSERT INTO auth_setup (id, user_id, completed_at)
SELECT 1, id, created_at FROM users ORDER BY created_at LIMIT 1;

CREATE INDEX api_tokens_user_idx ON api_tokens (user_id, created_at);
