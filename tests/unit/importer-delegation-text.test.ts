import { describe, expect, it } from 'vitest';
import { findDelegations, findLeads, splitAgencyList } from '../../src/importer/delegation-text.ts';

const known = new Set([
  'National Security Council', 'Cybersecurity and Infrastructure Security Agency', 'Department of Defense', 'Department of Homeland Security',
  'Department of Justice', 'Department of State', 'Department of Commerce', 'U.S. Department of State', 'Ministry of Economy and Finance',
  'Ministry of Justice', 'Ministry of the Armed Forces', 'Federal Bureau of Investigation',
]);
const isKnown = (name: string) => known.has(name);
const written = (text: string, agencies: Array<{ span: { start: number; end: number } }>) => agencies.map((a) => text.slice(a.span.start, a.span.end));

describe('splitAgencyList', () => {
  it('"the Departments of Defense, Homeland Security, Justice, and State" is four agencies, each wrapped where written', () => {
    const list = 'the National Security Council, the Cybersecurity and Infrastructure Security Agency and the Departments of Defense, Homeland Security, Justice, and State';
    const agencies = splitAgencyList(list, 0, 'us', isKnown);
    expect(agencies.map((a) => a.name)).toEqual(['National Security Council', 'Cybersecurity and Infrastructure Security Agency', 'Department of Defense', 'Department of Homeland Security', 'Department of Justice', 'Department of State']);
    expect(written(list, agencies)).toEqual(['National Security Council', 'Cybersecurity and Infrastructure Security Agency', 'Defense', 'Homeland Security', 'Justice', 'State']);
  });

  it('"the Departments of Commerce and State" is two agencies, known or not', () => {
    expect(splitAgencyList('the Departments of Commerce and State', 0, 'us', isKnown).map((a) => a.name)).toEqual(['Department of Commerce', 'Department of State']);
    expect(splitAgencyList('the Departments of Energy and Treasury', 0, 'us', isKnown).map((a) => a.name)).toEqual(['Department of Energy', 'Department of Treasury']);
  });

  it('keeps "and" inside a name the registry knows ("Ministry of Economy and Finance"), in a plural phrase too', () => {
    expect(splitAgencyList('the Ministry of the Armed Forces, Ministry of Economy and Finance, and the Ministry of Justice', 0, 'fr', isKnown).map((a) => a.written)).toEqual([
      'Ministry of the Armed Forces', 'Ministry of Economy and Finance', 'Ministry of Justice',
    ]);
    expect(splitAgencyList('the Ministries of Economy and Finance and Justice', 0, 'fr', isKnown).map((a) => a.name)).toEqual(['Ministry of Economy and Finance', 'Ministry of Justice']);
  });

  it('never takes "representatives from" or "officials of" for part of a name', () => {
    const list = 'the National Security Council, and representatives from the Federal Bureau of Investigation, and senior officials of the Department of Justice';
    expect(splitAgencyList(list, 0, 'us', isKnown).map((a) => a.written)).toEqual(['National Security Council', 'Federal Bureau of Investigation', 'Department of Justice']);
  });
});

describe('findLeads and findDelegations: the sentence shapes of State Department notes', () => {
  it('"X, Title, led the U.S. engagement. Other agencies represented include …"; "… in partnership with representatives from …"', () => {
    const text = 'Mr. Robert Strayer, Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State, led the U.S. engagement. Other agencies represented include the National Security Council, and the Department of Defense.\n\nDavid Martinon, Ambassador for Digital Affairs, led the engagement for the Government of France, in partnership with representatives from the Ministry of Justice.';
    const [us, fr] = findDelegations(text, isKnown);
    expect(us).toMatchObject({ side: 'us', lead: { name: 'Robert Strayer', title: 'Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State' } });
    expect(us!.agencies.map((a) => a.written)).toEqual(['U.S. Department of State', 'National Security Council', 'Department of Defense']);
    expect(fr).toMatchObject({ side: 'fr', lead: { name: 'David Martinon', title: 'Ambassador for Digital Affairs' } });
    expect(fr!.agencies.map((a) => a.written)).toEqual(['Ministry of Justice']);
  });

  it('"X, Title, led the U.S. delegation that/which included representatives from …", both leads in one paragraph', () => {
    const text = "Liesyl Franz, Deputy Assistant Secretary of State for International Cyberspace Security, led the U.S. delegation that included representatives from the National Security Council. Henri Verdier, Ambassador for Digital Affairs, led France's interagency delegation, which included officials from the Ministry of Justice.";
    expect(findDelegations(text, isKnown).map((d) => [d.side, d.lead.name, d.agencies.map((a) => a.written)])).toEqual([
      ['us', 'Liesyl Franz', ['National Security Council']],
      ['fr', 'Henri Verdier', ['Ministry of Justice']],
    ]);
  });

  it('"The U.S. delegation was led by X, Title, and included representatives from …"', () => {
    const text = 'The U.S. delegation was led by Michele Markoff, acting Coordinator for Cyber Issues, and included representatives from the National Security Council and the Departments of Commerce and State.';
    const [us] = findDelegations(text, isKnown);
    expect(us).toMatchObject({ side: 'us', lead: { name: 'Michele Markoff', title: 'acting Coordinator for Cyber Issues' } });
    expect(us!.agencies.map((a) => a.name)).toEqual(['National Security Council', 'Department of Commerce', 'Department of State']);
    expect(findLeads('The French delegation was led by Henri Verdier, Ambassador for Digital Affairs.').map((l) => [l.side, l.lead.name, l.lead.title])).toEqual([['fr', 'Henri Verdier', 'Ambassador for Digital Affairs']]);
  });

  it('a sentence that names no side leads nothing', () => {
    expect(findLeads('Jane Doe, Chair of the Panel, led the discussion of norms.')).toEqual([]);
  });
});
