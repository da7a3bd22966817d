/**
 * The config loader's fuzz slot. `createConnector`'s config loader does not exist yet; when it
 * lands, replace the slot with a FuzzTarget (random and mutated config documents, environment
 * variables, prototype keys; only ValidationError, no hang, same answer for the same input) and
 * give it a share of the inputs.
 */
import { describe } from "vitest";
import { fuzz } from "./support/fuzz.js";

describe("config loader", () => {
  fuzz({ name: "config", share: 0, pending: "the config loader of createConnector does not exist yet" });
});
