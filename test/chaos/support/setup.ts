/** Flushes each chaos file's figures when the file ends, so the reporter can add them up. */
import { afterAll } from "vitest";
import { flushFigures } from "./summary.js";

afterAll(() => flushFigures());
