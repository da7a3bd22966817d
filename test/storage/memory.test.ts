import { describe, test } from "vitest";
import type { StorageAdapter } from "../../src/core/storage.js";
import {
  createMemoryStorageState,
  type MemoryStorageState,
  memoryStorage,
} from "../../src/storage/memory/memory-storage.js";
import { runStorageAdapterSuite } from "../../src/testing/storage-suite.js";
import { memoryInspector } from "./inspectors.js";

const states = new WeakMap<StorageAdapter, MemoryStorageState>();

runStorageAdapterSuite({
  name: "memory",
  create: ({ clock }) => {
    const state = createMemoryStorageState();
    const storage = memoryStorage({ clock, state });
    states.set(storage, state);
    return storage;
  },
  inspect: (storage) => memoryInspector(states.get(storage)!),
  reopen: (storage, { clock }) => memoryStorage({ clock, state: states.get(storage)! }),
  test,
  describe,
});
