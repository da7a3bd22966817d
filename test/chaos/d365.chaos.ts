/** Fuzzing the D365 response side: see test/chaos/targets/d365.ts. */
import { describe } from "vitest";
import { fuzz } from "./support/fuzz.js";
import { d365BatchTarget, d365ODataTarget } from "./targets/d365.js";

describe("D365 responses", () => {
  fuzz(d365ODataTarget);
  fuzz(d365BatchTarget);
});
