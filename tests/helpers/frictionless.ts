/**
 * Checking a Data Package descriptor offline by the Frictionless rules: its `schema` references read (as the
 * Frictionless tools dereference them), then the descriptor validated against the official Data Package profile and
 * each tabular resource against the official Tabular Data Resource profile, both as the Frictionless Data team
 * ships them in the `datapackage` npm package (JSON Schema draft 4, read with Ajv).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const profile = (name: string) => JSON.parse(readFileSync(require.resolve(`datapackage/lib/profiles/${name}.json`), 'utf8')) as object;

const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false });
const validatePackage = ajv.compile(profile('data-package'));
const validateTabularResource = ajv.compile(profile('tabular-data-resource'));

interface Resource {
  name?: string;
  profile?: string;
  schema?: unknown;
}

/** The problems found, one line each ("resources/0/name must match pattern …"); empty when the descriptor is valid. */
export function dataPackageProblems(descriptor: { resources: Resource[] }, readRelative: (path: string) => string): string[] {
  const dereferenced = {
    ...descriptor,
    resources: descriptor.resources.map((resource) =>
      typeof resource.schema === 'string' ? { ...resource, schema: JSON.parse(readRelative(resource.schema)) as unknown } : resource,
    ),
  };
  const problems: string[] = [];
  const report = (where: string, errors: typeof validatePackage.errors) =>
    errors?.forEach((error) => problems.push(`${where}${error.instancePath} ${error.message}`));
  if (!validatePackage(dereferenced)) report('', validatePackage.errors);
  dereferenced.resources.forEach((resource, i) => {
    if (resource.profile === 'tabular-data-resource' && !validateTabularResource(resource)) report(`resources/${i}`, validateTabularResource.errors);
  });
  return problems;
}
