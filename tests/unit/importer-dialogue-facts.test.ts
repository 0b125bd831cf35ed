import { describe, expect, it } from 'vitest';
import { findDialogueFacts } from '../../src/importer/dialogue-facts.ts';

describe('findDialogueFacts', () => {
  it('2018: an unnumbered dialogue by its dates, and the earlier inaugural one it builds on', () => {
    const text = 'On February 7th and 8th, the United States and France further deepened their commitment. This meeting builds on the inaugural France-U.S. cyber dialogue, which was held in Paris in September of 2016, and reaffirms our partnership.';
    const facts = findDialogueFacts(text, '2018-02-09');
    expect(facts.reported).toMatchObject({
      dates: { precision: 'day-range', start: '2018-02-07', end: '2018-02-08' },
      yearFromIssue: true,
      sentence: 'On February 7th and 8th, the United States and France further deepened their commitment.',
    });
    expect(facts.reported?.ordinal).toBeUndefined();
    expect(facts.earlier).toEqual([
      expect.objectContaining({
        ordinal: 1,
        place: { kind: 'city', city: 'Paris', country: 'fr' },
        dates: { precision: 'month', month: '2016-09' },
        quote: 'This meeting builds on the inaugural France-U.S. cyber dialogue, which was held in Paris in September of 2016',
      }),
    ]);
  });

  it('2024: ordinal, dates and place in one sentence, quoted up to the last fact', () => {
    const facts = findDialogueFacts('On March 11-12, 2024, the United States and France held the sixth bilateral Cyber Dialogue in Washington, D.C., to reaffirm our partnership.', undefined);
    expect(facts.reported).toMatchObject({ ordinal: 6, place: { kind: 'city', city: 'Washington, D.C.' }, quote: 'On March 11-12, 2024, the United States and France held the sixth bilateral Cyber Dialogue in Washington, D.C.' });
  });

  it('"4th" and "virtually"', () => {
    const facts = findDialogueFacts('On January 13-14, 2022, the United States and France held the 4th U.S.-France Cyber Dialogue virtually.', undefined);
    expect(facts.reported).toMatchObject({ ordinal: 4, place: { kind: 'virtual' }, dates: { start: '2022-01-13', end: '2022-01-14' } });
  });

  it('the dates of the sentence that reports the dialogue, not an earlier date left in the text', () => {
    const facts = findDialogueFacts(
      'Media Note · Office of the Spokesperson · June 3, 2030. TEST FIXTURE, not a real release. On June 1, 2030, the United States and France held the ninth U.S.-France Cyber Dialogue in Paris.',
      undefined,
    );
    expect(facts.reported).toMatchObject({ ordinal: 9, dates: { precision: 'day', date: '2030-06-01' }, place: { kind: 'city', city: 'Paris' } });
  });

  it('the first dates outside earlier dialogues when the reporting sentence has none', () => {
    const facts = findDialogueFacts('The ninth U.S.-France Cyber Dialogue was held in Paris. The delegations met on June 1-2, 2030.', undefined);
    expect(facts.reported).toMatchObject({ ordinal: 9, dates: { start: '2030-06-01', end: '2030-06-02' } });
  });

  it('nothing to report in a text with neither ordinal nor dates', () => {
    expect(findDialogueFacts('The two sides met and talked about cyber issues.', undefined)).toEqual({ earlier: [] });
  });
});
