/**
 * In-memory storage: for tests, demos and one-shot runs.
 * @packageDocumentation
 */
export {
  createMemoryStorageState,
  type MemoryStorageOptions,
  type MemoryStorageState,
  memoryStorage,
} from "./memory-storage.js";
