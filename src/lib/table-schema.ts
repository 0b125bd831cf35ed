/**
 * A Frictionless Table Schema (the schema format of Data Packages for CSV files) from the zod schema of one row:
 * a field per column, in order, with its type, description and allowed values. An empty cell is a missing value.
 */
import { z } from 'astro/zod';
import type { FieldDoc, JsonSchemaNode } from './json-schema-fields.ts';

export interface TableSchemaField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
}

type ColumnNode = JsonSchemaNode & { enum?: string[] };

/** The Table Schema of a row; the columns are the row's keys in order. */
export function tableSchema(row: z.ZodObject): TableSchema {
  const properties = (z.toJSONSchema(row) as JsonSchemaNode).properties ?? {};
  return {
    fields: Object.entries(properties as Record<string, ColumnNode>).map(([name, column]) => ({
      name,
      type: column.type === 'integer' || column.type === 'number' || column.type === 'boolean' ? column.type : 'string',
      description: column.description ?? '',
      ...(column.enum && { constraints: { enum: column.enum } }),
    })),
    missingValues: [''],
  };
}

/** The columns of a row, in order, as documentation. */
export function tableColumns(row: z.ZodObject): FieldDoc[] {
  return tableSchema(row).fields.map(({ name, description }) => ({ field: name, description }));
}
