/**
 * Numbered PostgreSQL migrations. Applied in order, each once, recorded in
 * `<schema>.schema_migrations`, under an advisory lock so concurrent workers never race.
 * `__SCHEMA__` stands for the quoted schema name. Never edit a released migration; add the next number.
 */

/** One numbered migration. */
export interface PostgresMigration {
  readonly version: number;
  readonly name: string;
  /** SQL with `__SCHEMA__` in place of the schema name. */
  readonly sql: string;
}

/** Every migration of the PostgreSQL schema, in order. */
export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: "0001_init",
    sql: `
CREATE TABLE __SCHEMA__.credentials (
  id          text COLLATE "C" PRIMARY KEY,
  key_version integer NOT NULL,
  iv          bytea NOT NULL,
  ciphertext  bytea NOT NULL,
  tag         bytea NOT NULL,
  aad         text,
  updated_at  bigint NOT NULL
);

CREATE TABLE __SCHEMA__.cursors (
  key        text COLLATE "C" PRIMARY KEY,
  value      text NOT NULL,
  version    integer NOT NULL,
  updated_at bigint NOT NULL
);

-- Times are epoch milliseconds from the adapter's clock, not now(): one clock for every backend.
CREATE TABLE __SCHEMA__.dedup (
  key        text COLLATE "C" PRIMARY KEY,
  state      text NOT NULL CHECK (state IN ('in-flight', 'done', 'released')),
  owner      text,
  token      text,
  expires_at bigint,
  attempts   integer NOT NULL,
  result     text,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);
CREATE INDEX dedup_leases ON __SCHEMA__.dedup (expires_at) WHERE state = 'in-flight';

CREATE TABLE __SCHEMA__.audit (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('call', 'transition')),
  at               bigint NOT NULL,
  record           text,
  status           text,
  entry            text NOT NULL,
  body_key_version integer,
  body_iv          bytea,
  body_ciphertext  bytea,
  body_tag         bytea,
  body_aad         text
);
CREATE INDEX audit_record ON __SCHEMA__.audit (record, id);
CREATE INDEX audit_status ON __SCHEMA__.audit (status, id);
CREATE INDEX audit_at ON __SCHEMA__.audit (at, id);

CREATE TABLE __SCHEMA__.records (
  id         text COLLATE "C" PRIMARY KEY,
  kind       text NOT NULL,
  state      text NOT NULL,
  version    integer NOT NULL,
  data       text,
  reason     text,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);
CREATE INDEX records_kind_state ON __SCHEMA__.records (kind, state, id);
CREATE INDEX records_state ON __SCHEMA__.records (state, id);

CREATE TABLE __SCHEMA__.rate_limits (
  bucket       text COLLATE "C" PRIMARY KEY,
  tokens       double precision NOT NULL,
  refilled_at  double precision NOT NULL,
  paused_until double precision,
  updated_at   bigint NOT NULL
);

CREATE TABLE __SCHEMA__.documents (
  key          text COLLATE "C" PRIMARY KEY,
  content_type text NOT NULL,
  record       text,
  attributes   text NOT NULL,
  size         integer NOT NULL,
  stored_size  integer NOT NULL,
  sha256       text NOT NULL,
  body         bytea NOT NULL,
  created_at   bigint NOT NULL
);
CREATE INDEX documents_record ON __SCHEMA__.documents (record);
`,
  },
  {
    version: 2,
    name: "0002_rate_limit_rate",
    sql: `
-- The refill rate learnt from x-amzn-RateLimit-Limit, shared by every worker.
ALTER TABLE __SCHEMA__.rate_limits ADD COLUMN rate double precision;
`,
  },
];
