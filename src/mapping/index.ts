/**
 * `ml-connector/mapping`: the mapping document (marketplace → legal entity, SKU → item, settlement
 * and fee types → main accounts and dimensions) and its validation against D365.
 * @packageDocumentation
 */
export {};
