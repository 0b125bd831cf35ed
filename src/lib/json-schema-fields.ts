/**
 * The documentation of a data file, field by field, read from its JSON Schema (made from its zod schema with
 * `z.toJSONSchema`), so that the table on /about/ is never a second copy of the shape.
 */

/** A field of a data file and what it holds, for the documentation. */
export interface FieldDoc {
  /** Path of the field: `dialogues[].dates.start`; `[]` stands for each item of a list, `<side>` for each key. */
  field: string;
  description: string;
}

/** The part of JSON Schema that `z.toJSONSchema` writes and this reads. */
export interface JsonSchemaNode {
  description?: string;
  title?: string;
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: JsonSchemaNode | boolean;
  propertyNames?: JsonSchemaNode & { enum?: string[] };
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  type?: string | string[];
}

/**
 * Every field with its description, parents before children, in the order the schema lists them. The branches of a
 * union (a nullable value, the kinds of a source) are one field: each path is listed once, with its first
 * description. A record keyed by an enum is written `<title>` (`delegations.<side>`).
 */
export function jsonSchemaFields(schema: JsonSchemaNode): FieldDoc[] {
  const fields = new Map<string, string>();
  const visit = (node: JsonSchemaNode, path: string) => {
    if (path && node.description && !fields.has(path)) fields.set(path, node.description);
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(branch, path);
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, path ? `${path}.${key}` : key);
    if (typeof node.additionalProperties === 'object') {
      const keys = node.propertyNames?.title ?? node.propertyNames?.enum?.join('|') ?? 'key';
      visit(node.additionalProperties, `${path}.<${keys}>`);
    }
    if (node.items) visit(node.items, `${path}[]`);
  };
  visit(schema, '');
  return [...fields].map(([field, description]) => ({ field, description }));
}
