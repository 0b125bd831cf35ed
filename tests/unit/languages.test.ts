import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/lib/languages.ts';

describe('languageName', () => {
  it('names a language in English from its BCP 47 tag', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('it')).toBe('Italian');
    expect(languageName('fr-CA')).toBe('Canadian French');
  });
});
