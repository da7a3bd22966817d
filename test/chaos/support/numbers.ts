/**
 * Which schedules a schedule part runs. Each part has a count variable (how many schedules, from
 * number 0) and a replay variable (one schedule by number). Naming any replay variable replays
 * only that: the other schedule parts then run nothing, so a failing schedule reproduces alone.
 */

/** The replay variables of the schedule parts. */
const REPLAY = ["CHAOS_SCHEDULE", "CHAOS_KILL_SCHEDULE", "CHAOS_BOSS_SCHEDULE"] as const;

/**
 * The schedule numbers this part runs.
 * @example scheduleNumbers("CHAOS_SCHEDULES", "CHAOS_SCHEDULE", 200)
 */
export function scheduleNumbers(
  countVar: string,
  replayVar: (typeof REPLAY)[number],
  fallback: number,
): number[] {
  const one = process.env[replayVar];
  if (one !== undefined && one !== "") {
    const n = Number(one);
    if (!Number.isSafeInteger(n) || n < 0)
      throw new Error(`${replayVar} must be a schedule number, got ${one}`);
    return [n];
  }
  if (REPLAY.some((v) => process.env[v])) return [];
  const raw = process.env[countVar];
  const count = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`${countVar} must be a count, got ${raw}`);
  return Array.from({ length: count }, (_, i) => i);
}
