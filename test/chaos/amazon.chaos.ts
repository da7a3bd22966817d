/** Fuzzing the SP-API response side: see test/chaos/targets/amazon.ts. */
import { describe } from "vitest";
import { fuzz } from "./support/fuzz.js";
import { amazonTarget } from "./targets/amazon.js";

describe("SP-API responses", () => {
  fuzz(amazonTarget);
});
