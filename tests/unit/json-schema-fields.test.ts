import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFields, type JsonSchemaNode } from '../../src/lib/json-schema-fields.ts';

const fields = (schema: z.ZodType) => jsonSchemaFields(z.toJSONSchema(schema) as JsonSchemaNode);

describe('jsonSchemaFields', () => {
  it('lists every described field, parents first, lists as [] and nullable values once', () => {
    const schema = z.object({
      name: z.string().describe('The name.'),
      note: z.string().nullable().describe('A note, or null.'),
      items: z.array(z.object({ id: z.string().describe('Its id.') })).describe('The items.'),
    });
    expect(fields(schema)).toEqual([
      { field: 'name', description: 'The name.' },
      { field: 'note', description: 'A note, or null.' },
      { field: 'items', description: 'The items.' },
      { field: 'items[].id', description: 'Its id.' },
    ]);
  });

  it('merges the branches of a union, each path once with its first description', () => {
    const schema = z.object({
      source: z
        .discriminatedUnion('kind', [
          z.object({ kind: z.literal('a').describe('"a" or "b".'), quote: z.string().describe('For "a": the quote.') }),
          z.object({ kind: z.literal('b').describe('"a" or "b".'), title: z.string().describe('For "b": the title.') }),
        ])
        .describe('Where it comes from.'),
    });
    expect(fields(schema).map((doc) => doc.field)).toEqual(['source', 'source.kind', 'source.quote', 'source.title']);
  });

  it('writes a record keyed by a titled enum as <title>', () => {
    const schema = z.object({ bySide: z.record(z.enum(['us', 'fr']).meta({ title: 'side' }), z.object({ lead: z.string().describe('The lead.') })).describe('Both sides.') });
    expect(fields(schema)).toEqual([
      { field: 'bySide', description: 'Both sides.' },
      { field: 'bySide.<side>.lead', description: 'The lead.' },
    ]);
  });
});
