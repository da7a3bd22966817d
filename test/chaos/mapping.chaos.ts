/** Fuzzing the mapping-document loader: see test/chaos/targets/mapping.ts. */
import { describe } from "vitest";
import { fuzz } from "./support/fuzz.js";
import { mappingTarget } from "./targets/mapping.js";

describe("mapping loader", () => {
  fuzz(mappingTarget);
});
