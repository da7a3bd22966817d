/**
 * Global setup of the chaos run: the PostgreSQL server the pg-boss schedules need, started as
 * `npm test` starts it (test/support/postgres-global-setup.ts: `ML_CONNECTOR_PG_URL` wins, then
 * `ML_CONNECTOR_SKIP_POSTGRES=1`, else a throwaway embedded server), but only when the run selects
 * those schedules: a fuzz-only run (`--only settlement`) starts nothing.
 */
import type { TestProject } from "vitest/node";
import startPostgres from "../../support/postgres-global-setup.js";
import { chaosSettings } from "./settings.js";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const { only } = chaosSettings();
  const selected = only.length === 0 || only.includes("schedules") || only.includes("schedules-pg");
  const replayingOther = Boolean(process.env.CHAOS_SCHEDULE || process.env.CHAOS_KILL_SCHEDULE);
  if (!selected || replayingOther) return undefined;
  return startPostgres(project);
}
