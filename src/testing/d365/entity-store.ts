/**
 * The rows the D365 simulator holds, per entity set, with record versions (for ETags), RecIds,
 * number sequences and snapshots (for atomic `$batch` change sets).
 */
import type { EntitySetName } from "../../../generated/d365/entity-sets.js";
import { entitySets } from "../../../generated/d365/entity-sets.js";
import type { EntityRow, StoredValue } from "./edm.js";

/** A stored row with its version and RecId. */
export interface StoredEntity {
  readonly row: EntityRow;
  readonly version: number;
  readonly recId: number;
}

/** Everything a change set may touch, captured so it can be put back. */
export interface StoreSnapshot {
  readonly sets: ReadonlyMap<EntitySetName, ReadonlyMap<string, StoredEntity>>;
  readonly sequences: ReadonlyMap<string, number>;
  readonly nextRecId: number;
}

/** Per-instance storage of the simulator. */
export interface EntityStore {
  /** Canonical map key of a row or key: key values in key order, strings case-folded like SQL Server. */
  keyOf(setName: EntitySetName, values: Readonly<Record<string, StoredValue>>): string;
  get(setName: EntitySetName, key: Readonly<Record<string, StoredValue>>): StoredEntity | undefined;
  /** Rows in insertion order. */
  list(setName: EntitySetName): readonly StoredEntity[];
  /**
   * Rows whose `fields` equal those of `values` (strings case-folded), in insertion order, from an
   * index kept up to date on writes, so finding a document's lines does not scan every line.
   */
  listBy(
    setName: EntitySetName,
    fields: readonly string[],
    values: Readonly<Record<string, StoredValue>>,
  ): StoredEntity[];
  /** Inserts a new row; returns the stored entity. The caller has checked the key is free. */
  insert(setName: EntitySetName, row: EntityRow, recId?: number): StoredEntity;
  /** Replaces an existing row (same key), bumping its version. */
  update(setName: EntitySetName, row: EntityRow): StoredEntity;
  delete(setName: EntitySetName, key: Readonly<Record<string, StoredValue>>): boolean;
  /** Next value of a named number sequence, starting at `start`. */
  nextNumber(sequence: string, start?: number): number;
  /** Allocates a RecId (D365 RecIds are global and increasing). */
  nextRecId(): number;
  /** A full copy of everything stored (O(rows); for inspection, not for transactions). */
  snapshot(): StoreSnapshot;
  restore(snapshot: StoreSnapshot): void;
  /**
   * Runs `fn` as one transaction: if it throws, or returns a value `failed` accepts, every change
   * it made (rows, number sequences, RecIds) is undone. Nests; costs only what it changes.
   */
  transaction<T>(fn: () => T, failed?: (result: T) => boolean): T;
}

/** RecIds in D365 demo data start around here. */
const FIRST_REC_ID = 5637144576;

/** Formats a weak ETag the way D365 does: base64 of `'<version>,<recid>'`. */
export function etagOf(entity: StoredEntity): string {
  return `W/"${Buffer.from(`'${entity.version},${entity.recId}'`, "utf8").toString("base64")}"`;
}

