import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expandCompoundAgencyName, indexAgencyNames, normalizeAgencyName, otherAgencyNames } from '../../src/lib/agency-names.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { ROOT } from '../helpers/paths.ts';

// The real registry, parsed with the site's own schema: the aliases tested here are the ones the site uses.
const registry = Object.entries(parse(readFileSync(`${ROOT}content/agencies.yaml`, 'utf8')) as Record<string, unknown>).map(
  ([id, data]) => ({ id, data: agencySchema.parse(data) }),
);
const names = indexAgencyNames(registry);

describe('normalizeAgencyName', () => {
  it('ignores a leading "the", case, dots and spacing', () => {
    expect(normalizeAgencyName('the  U.S. Department of State')).toBe('us department of state');
    expect(normalizeAgencyName('The National Cybersecurity Agency')).toBe('national cybersecurity agency');
  });
});

describe('indexAgencyNames', () => {
  it('resolves the names the releases use to one agency each', () => {
    expect(names.resolve('Office of the Director for National Intelligence')).toEqual(['odni']);
    expect(names.resolve('Office of the Director of National Intelligence')).toEqual(['odni']);
    expect(names.resolve('ODNI')).toEqual(['odni']);
    expect(names.resolve('the National Cybersecurity Agency')).toEqual(['anssi']);
    expect(names.resolve('National Cybersecurity Agency (ANSSI)')).toEqual(['anssi']);
    expect(names.resolve('ANSSI')).toEqual(['anssi']);
    expect(names.resolve('U.S. Department of State')).toEqual(['state']);
  });

  it('maps the two English names of the French interior ministry to one agency', () => {
    expect(names.resolve('Ministry of the Interior')).toEqual(['interior-ministry']);
    expect(names.resolve('the Ministry of Home Affairs')).toEqual(['interior-ministry']);
    expect(names.resolve("Ministère de l'Intérieur")).toEqual(['interior-ministry']);
  });

  it('tells the sides apart where only the country does', () => {
    expect(names.resolve('Department of Justice', 'us')).toEqual(['doj']);
    expect(names.resolve('Ministry of Justice', 'fr')).toEqual(['justice-ministry']);
    expect(names.resolve('Ministry of Justice', 'us')).toEqual([]);
  });

  it('finds nothing for a name that is not in the registry', () => {
    expect(names.resolve('National Security Agency')).toEqual([]);
  });
});

describe('expandCompoundAgencyName', () => {
  it('splits "the Departments of …" into four departments', () => {
    const parts = expandCompoundAgencyName('the Departments of Defense, Homeland Security, Justice, and State');
    expect(parts).toEqual(['Department of Defense', 'Department of Homeland Security', 'Department of Justice', 'Department of State']);
    expect(parts.map((part) => names.resolve(part, 'us'))).toEqual([['dod'], ['dhs'], ['doj'], ['state']]);
  });

  it('splits two without a serial comma, and leaves single names alone', () => {
    expect(expandCompoundAgencyName('Ministries of Justice and the Armed Forces')).toEqual(['Ministry of Justice', 'Ministry of the Armed Forces']);
    expect(expandCompoundAgencyName('the Department of Defense')).toEqual(['the Department of Defense']);
  });
});

describe('otherAgencyNames', () => {
  const interior = { name: 'Ministry of the Interior', aliases: ['Ministry of Home Affairs'] };

  it('joins aliases and wordings without repeats (whatever the case) and without the canonical name', () => {
    const entry = { name: 'Ministry of Inside', aliases: ['Inside Ministry', 'Home Office'] };
    expect(otherAgencyNames(entry, ['Home Office', 'ministry of inside', 'Ministry of Home Things', 'MINISTRY OF HOME THINGS'])).toEqual([
      'Inside Ministry',
      'Home Office',
      'Ministry of Home Things',
    ]);
    expect(otherAgencyNames({ name: 'X', aliases: [] })).toEqual([]);
  });

  it('leaves out what a page already shows beside the agency', () => {
    expect(otherAgencyNames(interior)).toEqual(['Ministry of Home Affairs']);
    expect(otherAgencyNames(interior, [], ['Ministry of Home Affairs'])).toEqual([]);
    const anssi = { name: 'National Cybersecurity Agency', aliases: ['National Cybersecurity Agency (ANSSI)', 'Agency of France'] };
    expect(otherAgencyNames(anssi, [], [undefined, 'national cybersecurity agency (anssi)'])).toEqual(['Agency of France']);
  });
});
