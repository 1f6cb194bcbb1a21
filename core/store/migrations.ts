// Schema steps, applied in order; `PRAGMA user_version` counts how many ran. Append, never edit.
// Every record carries its scope inline.

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sources (
    scope        TEXT NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('config', 'cli')),
    config       TEXT NOT NULL,
    base_dir     TEXT NOT NULL,
    config_hash  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('ready', 'failed')),
    error        TEXT,
    title        TEXT,
    base_url     TEXT,
    auth         TEXT NOT NULL,
    warnings     TEXT NOT NULL DEFAULT '[]',
    tool_count   INTEGER NOT NULL DEFAULT 0,
    resolved_at  INTEGER,
    PRIMARY KEY (scope, name)
  );
  CREATE TABLE tools (
    scope          TEXT NOT NULL,
    source         TEXT NOT NULL,
    id             TEXT NOT NULL,
    summary        TEXT NOT NULL,
    description    TEXT NOT NULL,
    input_schema   TEXT NOT NULL,
    output_schema  TEXT,
    side_effect    TEXT NOT NULL,
    default_policy TEXT,
    keywords       TEXT NOT NULL,
    binding        TEXT NOT NULL,
    PRIMARY KEY (scope, source, id),
    FOREIGN KEY (scope, source) REFERENCES sources (scope, name) ON DELETE CASCADE
  );
  CREATE TABLE connections (
    scope       TEXT NOT NULL,
    source      TEXT NOT NULL,
    name        TEXT NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('config', 'cli')),
    secrets     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (scope, source, name)
  );
  CREATE TABLE runs (
    id             TEXT PRIMARY KEY,
    parent_id      TEXT,
    scope          TEXT NOT NULL,
    surface        TEXT NOT NULL,
    principal      TEXT NOT NULL,
    address        TEXT NOT NULL,
    args_hash      TEXT NOT NULL,
    status         TEXT NOT NULL,
    started_at     INTEGER NOT NULL,
    ended_at       INTEGER,
    duration_ms    REAL,
    error_code     TEXT,
    error_message  TEXT,
    http_status    INTEGER,
    output_bytes   INTEGER
  );
  CREATE INDEX runs_started ON runs (started_at DESC);
  `,
  `
  ALTER TABLE runs ADD COLUMN code_seed INTEGER;
  ALTER TABLE runs ADD COLUMN code_clock TEXT;
  ALTER TABLE runs ADD COLUMN call_count INTEGER;
  CREATE INDEX runs_parent ON runs (parent_id);
  CREATE TABLE run_calls (
    run_id        TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    address       TEXT,
    payload       TEXT NOT NULL,
    answer        TEXT NOT NULL,
    child_run_id  TEXT,
    PRIMARY KEY (run_id, seq)
  );
  `,
  // Search: argument names kept with each tool (so indexing reads no schema), and a content-addressed
  // cache of what indexing computes per text (embedding vectors per model, term counts per analyzer).
  `
  ALTER TABLE tools ADD COLUMN parameters TEXT NOT NULL DEFAULT '[]';
  UPDATE tools SET parameters = COALESCE(
    (SELECT json_group_array(key) FROM json_each(tools.input_schema, '$.properties')), '[]');
  CREATE TABLE search_cache (
    kind  TEXT NOT NULL,
    hash  TEXT NOT NULL,
    data  BLOB NOT NULL,
    PRIMARY KEY (kind, hash)
  ) WITHOUT ROWID;
  `,
  // Tool schemas without their copies of `$defs`: a spec's definitions are shared by many tools (Microsoft Graph:
  // 1.3M tool/definition pairs over 3,874 definitions), so each definition is kept once, keyed by a hash of its
  // name and body, and a tool row lists the ids of its definitions, in order (NULL: the schema had no `$defs`,
  // or the row predates this step and still holds them inline). `schema_def_users` records which sources use a
  // definition; the trigger deletes a definition when its last user goes (source replaced or removed).
  `
  ALTER TABLE tools ADD COLUMN input_defs TEXT;
  ALTER TABLE tools ADD COLUMN output_defs TEXT;
  CREATE TABLE schema_defs (
    id    INTEGER PRIMARY KEY,
    hash  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL,
    body  TEXT NOT NULL
  );
  CREATE TABLE schema_def_users (
    def_id  INTEGER NOT NULL,
    scope   TEXT NOT NULL,
    source  TEXT NOT NULL,
    PRIMARY KEY (def_id, scope, source),
    FOREIGN KEY (scope, source) REFERENCES sources (scope, name) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE INDEX schema_def_users_source ON schema_def_users (scope, source);
  CREATE TRIGGER schema_defs_collect AFTER DELETE ON schema_def_users
  BEGIN
    DELETE FROM schema_defs WHERE id = OLD.def_id AND NOT EXISTS (SELECT 1 FROM schema_def_users WHERE def_id = OLD.def_id);
  END;
  `,
  // Policies, approvals and the audit fields of a run. A policy rule lives in a scope and is attached to a
  // source or one of its connections (`connection` NULL: the source), optionally narrowed to a tool pattern.
  // An approval is the gated call waiting for a human: its exact arguments are kept (only here, and only until
  // it is decided and run) so it can run after a restart; `resume_id` is the run the agent resumes (the call
  // itself, or the run_code run it belongs to). A paused snippet keeps its code to be replayed.
  `
  ALTER TABLE runs ADD COLUMN connection TEXT;
  ALTER TABLE runs ADD COLUMN args_preview TEXT;
  ALTER TABLE runs ADD COLUMN policy TEXT;
  ALTER TABLE runs ADD COLUMN approval TEXT;
  ALTER TABLE runs ADD COLUMN decided_by TEXT;
  ALTER TABLE runs ADD COLUMN decided_at INTEGER;
  CREATE INDEX runs_status ON runs (status, started_at DESC);
  CREATE TABLE policies (
    scope       TEXT NOT NULL,
    source      TEXT NOT NULL,
    connection  TEXT NOT NULL DEFAULT '',
    tools       TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL CHECK (action IN ('allow', 'require_approval', 'block')),
    origin      TEXT NOT NULL CHECK (origin IN ('config', 'cli')),
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (scope, source, connection, tools)
  );
  CREATE TABLE approvals (
    run_id        TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    resume_id     TEXT NOT NULL,
    address       TEXT NOT NULL,
    args          TEXT NOT NULL,
    args_hash     TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'declined', 'expired', 'done')),
    requested_at  INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    decided_by    TEXT,
    decided_at    INTEGER
  );
  CREATE INDEX approvals_resume ON approvals (resume_id);
  CREATE TABLE paused_snippets (
    run_id          TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    timeout_ms      INTEGER NOT NULL,
    waiting_run_id  TEXT NOT NULL
  );
  `,
  // Large results kept on the server behind a handle (`executor://results/<id>`): the JSON text, who made it
  // (listing "my handles"), and when it expires. `content` is the last column: SQLite reads a row's columns in
  // order, so metadata before a 50 MB text is read without walking it. Pages are character ranges (`substr`).
  `
  ALTER TABLE runs ADD COLUMN output_handle TEXT;
  CREATE TABLE results (
    id          TEXT PRIMARY KEY,
    run_id      TEXT,
    scope       TEXT NOT NULL,
    principal   TEXT NOT NULL,
    bytes       INTEGER NOT NULL,
    chars       INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    content     TEXT NOT NULL
  );
  CREATE INDEX results_expiry ON results (expires_at);
  CREATE INDEX results_principal ON results (principal, created_at DESC);
  `,
];
