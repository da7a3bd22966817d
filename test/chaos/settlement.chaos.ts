/** Fuzzing the settlement parser: see test/chaos/targets/settlement.ts for the targets. */
import { describe } from "vitest";
import { fuzz } from "./support/fuzz.js";
import {
  settlementGzipChunkingTarget,
  settlementOptionsTarget,
  settlementTarget,
} from "./targets/settlement.js";

describe("settlement parser", () => {
  fuzz(settlementTarget);
  fuzz(settlementGzipChunkingTarget);
  fuzz(settlementOptionsTarget);
});
