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
  /** Inserts a new row; returns the stored entity. The caller has checked the key is free. */
  insert(setName: EntitySetName, row: EntityRow, recId?: number): StoredEntity;
  /** Replaces an existing row (same key), bumping its version. */
  update(setName: EntitySetName, row: EntityRow): StoredEntity;
  delete(setName: EntitySetName, key: Readonly<Record<string, StoredValue>>): boolean;
  /** Next value of a named number sequence, starting at `start`. */
  nextNumber(sequence: string, start?: number): number;
  /** Allocates a RecId (D365 RecIds are global and increasing). */
  nextRecId(): number;
  snapshot(): StoreSnapshot;
  restore(snapshot: StoreSnapshot): void;
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

  const table = (setName: EntitySetName): Map<string, StoredEntity> => {
    let t = sets.get(setName);
    if (!t) {
      t = new Map();
      sets.set(setName, t);
    }
    return t;
  };

  const store: EntityStore = {
    keyOf(setName, values) {
      return entitySets[setName].keys
        .map((k) => {
          const v = values[k];
          return typeof v === "string" ? v.toLowerCase() : String(v);
        })
        .join("\u0000");
    },
    get(setName, key) {
      return sets.get(setName)?.get(store.keyOf(setName, key));
    },
    list(setName) {
      return [...(sets.get(setName)?.values() ?? [])];
    },
    insert(setName, row, recId) {
      const entity: StoredEntity = {
        row: Object.freeze({ ...row }),
        version: 1,
        recId: recId ?? store.nextRecId(),
      };
      table(setName).set(store.keyOf(setName, row), entity);
      return entity;
    },
    update(setName, row) {
      const t = table(setName);
      const k = store.keyOf(setName, row);
      const old = t.get(k);
      const entity: StoredEntity = {
        row: Object.freeze({ ...row }),
        version: (old?.version ?? 0) + 1,
        recId: old?.recId ?? store.nextRecId(),
      };
      t.set(k, entity);
      return entity;
    },
    delete(setName, key) {
      return sets.get(setName)?.delete(store.keyOf(setName, key)) ?? false;
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
      sets = new Map([...snapshot.sets].map(([name, t]) => [name, new Map(t)]));
      sequences = new Map(snapshot.sequences);
      recId = snapshot.nextRecId;
    },
  };
  return store;
}
