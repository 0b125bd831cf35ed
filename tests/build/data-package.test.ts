/**
 * The open data as published: a Frictionless Data Package that lists every data file with its schema, valid by the
 * official profiles; every JSON file valid against its published JSON Schema and carrying its license and version;
 * the CSV file as its Table Schema describes it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { dataPackageProblems } from '../helpers/frictionless.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';

interface Resource {
  name: string;
  path: string;
  schema: string;
  profile: string;
  licenses: { name: string }[];
}
interface Descriptor {
  version: string;
  created: string;
  licenses: { name: string; path: string }[];
  resources: Resource[];
}

describe.each([
  ['at the root', distDir, '/'],
  ['under a sub-path', distSubpathDir, SUBPATH_BASE],
])('the data package of the build %s', (_, dist, base) => {
  const data = (file: string) => readFileSync(join(dist(), 'data', file), 'utf8');
  const descriptor = () => JSON.parse(data('datapackage.json')) as Descriptor;

  it('lists every data file in /data/, each with its schema and license', () => {
    const files = readdirSync(join(dist(), 'data')).filter((file) => !file.endsWith('.schema.json') && file !== 'datapackage.json');
    const { resources, licenses } = descriptor();
    expect(resources.map((resource) => resource.path).sort()).toEqual(files.sort());
    expect(files).toEqual(expect.arrayContaining(['agencies.json', 'people.json', 'topics.json', 'dialogues.json', 'releases.json', 'delegations.csv']));
    expect(licenses).toEqual([expect.objectContaining({ name: 'CC0-1.0' })]);
    for (const resource of resources) {
      expect(resource.licenses).toEqual(licenses);
      expect(() => data(resource.schema), resource.schema).not.toThrow();
    }
  });

  it('is valid by the official Data Package and Tabular Data Resource profiles', () => {
    expect(dataPackageProblems(descriptor() as never, data)).toEqual([]);
  });

  it('has JSON files that their published JSON Schemas accept, each with the package\'s license, version and time', () => {
    const { resources, version, created, licenses } = descriptor();
    const ajv = addFormats(new Ajv2020({ allErrors: true }));
    for (const resource of resources.filter((r) => r.profile === 'json-data-resource')) {
      const file = JSON.parse(data(resource.path)) as Record<string, unknown>;
      const validate = ajv.compile(JSON.parse(data(resource.schema)) as object);
      expect([resource.path, validate(file) ? [] : validate.errors]).toEqual([resource.path, []]);
      expect(file).toMatchObject({ version, created, license: { name: licenses[0]!.name, path: licenses[0]!.path } });
      expect(new URL(file.documentation as string).pathname).toBe(`${base}about/`);
    }
  });

  it('has a CSV file whose header and cells are those of its Table Schema', () => {
    const resource = descriptor().resources.find((r) => r.profile === 'tabular-data-resource')!;
    const { fields } = JSON.parse(data(resource.schema)) as { fields: { name: string; type: string; constraints?: { enum: string[] } }[] };
    const [header, ...rows] = data(resource.path).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header).toEqual(fields.map((field) => field.name));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      fields.forEach((field, i) => {
        const cell = row[i]!;
        if (field.type === 'integer') expect(cell, field.name).toMatch(/^\d+$/);
        if (field.constraints?.enum) expect(field.constraints.enum, field.name).toContain(cell);
      });
    }
  });
});