/** Creates an empty store. */
export function createEntityStore(): EntityStore {
  let sets = new Map<EntitySetName, Map<string, StoredEntity>>();
  let sequences = new Map<string, number>();
  let recId = FIRST_REC_ID;
  // Undo log of row changes, kept only while a transaction is open.
  let undo: { setName: EntitySetName; key: string; previous: StoredEntity | undefined }[] = [];
  let depth = 0;
  // Secondary indexes "<set>|<fields>" → field tuple → map keys; dropped after a rollback, rebuilt on use.
  let indexes = new Map<
    string,
    {
      readonly setName: EntitySetName;
      readonly fields: readonly string[];
      readonly map: Map<string, Set<string>>;
    }
  >();

  const table = (setName: EntitySetName): Map<string, StoredEntity> => {
    let t = sets.get(setName);
    if (!t) {
      t = new Map();
      sets.set(setName, t);
    }
    return t;
  };
  const fold = (v: StoredValue | undefined) => (typeof v === "string" ? v.toLowerCase() : String(v));
  const tupleOf = (fields: readonly string[], row: Readonly<Record<string, StoredValue>>) =>
    fields.map((f) => fold(row[f])).join("\u0000");
  const addToIndex = (map: Map<string, Set<string>>, tuple: string, key: string) => {
    let keys = map.get(tuple);
    if (!keys) {
      keys = new Set();
      map.set(tuple, keys);
    }
    keys.add(key);
  };

  /** Records the previous state of a row (inside transactions) and keeps the indexes current. */
  const write = (setName: EntitySetName, key: string, next: StoredEntity | undefined) => {
    const t = table(setName);
    const previous = t.get(key);
    if (depth > 0) undo.push({ setName, key, previous });
    for (const index of indexes.values()) {
      if (index.setName !== setName) continue;
      if (previous) index.map.get(tupleOf(index.fields, previous.row))?.delete(key);
      if (next) addToIndex(index.map, tupleOf(index.fields, next.row), key);
    }
    if (next) t.set(key, next);
    else t.delete(key);
    return previous;
  };

  const store: EntityStore = {
    keyOf(setName, values) {
      return entitySets[setName].keys.map((k) => fold(values[k])).join("\u0000");
    },
    get(setName, key) {
      return sets.get(setName)?.get(store.keyOf(setName, key));
    },
    list(setName) {
      return [...(sets.get(setName)?.values() ?? [])];
    },
    listBy(setName, fields, values) {
      const id = `${setName}|${fields.join(",")}`;
      let index = indexes.get(id);
      if (!index) {
        index = { setName, fields, map: new Map() };
        indexes.set(id, index);
        for (const [key, entity] of table(setName)) addToIndex(index.map, tupleOf(fields, entity.row), key);
      }
      const t = table(setName);
      return [...(index.map.get(tupleOf(fields, values)) ?? [])]
        .map((k) => t.get(k))
        .filter((e): e is StoredEntity => e !== undefined)
        .sort((a, b) => a.recId - b.recId);
    },
    insert(setName, row, assigned) {
      const entity: StoredEntity = {
        row: Object.freeze({ ...row }),
        version: 1,
        recId: assigned ?? store.nextRecId(),
      };
      write(setName, store.keyOf(setName, row), entity);
      return entity;
    },
    update(setName, row) {
      const key = store.keyOf(setName, row);
      const old = table(setName).get(key);
      const entity: StoredEntity = {
        row: Object.freeze({ ...row }),
        version: (old?.version ?? 0) + 1,
        recId: old?.recId ?? store.nextRecId(),
      };
      write(setName, key, entity);
      return entity;
    },
    delete(setName, key) {
      const k = store.keyOf(setName, key);
      if (!table(setName).has(k)) return false;
      write(setName, k, undefined);
      return true;
    },
    nextNumber(sequence, start = 1) {
      const next = sequences.get(sequence) ?? start;
      sequences.set(sequence, next + 1);
      return next;
    },
    nextRecId() {
      return recId++;
    },
    snapshot() {
      return {
        sets: new Map([...sets].map(([name, t]) => [name, new Map(t)])),
        sequences: new Map(sequences),
        nextRecId: recId,
      };
    },
    restore(snapshot) {
      indexes = new Map();
      sets = new Map([...snapshot.sets].map(([name, t]) => [name, new Map(t)]));
      sequences = new Map(snapshot.sequences);
      recId = snapshot.nextRecId;
    },
    transaction(fn, failed) {
      const mark = undo.length;
      const savedSequences = new Map(sequences);
      const savedRecId = recId;
      const rollback = () => {
        const touched = new Set<EntitySetName>();
        while (undo.length > mark) {
          const entry = undo.pop()!;
          touched.add(entry.setName);
          const t = table(entry.setName);
          if (entry.previous) t.set(entry.key, entry.previous);
          else t.delete(entry.key);
        }
        for (const name of touched) {
          for (const [id, index] of indexes) if (index.setName === name) indexes.delete(id);
          // A row brought back went to the end of its Map; rows stay in RecId (insertion) order.
          sets.set(name, new Map([...table(name)].sort(([, a], [, b]) => a.recId - b.recId)));
        }
        sequences = savedSequences;
        recId = savedRecId;
      };
      depth++;
      try {
        const result = fn();
        if (failed?.(result)) rollback();
        return result;
      } catch (e) {
        rollback();
        throw e;
      } finally {
        depth--;
        if (depth === 0) undo = [];
      }
    },
  };
  return store;
}
