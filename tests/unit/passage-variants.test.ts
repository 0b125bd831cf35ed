import { describe, expect, it } from 'vitest';
import { passageVariants } from '../../src/lib/passage-variants.ts';
import { recurringPassageRecords } from '../../src/lib/recurring-passage-index.ts';
import { release } from './archive-fixture.ts';

const SHARED = 'the two delegations reviewed the implementation of the work plan on incident response and the agreed information sharing framework for the next year';

describe('passageVariants', () => {
  it('lists releases with the same wording together, in the order each wording first appears', () => {
    const wordings = [SHARED, SHARED, SHARED.replace('agreed', 'common'), SHARED, SHARED.replace('agreed', 'common'), SHARED.replace('plan', 'programme')];
    const [passage] = recurringPassageRecords(wordings.map((text, i) => release(`r${i}`, 'd', { body: `Words ${i} first. ${text}.` })));
    const variants = passageVariants(passage!.later);
    expect(variants.map((variant) => variant.appearances.map((appearance) => appearance.release.id))).toEqual([['r1', 'r3'], ['r2', 'r4'], ['r5']]);
    expect(variants.map((variant) => variant.appearances[0]!.changes)).toEqual([[], [{ from: 'agreed', to: 'common' }], [{ from: 'plan', to: 'programme' }]]);
  });
});
