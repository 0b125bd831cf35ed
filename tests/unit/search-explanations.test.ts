import { describe, expect, it } from 'vitest';
import { matchExplanations, type MatchToExplain } from '../../src/lib/search-explanations.ts';
import { writeNameList } from '../../src/lib/search-names.ts';
import { parseQuery } from '../../src/lib/search-terms.ts';

// A made-up release: its text names the Quay Ministry and the Postal Service, not their other names.
const text = 'Talks with the Ministry of Docks and the Postal Service on homeland tides.';
const meta = {
  title: 'A note',
  date: 'May 6, 2031',
  us1: writeNameList({ name: 'Office of Railways', acronym: 'OOR', others: ['Railway Office'] }),
  us2: writeNameList({ name: 'Postal Service', acronym: 'PS', others: [] }),
  fr1: writeNameList({ name: 'Ministry of Quays', acronym: 'MQ', wording: 'Ministry of Docks', local: 'Ministère des Quais', others: ['Harbour Ministry'] }),
  'fr-lead': writeNameList({ name: 'Noa Unnamed', others: ['Ambassador for Tides'] }),
  topics: writeNameList({ others: ['Winds', 'Rain'] }),
  office: 'Office of Notes',
};

function explain(query: string, matchedFields: string[], textMatched = false, page: Partial<MatchToExplain> = {}): string[] {
  return matchExplanations({ meta, matchedFields, text, textMatched, query: parseQuery(query), ...page });
}

describe('matchExplanations, for words', () => {
  it('names the agency an acronym belongs to, and its delegation', () => {
    expect(explain('OOR', ['us1'])).toEqual(['Matched the U.S. delegation: Office of Railways (OOR)']);
    expect(explain('PS', ['us2'])).toEqual(['Matched the U.S. delegation: Postal Service (PS)']);
  });

  it('says the release lists an agency under another name', () => {
    expect(explain('Harbour', ['fr1'])).toEqual(['Lists the Ministry of Docks, also written “Harbour Ministry”']);
    expect(explain('Quays', ['fr1'])).toEqual(['Lists the Ministry of Docks, also written “Ministry of Quays”']);
    expect(explain('Railway', ['us1'])).toEqual(['Lists the Office of Railways, also written “Railway Office”']);
    expect(explain('Quais', ['fr1'])).toEqual(['Matched the French delegation: Ministry of Quays (MQ), in French «Ministère des Quais»']);
  });

  it('names a lead, a topic or the office the text does not say', () => {
    expect(explain('Unnamed', ['fr-lead'])).toEqual(['Matched the French delegation: led by Noa Unnamed']);
    expect(explain('ambassador', ['fr-lead'])).toEqual(['Matched the French delegation: led by Noa Unnamed, Ambassador for Tides']);
    expect(explain('winds rain', ['topics'])).toEqual(['Matched the topics: Winds, Rain']);
    expect(explain('notes', ['office'])).toEqual(['Issued by the Office of Notes']);
  });

  it('says nothing of a name whose matched words the text says itself', () => {
    // "Postal Service" and "Ministry" are in the text: the excerpt shows them.
    expect(explain('Postal Service', ['us2'], true)).toEqual([]);
    expect(explain('ministry', ['fr1'], true)).toEqual([]);
    // "home" is said (the text's "homeland" matches it, as Pagefind matches words by their start).
    expect(explain('home', ['fr1'], true)).toEqual([]);
  });

  it('says nothing of the heading and the facts, which the result shows', () => {
    expect(explain('note', ['title'])).toEqual([]);
    expect(explain('May', ['date'])).toEqual([]);
  });

  it('does not tell a name by a little word ("of", "de") when the query has others', () => {
    // "of" starts "Office of Railways", but "quais" is what the query is about.
    expect(explain('of Quais', ['us1', 'fr1'])).toEqual(['Matched the French delegation: Ministry of Quays (MQ), in French «Ministère des Quais»']);
    expect(explain('PS', ['us2'])).toEqual(['Matched the U.S. delegation: Postal Service (PS)']);
  });

  it('reads the lines in the page’s order, U.S. before French, each once', () => {
    expect(explain('OOR MQ PS unnamed', ['fr1', 'fr-lead', 'us2', 'us1', 'title'])).toEqual([
      'Matched the French delegation: led by Noa Unnamed',
      'Matched the U.S. delegation: Office of Railways (OOR)',
      'Matched the U.S. delegation: Postal Service (PS)',
      'Matched the French delegation: Ministry of Quays (MQ)',
    ]);
  });
});

describe('matchExplanations, for a quoted phrase', () => {
  it('names the name that holds the phrase, never one that holds only its words', () => {
    expect(explain('"Harbour Ministry"', ['fr1'])).toEqual(['Lists the Ministry of Docks, also written “Harbour Ministry”']);
    expect(explain('"Office of Railways"', ['us1'])).toEqual(['Matched the U.S. delegation: Office of Railways (OOR)']);
  });

  it('names a source’s wording on a page whose text does not quote it', () => {
    const dialogue = { dfr3: writeNameList({ name: 'Ministry of Quays', wording: 'Ministry of Docks', others: [] }) };
    expect(explain('“Ministry of Docks”', ['dfr3'], false, { meta: dialogue, text: 'Talks.' })).toEqual([
      'Matched the French delegation: Ministry of Quays, written “Ministry of Docks”',
    ]);
  });
});

describe('matchExplanations, when its rules cannot single out a name', () => {
  it('still explains a result found only through names, by the fields that matched', () => {
    // A term Pagefind matched (say, through a stem) that none of the names seems to hold.
    expect(explain('railroads', ['us1'])).toEqual(['Lists the Office of Railways, also written “Railway Office”']);
  });

  it('adds nothing when the text or the heading matched', () => {
    expect(explain('railroads', ['us1'], true)).toEqual([]);
    expect(explain('railroads', ['us1', 'title'])).toEqual([]);
  });
});

describe('matchExplanations on an agency page', () => {
  it('names its acronym, French name and other names', () => {
    const agency = { name: 'Ministry of Quays', also: writeNameList({ acronym: 'MQ', local: 'Ministère des Quais', others: ['Harbour Ministry'] }) };
    const page = { meta: agency, text: 'The ministry of the quays.' };
    expect(explain('MQ', ['also'], false, page)).toEqual(['Acronym: MQ']);
    expect(explain('Quais', ['also'], false, page)).toEqual(['In French: «Ministère des Quais»']);
    expect(explain('"Harbour Ministry"', ['also'], false, page)).toEqual(['Also written “Harbour Ministry”']);
  });
});
