/**
 * The D365 simulator's `$metadata`: an OData v4 CSDL document written from the same generated
 * entity-set table the simulator serves, so a client's metadata check sees exactly what the
 * simulator answers. Tests may hide entity sets or properties from it to play a D365 environment
 * whose metadata drifted from the pinned one.
 */
import type { EntitySetInfo } from "../../../generated/d365/entity-sets.js";
import { entityNamespace, entitySets, enumTypes } from "../../../generated/d365/entity-sets.js";

/** What a test hid from `$metadata`: whole entity sets, or single properties of a set. */
export interface MetadataOmissions {
  readonly entitySets: ReadonlySet<string>;
  /** `EntitySet.Property` */
  readonly properties: ReadonlySet<string>;
}

const xmlText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Writes the CSDL document (`application/xml`) of every entity set not omitted. Enum-typed
 * properties name their enum in the entity namespace, as D365's own metadata does.
 */
export function buildMetadataXml(omit: MetadataOmissions): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
    "<edmx:DataServices>",
    `<Schema Namespace="${entityNamespace}" xmlns="http://docs.oasis-open.org/odata/ns/edm">`,
  ];
  for (const [name, members] of Object.entries(enumTypes)) {
    out.push(`<EnumType Name="${xmlText(name)}">`);
    for (const [member, value] of Object.entries(members)) {
      out.push(`<Member Name="${xmlText(member)}" Value="${value}"/>`);
    }
    out.push("</EnumType>");
  }
  const sets = (Object.entries(entitySets) as [string, EntitySetInfo][]).filter(
    ([setName]) => !omit.entitySets.has(setName),
  );
  for (const [setName, set] of sets) {
    out.push(`<EntityType Name="${xmlText(set.entityType)}">`);
    out.push(`<Key>${set.keys.map((k) => `<PropertyRef Name="${xmlText(k)}"/>`).join("")}</Key>`);
    for (const [prop, info] of Object.entries(set.properties)) {
      if (omit.properties.has(`${setName}.${prop}`)) continue;
      const type = info.isEnum ? `${entityNamespace}.${info.type}` : info.type;
      const length = info.maxLength !== undefined ? ` MaxLength="${info.maxLength}"` : "";
      out.push(
        `<Property Name="${xmlText(prop)}" Type="${xmlText(type)}"${info.nullable ? "" : ' Nullable="false"'}${length}/>`,
      );
    }
    out.push("</EntityType>");
  }
  out.push('<EntityContainer Name="Resources">');
  for (const [setName, set] of sets) {
    out.push(
      `<EntitySet Name="${xmlText(setName)}" EntityType="${entityNamespace}.${xmlText(set.entityType)}"/>`,
    );
  }
  out.push("</EntityContainer>", "</Schema>", "</edmx:DataServices>", "</edmx:Edmx>");
  return out.join("\n");
}
