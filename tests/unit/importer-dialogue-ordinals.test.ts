import { describe, expect, it } from 'vitest';
import { dialogueIdForOrdinal, parseOrdinal } from '../../src/importer/dialogue-ordinals.ts';

describe('ordinals', () => {
  it.each([['inaugural', 1], ['fourth', 4], ['Sixth', 6], ['4th', 4], ['21st', 21], ['bilateral', undefined], ['0th', undefined]])('%s', (word, n) => {
    expect(parseOrdinal(word)).toBe(n);
  });

  it('names a dialogue by its ordinal, past the words too', () => {
    expect(dialogueIdForOrdinal(7)).toBe('seventh');
    expect(dialogueIdForOrdinal(21)).toBe('dialogue-21');
  });
});
