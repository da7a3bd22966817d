/**
 * A chaos part that is not a fuzz target (regressions, canaries, and later fault schedules): a
 * `describe` that `--only` can select by name like a target, so `--only settlement` runs only that.
 */
import { describe } from "vitest";
import { chaosSettings } from "./settings.js";

/** `describe(title, body)`, skipped when `--only` names neither `name` nor any of `also`. */
export function chaosPart(name: string, title: string, body: () => void, also: readonly string[] = []): void {
  const { only } = chaosSettings();
  const selected = only.length === 0 || only.includes(name) || also.some((a) => only.includes(a));
  (selected ? describe : describe.skip)(title, body);
}
