import { describe, expect, it } from 'vitest';
import { releaseSlug, slugify } from '../../src/lib/slugs.ts';
import { dialogueName, ordinalWord } from '../../src/lib/ordinals.ts';
import { joinBase } from '../../src/lib/urls.ts';

describe('slugify', () => {
  it('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugify('United States and France Strengthen Relationship on Cyber Policy')).toBe(
      'united-states-and-france-strengthen-relationship-on-cyber-policy',
    );
    expect(slugify('Sixth U.S.-France Cyber Dialogue')).toBe('sixth-us-france-cyber-dialogue');
    expect(slugify("Ministère de l'Intérieur")).toBe('ministere-de-linterieur');
    expect(slugify('  --Hello,   World!--  ')).toBe('hello-world');
  });
});

describe('releaseSlug', () => {
  it('starts with the date of issue, or "undated" when it is not known', () => {
    expect(releaseSlug('2018-02-09', 'United States and France Strengthen Relationship on Cyber Policy')).toBe(
      '2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy',
    );
    expect(releaseSlug('unknown', 'Sixth U.S.-France Cyber Dialogue')).toBe('undated-sixth-us-france-cyber-dialogue');
  });
});

describe('ordinals', () => {
  it('names dialogues by their ordinal', () => {
    expect(ordinalWord(1)).toBe('First');
    expect(ordinalWord(6)).toBe('Sixth');
    expect(ordinalWord(21)).toBe('21st');
    expect(ordinalWord(22)).toBe('22nd');
    expect(ordinalWord(23)).toBe('23rd');
    expect(ordinalWord(111)).toBe('111th');
    expect(dialogueName(6)).toBe('Sixth U.S.–France Cyber Dialogue');
  });
});

describe('joinBase', () => {
  it('puts a root-relative path under any base', () => {
    expect(joinBase('/', '/releases/')).toBe('/releases/');
    expect(joinBase('/archive', '/releases/')).toBe('/archive/releases/');
    expect(joinBase('/archive/', '/')).toBe('/archive/');
  });
});
