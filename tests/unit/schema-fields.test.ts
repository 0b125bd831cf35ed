import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../src/lib/schema-fields.ts';

describe('schemaFields', () => {
  it('lists each described field by its path, parents first, lists as []', () => {
    const schema = z.object({
      name: z.string().describe('The name.'),
      items: z
        .array(z.object({ id: z.string().describe('An id.'), tags: z.array(z.string()).describe('Its tags.') }))
        .describe('The items.'),
      nested: z.object({ count: z.number().int().describe('How many.') }).describe('A group.'),
    });
    expect(schemaFields(schema)).toEqual([
      { field: 'name', description: 'The name.' },
      { field: 'items', description: 'The items.' },
      { field: 'items[].id', description: 'An id.' },
      { field: 'items[].tags', description: 'Its tags.' },
      { field: 'nested', description: 'A group.' },
      { field: 'nested.count', description: 'How many.' },
    ]);
  });

  it('leaves out a field with no description, but not its described children', () => {
    const schema = z.object({ bare: z.object({ inner: z.string().describe('Inside.') }), plain: z.string() });
    expect(schemaFields(schema)).toEqual([{ field: 'bare.inner', description: 'Inside.' }]);
  });

  it('documents a schema used in two places in both', () => {
    const point = z.object({ x: z.number().describe('Across.') });
    expect(schemaFields(z.object({ from: point.describe('Start.'), to: point.describe('End.') })).map((f) => f.field)).toEqual(['from', 'from.x', 'to', 'to.x']);
  });
});
