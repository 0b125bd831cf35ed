import { describe, expect, it } from 'vitest';
import { collectStages, stage } from '../../src/importer/stage.ts';

describe('stages', () => {
  it('carry their value, notes and additions; collected in the order of the stages', () => {
    const first = stage(1, { read: ['r1'], check: ['c1'] }, { people: [{ id: 'p', name: 'P', country: 'us' }] });
    const second = stage('x', { decided: ['d2'], check: ['c2'] });
    expect(first).toEqual({ value: 1, notes: { read: ['r1'], decided: [], check: ['c1'] }, additions: { agencies: [], people: [{ id: 'p', name: 'P', country: 'us' }], dialogues: [] } });
    expect(collectStages([first, second])).toEqual({ notes: { read: ['r1'], decided: ['d2'], check: ['c1', 'c2'] }, additions: first.additions });
    // Collecting changes no stage.
    expect(first.notes.check).toEqual(['c1']);
  });
});
