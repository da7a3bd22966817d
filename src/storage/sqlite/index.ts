/**
 * SQLite storage on better-sqlite3: the embedded default. Importing this subpath loads
 * better-sqlite3 (an optional peer dependency); the package root never does.
 * @packageDocumentation
 */
export { type SqliteMigration, sqliteMigrations } from "./migrations.js";
export { type SqliteStorageOptions, sqliteStorage } from "./sqlite-storage.js";
