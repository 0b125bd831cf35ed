import { describe, expect, it } from 'vitest';
import { sentenceEnd, splitSentences } from '../../src/importer/sentences.ts';

describe('sentences', () => {
  it('do not end after U.S., D.C. or Mr.', () => {
    expect(splitSentences('Mr. Robert Strayer, U.S. Department of State, led. Next one in Washington, D.C. here.').map((s) => s.text)).toEqual([
      'Mr. Robert Strayer, U.S. Department of State, led.',
      'Next one in Washington, D.C. here.',
    ]);
  });

  it('end at the text end without a full stop', () => {
    expect(sentenceEnd('No stop at all', 0)).toBe(14);
    expect(splitSentences('One. Two')).toEqual([{ text: 'One.', index: 0 }, { text: 'Two', index: 5 }]);
  });
});
