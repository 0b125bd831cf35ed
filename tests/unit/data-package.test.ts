import { describe, expect, it } from 'vitest';
import { absoluteUrlOf } from '../../src/lib/absolute-urls.ts';
import { DATA_FILES } from '../../src/lib/data-files.ts';
import { ARCHIVE_VERSION, DATA_LICENSE, dataFileHeader, dataPackage, generationTime } from '../../src/lib/data-package.ts';
import { dataPackageProblems } from '../helpers/frictionless.ts';

const urlOf = absoluteUrlOf('https://example.org', '/sub/');

describe('generationTime', () => {
  it('is SOURCE_DATE_EPOCH where set, for a reproducible build, and now otherwise, to the second', () => {
    expect(generationTime({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14T22:13:20Z');
    expect(generationTime({}, new Date('2026-05-06T07:08:09.123Z'))).toBe('2026-05-06T07:08:09Z');
    expect(generationTime({ SOURCE_DATE_EPOCH: 'soon' }, new Date('2026-05-06T07:08:09Z'))).toBe('2026-05-06T07:08:09Z');
  });
});

describe('dataFileHeader', () => {
  it('names the documentation, the license, the version and the generation time', () => {
    expect(dataFileHeader(urlOf, '2026-01-01T00:00:00Z')).toEqual({
      documentation: 'https://example.org/sub/about/#data',
      license: DATA_LICENSE,
      version: ARCHIVE_VERSION,
      created: '2026-01-01T00:00:00Z',
    });
  });
});

describe('dataPackage', () => {
  const descriptor = dataPackage(urlOf, DATA_FILES, '2026-01-01T00:00:00Z');

  it('lists every registered data file with its path, schema, format and license, relative to the descriptor', () => {
    expect(descriptor.resources.map((resource) => [resource.name, resource.path, resource.schema, resource.profile])).toEqual(
      DATA_FILES.map((file) => [file.name, `${file.name}.${file.format}`, `${file.name}.schema.json`, file.format === 'csv' ? 'tabular-data-resource' : 'json-data-resource']),
    );
    for (const resource of descriptor.resources) expect(resource.licenses).toEqual([DATA_LICENSE]);
    expect(descriptor).toMatchObject({ version: ARCHIVE_VERSION, created: '2026-01-01T00:00:00Z', licenses: [DATA_LICENSE], homepage: 'https://example.org/sub/about/#data' });
  });

  it('is valid under the official Data Package profiles once its schemas are read', () => {
    const schemas = Object.fromEntries(descriptor.resources.map((resource) => [resource.schema, resource.profile === 'tabular-data-resource' ? { fields: [{ name: 'a', type: 'string' }] } : { type: 'object' }]));
    expect(dataPackageProblems(descriptor, (path) => JSON.stringify(schemas[path]))).toEqual([]);
    // And the check can fail: a resource without a name, a license without an identifier.
    const broken = { ...descriptor, licenses: [{ title: 'x' }], resources: [{ ...descriptor.resources[0]!, name: 'Not A Name' }] };
    expect(dataPackageProblems(broken, (path) => JSON.stringify(schemas[path])).length).toBeGreaterThan(0);
  });
});
