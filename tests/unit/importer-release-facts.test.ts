import { describe, expect, it } from 'vitest';
import { loadContentRegistry } from '../../src/importer/content-registry.ts';
import { ImportError } from '../../src/importer/import-error.ts';
import { readFacts } from '../../src/importer/release-facts.ts';
import { ROOT } from '../helpers/paths.ts';

const registry = loadContentRegistry(`${ROOT}content`);
const context = { fileName: 'a.txt', title: undefined, issued: undefined, anyPartner: false };
const TEXT = 'On May 5-6, 2099, the United States and France held the seventh U.S.-France Cyber Dialogue in Paris. They discussed the U.S.-Japan Cyber Dialogue.\n\nAnn Lee, Envoy, led the U.S. delegation that included representatives from the National Security Council.';

describe('readFacts', () => {
  it('reads the dialogue, the delegations as written, and judges the partner by the reporting sentence', () => {
    const { value, notes } = readFacts(TEXT, registry, context);
    expect(value.reported).toMatchObject({ ordinal: 7, dates: { start: '2099-05-05', end: '2099-05-06' }, place: { kind: 'city', city: 'Paris' } });
    expect(value.delegations.map((d) => [d.side, d.lead.name, d.agencies.map((a) => a.name)])).toEqual([['us', 'Ann Lee', ['National Security Council']]]);
    expect(notes.decided[0]).toMatch(/^Partner: France \(the sentence reporting the dialogue pairs the United States with France/);
  });

  it('refuses another partner, quoting the sentence and naming the option; the option lets it through, to check', () => {
    const japan = 'On May 5-6, 2099, the United States and Japan held the seventh U.S.-Japan Cyber Dialogue in Tokyo.';
    expect(() => readFacts(japan, registry, context)).toThrow(ImportError);
    expect(() => readFacts(japan, registry, context)).toThrow(`Judged by: "${japan}". The archive holds only that dialogue; if this release belongs in it all the same, import it with --any-partner.`);
    expect(readFacts(japan, registry, { ...context, anyPartner: true }).notes.check[0]).toMatch(/^Partner: a\.txt is not a release about the U\.S\.–France Cyber Dialogue[\s\S]*Imported with --any-partner\.$/);
  });

  it('refuses a text with no date, and dates without a year when nothing gives one', () => {
    expect(() => readFacts('The United States and France held the seventh dialogue.', registry, context)).toThrow(/gives no date/);
    expect(() => readFacts('On May 5 and 6, the United States and France met.', registry, context)).toThrow(/have no year, and the release has no date of issue[\s\S]*Add the date of issue/);
    expect(readFacts('On May 5 and 6, the United States and France met.', registry, { ...context, issued: '2099-05-08' }).value.reported.dates).toEqual({ precision: 'day-range', start: '2099-05-05', end: '2099-05-06' });
  });
});
