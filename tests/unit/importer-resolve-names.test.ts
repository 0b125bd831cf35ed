import { describe, expect, it } from 'vitest';
import { loadContentRegistry } from '../../src/importer/content-registry.ts';
import { findDelegations } from '../../src/importer/delegation-text.ts';
import { ImportError } from '../../src/importer/import-error.ts';
import { resolveDelegations, resolveDialogue, resolveDialogues } from '../../src/importer/resolve-names.ts';
import { ROOT } from '../helpers/paths.ts';

const registry = loadContentRegistry(`${ROOT}content`);
const known = (name: string) => ['National Security Council', 'Department of Defense', 'Department of Justice', 'Department of State', 'Ministry of Home Affairs'].includes(name);

describe('resolveDialogue', () => {
  it('matches the registry by ordinal, or by dates when the text gives no ordinal', () => {
    expect(resolveDialogue({ ordinal: 6, quote: 'q' }, registry, 'r', 'a.txt', true).value).toBe('sixth');
    const byDates = resolveDialogue({ dates: { precision: 'day-range', start: '2018-02-07', end: '2018-02-08' }, quote: 'q' }, registry, 'r', 'a.txt', true);
    expect(byDates.value).toBe('second');
    expect(byDates.notes.decided[0]).toMatch(/matched by its dates/);
  });

  it('a dialogue the registry lacks becomes an addition built from the text', () => {
    const result = resolveDialogue({ ordinal: 7, ordinalWritten: 'seventh', dates: { precision: 'day', date: '2099-01-01' }, quote: 'the seventh dialogue' }, registry, 'r', 'a.txt', true);
    expect(result.value).toBe('seventh');
    expect(result.additions.dialogues).toEqual([{ id: 'seventh', ordinal: 7, dates: { precision: 'day', date: '2099-01-01' }, place: { kind: 'unknown', note: 'The release does not say where the meeting took place.' }, release: 'r', quote: 'the seventh dialogue' }]);
  });

  it('refuses dates that contradict the registry, and unnumbered dates it cannot place', () => {
    expect(() => resolveDialogue({ ordinal: 6, dates: { precision: 'day', date: '2099-01-01' }, quote: 'q' }, registry, 'r', 'a.txt', true)).toThrow(/contradict dialogues\.yaml/);
    expect(() => resolveDialogue({ dates: { precision: 'day', date: '2099-01-01' }, quote: 'q' }, registry, 'r', 'a.txt', true)).toThrow(ImportError);
  });

  it('adds an earlier dialogue once, however often it is named', () => {
    const earlier = { ordinal: 8, quote: 'the eighth' };
    expect(resolveDialogues({ ordinal: 9, quote: 'the ninth' }, [earlier, earlier], registry, 'r', 'a.txt').additions.dialogues.map((d) => d.id)).toEqual(['ninth', 'eighth']);
  });
});

describe('resolveDelegations', () => {
  const text = 'Henri Verdier, Ambassador for Digital Affairs, led the French delegation that included representatives from the Ministry of Home Affairs and the Bureau of Test Affairs. Ann Lee, Envoy, led the U.S. delegation that included representatives from the Departments of Defense and State.';

  it('resolves leads and agencies to ids, keeps the wording, wraps where written; the unknown become additions', () => {
    const { value, additions, notes } = resolveDelegations(findDelegations(text, (name) => known(name)), registry, 'a.txt');
    expect(value.delegations).toEqual({
      fr: { lead: { person: 'henri-verdier', title: 'Ambassador for Digital Affairs' }, agencies: [{ agency: 'interior-ministry', wording: 'Ministry of Home Affairs' }, { agency: 'bureau-of-test-affairs' }] },
      us: { lead: { person: 'ann-lee', title: 'Envoy' }, agencies: [{ agency: 'dod' }, { agency: 'state' }] },
    });
    expect(value.mentions.map((m) => [m.component, m.id, text.slice(m.start, m.end)])).toEqual([
      ['Person', 'henri-verdier', 'Henri Verdier'],
      ['Agency', 'interior-ministry', 'Ministry of Home Affairs'],
      ['Agency', 'bureau-of-test-affairs', 'Bureau of Test Affairs'],
      ['Person', 'ann-lee', 'Ann Lee'],
      ['Agency', 'dod', 'Defense'],
      ['Agency', 'state', 'State'],
    ]);
    expect(additions).toEqual({ agencies: [{ id: 'bureau-of-test-affairs', name: 'Bureau of Test Affairs', country: 'fr', foundIn: 'a.txt' }], people: [{ id: 'ann-lee', name: 'Ann Lee', country: 'us' }], dialogues: [] });
    expect(notes.decided).toContain('French lead: Henri Verdier (henri-verdier), "Ambassador for Digital Affairs"');
  });

  it('says when a side has no lead', () => {
    expect(resolveDelegations([], registry, 'a.txt').notes.check).toEqual([
      'No lead found for the U.S. side: its delegation is left out. If the text names one, add it by hand.',
      'No lead found for the French side: its delegation is left out. If the text names one, add it by hand.',
    ]);
  });
});
