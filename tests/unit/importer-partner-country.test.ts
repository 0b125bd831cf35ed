import { describe, expect, it } from 'vitest';
import { findPartnerCountries, judgePartner } from '../../src/importer/partner-country.ts';

describe('findPartnerCountries', () => {
  it('finds the partners paired with the United States, in order', () => {
    expect(findPartnerCountries('builds on the inaugural France-U.S. cyber dialogue and the U.S.-EU Cyber Dialogue')).toEqual(['France', 'EU']);
    expect(findPartnerCountries('cooperation between the United States and the European Union, and the United States and the United Kingdom')).toEqual(['European Union', 'United Kingdom']);
    expect(findPartnerCountries('the United States and Other Allies')).toEqual([]);
  });
});

describe('judgePartner: by subject, not by mention', () => {
  const SENTENCE = 'On May 5-6, 2099, the United States and France held the seventh U.S.-France Cyber Dialogue in Paris.';
  const TEXT = `${SENTENCE} They discussed the U.S.-EU Cyber Dialogue, the United States and the European Union, NATO Allies, Ukraine, and the U.S.-Japan Cyber Dialogue.`;

  it('accepts a U.S.–France release that mentions other partners and dialogues', () => {
    expect(judgePartner('Seventh U.S.-France Cyber Dialogue', SENTENCE, TEXT)).toMatchObject({ usFrance: true });
    expect(judgePartner(undefined, SENTENCE, TEXT)).toMatchObject({ usFrance: true });
  });

  it('refuses a release whose reporting sentence or title names another partner, quoting it', () => {
    const japan = 'On March 1-2, 2024, the United States and Japan held the eighth U.S.-Japan Cyber Dialogue in Tokyo.';
    expect(judgePartner(undefined, japan, `${japan} France was mentioned.`)).toEqual({ usFrance: false, reason: 'the sentence reporting the dialogue pairs the United States with Japan, not France', judgedBy: japan });
    expect(judgePartner('U.S.-Japan Cyber Dialogue', 'On March 1-2, 2024, the delegations met in Tokyo.', 'France too.')).toMatchObject({ usFrance: false, judgedBy: 'U.S.-Japan Cyber Dialogue' });
  });

  it('judges by the whole text only when neither names a partner', () => {
    expect(judgePartner('A Note', 'On March 1-2, 2024, the delegations met.', 'The French delegation …')).toMatchObject({ usFrance: true });
    expect(judgePartner('A Note', 'On March 1-2, 2024, the delegations met.', 'Nothing about the partner.')).toMatchObject({ usFrance: false, reason: 'it does not mention France' });
  });
});
