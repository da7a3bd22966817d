/**
 * PostgreSQL storage on `pg`: many workers on many machines. Importing this subpath loads `pg`
 * (an optional peer dependency); the package root never does.
 * @packageDocumentation
 */
export { type PostgresMigration, postgresMigrations } from "./migrations.js";
export { type PostgresStorageOptions, postgresStorage } from "./postgres-storage.js";
