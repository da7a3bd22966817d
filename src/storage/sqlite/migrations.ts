/**
 * Numbered SQLite migrations. Applied in order, each once, recorded in `schema_migrations`.
 * Never edit a released migration; add the next number.
 */

/** One numbered migration. */
export interface SqliteMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration of the SQLite schema, in order. */
export const sqliteMigrations: readonly SqliteMigration[] = [
  {
    version: 1,
    name: "0001_init",
    sql: `
CREATE TABLE credentials (
  id          TEXT PRIMARY KEY,
  key_version INTEGER NOT NULL,
  iv          BLOB NOT NULL,
  ciphertext  BLOB NOT NULL,
  tag         BLOB NOT NULL,
  aad         TEXT,
  updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE cursors (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  version    INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE dedup (
  key        TEXT PRIMARY KEY,
  state      TEXT NOT NULL CHECK (state IN ('in-flight', 'done', 'released')),
  owner      TEXT,
  token      TEXT,
  expires_at INTEGER,
  attempts   INTEGER NOT NULL,
  result     TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE audit (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  kind             TEXT NOT NULL CHECK (kind IN ('call', 'transition')),
  at               INTEGER NOT NULL,
  record           TEXT,
  status           TEXT,
  entry            TEXT NOT NULL,
  body_key_version INTEGER,
  body_iv          BLOB,
  body_ciphertext  BLOB,
  body_tag         BLOB,
  body_aad         TEXT
) STRICT;
CREATE INDEX audit_record ON audit (record, id);
CREATE INDEX audit_status ON audit (status, id);
CREATE INDEX audit_at ON audit (at, id);

CREATE TABLE records (
  id         TEXT PRIMARY KEY,
  kind       TEXT NOT NULL,
  state      TEXT NOT NULL,
  version    INTEGER NOT NULL,
  data       TEXT,
  reason     TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX records_kind_state ON records (kind, state, id);
CREATE INDEX records_state ON records (state, id);

CREATE TABLE rate_limits (
  bucket       TEXT PRIMARY KEY,
  tokens       REAL NOT NULL,
  refilled_at  REAL NOT NULL,
  paused_until REAL,
  updated_at   INTEGER NOT NULL
) STRICT;

CREATE TABLE documents (
  key          TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  record       TEXT,
  attributes   TEXT NOT NULL,
  size         INTEGER NOT NULL,
  stored_size  INTEGER NOT NULL,
  sha256       TEXT NOT NULL,
  body         BLOB NOT NULL,
  created_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX documents_record ON documents (record);
`,
  },
  {
    version: 2,
    name: "0002_rate_limit_rate",
    sql: `
-- The refill rate learnt from x-amzn-RateLimit-Limit, shared by every worker.
ALTER TABLE rate_limits ADD COLUMN rate REAL;
`,
  },
];
