import { describe, expect, it } from 'vitest';
import { sentenceEnd, splitSentences } from '../../src/importer/sentences.ts';

describe('sentences', () => {
  it('do not end after U.S., D.C. or Mr.', () => {
    expect(splitSentences('Mr. Robert Strayer, U.S. Department of State, led. Next one in Washington, D.C. here.').map((s) => s.text)).toEqual([
      'Mr. Robert Strayer, U.S. Department of State, led.',
      'Next one in Washington, D.C. here.',
    ]);
  });

  it('end at a paragraph end, or the text end, without a full stop', () => {
    expect(splitSentences('<<Begin text>>\n\nOn May 5, they met.').map((s) => s.text)).toEqual(['<<Begin text>>', 'On May 5, they met.']);
    expect(sentenceEnd('No stop at all', 0)).toBe(14);
    expect(splitSentences('One. Two')).toEqual([{ text: 'One.', index: 0 }, { text: 'Two', index: 5 }]);
  });
});
