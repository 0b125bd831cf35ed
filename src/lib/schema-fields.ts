/**
 * The documented fields of a data file, read from its zod schema: each field's path and its `.describe()` text,
 * through zod's own JSON Schema output, so that the documentation cannot drift from the shape it documents.
 */
import { z } from 'astro/zod';
import type { FieldDoc } from './open-data.ts';

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

/**
 * Every described field of a schema, parents before children, in the schema's order: `passages[].first.url`
 * (`[]` stands for each item of a list). A field without a description is left out, not its children.
 */
export function schemaFields(schema: z.ZodType): FieldDoc[] {
  const fields: FieldDoc[] = [];
  const walk = (node: JsonSchemaNode, path: string) => {
    if (path && node.description) fields.push({ field: path, description: node.description });
    for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, path ? `${path}.${name}` : name);
    if (node.items) walk(node.items, `${path}[]`);
  };
  walk(z.toJSONSchema(schema, { reused: 'inline', io: 'output' }) as JsonSchemaNode, '');
  return fields;
}
