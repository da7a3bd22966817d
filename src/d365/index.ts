/**
 * `ml-connector/d365`: the typed Dynamics 365 F&O OData client and the generated entity-set table.
 * @packageDocumentation
 */
export {
  type EntityProperty,
  type EntitySetInfo,
  type EntitySetName,
  entitySets,
  enumTypes,
} from "../../generated/d365/entity-sets.js";
export {
  d365TokenPlacement,
  type EntraCertificate,
  type EntraTokenProvider,
  type EntraTokenProviderOptions,
  entraTokenProvider,
} from "./auth/entra.js";
export {
  createD365Client,
  type D365Client,
  type D365ClientOptions,
  type D365Paths,
  normalizeEnvironmentUrl,
  resolveD365Operation,
} from "./client.js";
