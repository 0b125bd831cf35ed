import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { tableColumns, tableSchema } from '../../src/lib/table-schema.ts';

const row = z.object({
  ordinal: z.number().int().describe('Its place.'),
  side: z.enum(['us', 'fr']).describe('"us" or "fr".'),
  name: z.string().describe('A name.'),
});

describe('tableSchema', () => {
  it('gives a field per column, in order, with its type, description and allowed values; empty cells are missing', () => {
    expect(tableSchema(row)).toEqual({
      fields: [
        { name: 'ordinal', type: 'integer', description: 'Its place.' },
        { name: 'side', type: 'string', description: '"us" or "fr".', constraints: { enum: ['us', 'fr'] } },
        { name: 'name', type: 'string', description: 'A name.' },
      ],
      missingValues: [''],
    });
  });

  it('documents the columns in order', () => {
    expect(tableColumns(row).map((column) => column.field)).toEqual(['ordinal', 'side', 'name']);
  });
});
