import { describe, expect, it } from 'vitest';
import { findMeetingDates, findMonthDate, parseFullDate } from '../../src/importer/calendar-dates.ts';
import { findDelegations, findLeads, splitAgencyList } from '../../src/importer/delegation-text.ts';
import { findDialogueFacts } from '../../src/importer/dialogue-facts.ts';
import { parseOrdinal } from '../../src/importer/dialogue-ordinals.ts';
import { findMeetingPlace } from '../../src/importer/meeting-places.ts';
import { escapeMdxText, paragraphToMdx } from '../../src/importer/mdx-text.ts';
import { whyNotUsFrance } from '../../src/importer/partner-country.ts';
import { yamlString } from '../../src/importer/release-frontmatter.ts';
import { splitRelease } from '../../src/importer/release-header.ts';
import { removeScrapingDebris } from '../../src/importer/scraping-debris.ts';
import { splitSentences } from '../../src/importer/sentences.ts';
import { parse as parseYaml } from 'yaml';

describe('removeScrapingDebris', () => {
  it('removes the HTML fragment a scrape starts with, and says so', () => {
    const { text, removed } = removeScrapingDebris('class="article-meta doctype-meta">Media Note\nOn March 11-12, 2024, …');
    expect(text).toBe('Media Note\nOn March 11-12, 2024, …');
    expect(removed).toEqual([`a fragment of the page's HTML at its start (class="article-meta doctype-meta">)`]);
  });

  it('removes tags (a <br> or <div> ends a line), decodes entities, keeps the words', () => {
    const { text, removed } = removeScrapingDebris('<div class="x">One&nbsp;<b>bold</b> &amp; two.<br>Three &lt;four&gt;</div>');
    expect(text).toBe('One bold & two.\nThree <four>');
    expect(removed).toEqual(['HTML tags (<div>, <b>, <br>)', 'HTML entities, replaced by the characters they stand for (&nbsp;, &amp;, &lt;, &gt;)']);
  });

  it('removes the "Press Releases: " prefix of the title and the site footer, even when glued to other text', () => {
    const raw = '\n\nPress Releases: A Title\n\nBody.\n\nThe Office of Website Management, Bureau of Public Affairs, manages this site as a portal.class="x">Next';
    const { text, removed } = removeScrapingDebris(raw);
    expect(text).toBe('A Title\n\nBody.');
    expect(removed).toHaveLength(2);
  });

  it('leaves unknown entities as written and drops control characters', () => {
    expect(removeScrapingDebris('a &bogus; b\u0007c').text).toBe('a &bogus; bc');
  });
});

describe('splitRelease: header lines in either layout', () => {
  it('2018 layout: title, type, office, dateline, date', () => {
    const { header, paragraphs } = splitRelease('A Title Here\n\nMedia Note\nOffice of the Spokesperson\n\nWashington, DC\nFebruary 9, 2018\n\nFirst paragraph of the text that is a sentence.\n\nSecond one.');
    expect(header).toEqual({ title: 'A Title Here', documentType: 'media-note', office: 'Office of the Spokesperson', dateline: 'Washington, DC', issued: '2018-02-09', unrecognised: [] });
    expect(paragraphs).toEqual(['First paragraph of the text that is a sentence.', 'Second one.']);
  });

  it('2024 layout: only the document type, paragraphs one per line', () => {
    const { header, paragraphs } = splitRelease('Media Note\nOn March 11-12, 2024, the United States and France held the sixth dialogue.\nSecond paragraph here.');
    expect(header).toEqual({ documentType: 'media-note', unrecognised: [] });
    expect(paragraphs).toHaveLength(2);
  });

  it('other document types, and a title alone', () => {
    expect(splitRelease('Joint Statement\nText of the statement goes on here for a while.').header.documentType).toBe('joint-statement');
    expect(splitRelease('Readout').header.documentType).toBe('readout');
    expect(splitRelease('Just A Title').paragraphs).toEqual([]);
  });

  it('joins a line broken inside a sentence', () => {
    expect(splitRelease('Media Note\nOn March 11-12, 2024, the United States and France held the\nsixth bilateral Cyber Dialogue.\nNext.').paragraphs).toEqual([
      'On March 11-12, 2024, the United States and France held the sixth bilateral Cyber Dialogue.',
      'Next.',
    ]);
  });
});

describe('dates', () => {
  it('reads a header date', () => {
    expect(parseFullDate('February 9, 2018')).toBe('2018-02-09');
    expect(parseFullDate('February 30, 2018')).toBeUndefined();
  });

  it.each([
    ['On February 7th and 8th, the United States', '2018-02-09', { precision: 'day-range', start: '2018-02-07', end: '2018-02-08' }, true],
    ['On March 11-12, 2024, the United States', undefined, { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' }, false],
    ['held January 13-14, 2022 virtually', undefined, { precision: 'day-range', start: '2022-01-13', end: '2022-01-14' }, false],
    ['On October 30 – November 1, 2025, they met', undefined, { precision: 'day-range', start: '2025-10-30', end: '2025-11-01' }, false],
    ['On January 22, 2020, in Paris', undefined, { precision: 'day', date: '2020-01-22' }, false],
  ])('%s', (text, issued, dates, yearFromIssue) => {
    expect(findMeetingDates(text, issued)).toMatchObject({ dates, yearFromIssue });
  });

  it('cannot read dates without a year when there is no date of issue', () => {
    expect(() => findMeetingDates('On February 7th and 8th, they met', undefined)).toThrow(/no year/);
  });

  it('reads a month', () => {
    expect(findMonthDate('held in Paris in September of 2016')?.dates).toEqual({ precision: 'month', month: '2016-09' });
  });
});

describe('ordinals and places', () => {
  it.each([['inaugural', 1], ['fourth', 4], ['Sixth', 6], ['4th', 4], ['21st', 21], ['bilateral', undefined]])('%s', (word, n) => {
    expect(parseOrdinal(word)).toBe(n);
  });

  it('places as written', () => {
    expect(findMeetingPlace('held the sixth dialogue in Washington, D.C., to reaffirm')).toMatchObject({ place: { kind: 'city', city: 'Washington, D.C.', country: 'us' }, written: 'Washington, D.C.' });
    expect(findMeetingPlace('which was held in Paris in September of 2016')).toMatchObject({ place: { kind: 'city', city: 'Paris', country: 'fr' } });
    expect(findMeetingPlace('the fourth dialogue was held virtually')).toMatchObject({ place: { kind: 'virtual' } });
    expect(findMeetingPlace('they met in Brussels')).toEqual({ unrecognised: 'Brussels' });
    expect(findMeetingPlace('On February 7th and 8th, the United States and France deepened')).toBeUndefined();
  });
});

describe('sentences', () => {
  it('does not end a sentence after U.S., D.C. or Mr.', () => {
    expect(splitSentences('Mr. Robert Strayer, U.S. Department of State, led. Next one in Washington, D.C. here.').map((s) => s.text)).toEqual([
      'Mr. Robert Strayer, U.S. Department of State, led.',
      'Next one in Washington, D.C. here.',
    ]);
  });
});

describe('findDialogueFacts', () => {
  it('2018: unnumbered dialogue by its dates, and the earlier inaugural one it builds on', () => {
    const text = 'On February 7th and 8th, the United States and France further deepened their commitment. This meeting builds on the inaugural France-U.S. cyber dialogue, which was held in Paris in September of 2016, and reaffirms our partnership.';
    const facts = findDialogueFacts(text, '2018-02-09');
    expect(facts.reported).toMatchObject({ dates: { precision: 'day-range', start: '2018-02-07', end: '2018-02-08' }, yearFromIssue: true });
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
});

describe('delegations', () => {
  const known = new Set(['National Security Council', 'Cybersecurity and Infrastructure Security Agency', 'Department of Defense', 'Department of Homeland Security', 'Department of Justice', 'Department of State', 'U.S. Department of State', 'Ministry of Economy and Finance', 'Ministry of Justice']);
  const isKnown = (name: string) => known.has(name);

  it('"the Departments of Defense, Homeland Security, Justice, and State" is four agencies, each wrapped where written', () => {
    const list = 'the National Security Council, the Cybersecurity and Infrastructure Security Agency and the Departments of Defense, Homeland Security, Justice, and State';
    const agencies = splitAgencyList(list, 0, 'us', isKnown);
    expect(agencies.map((a) => a.name)).toEqual(['National Security Council', 'Cybersecurity and Infrastructure Security Agency', 'Department of Defense', 'Department of Homeland Security', 'Department of Justice', 'Department of State']);
    expect(agencies.map((a) => list.slice(a.span.start, a.span.end))).toEqual(['National Security Council', 'Cybersecurity and Infrastructure Security Agency', 'Defense', 'Homeland Security', 'Justice', 'State']);
  });

  it('keeps "and" inside a name ("Ministry of Economy and Finance") and names without "the"', () => {
    const agencies = splitAgencyList('the Ministry of the Armed Forces, Ministry of Economy and Finance, and the Ministry of Justice', 0, 'fr', isKnown);
    expect(agencies.map((a) => a.written)).toEqual(['Ministry of the Armed Forces', 'Ministry of Economy and Finance', 'Ministry of Justice']);
  });

  it('2018 leads: honorific dropped, title as written, the lead agency from the title first', () => {
    const text = 'Mr. Robert Strayer, Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State, led the U.S. engagement. Other agencies represented include the National Security Council, and the Department of Defense.\n\nDavid Martinon, Ambassador for Digital Affairs, led the engagement for the Government of France, in partnership with representatives from the Ministry of Justice.';
    const [us, fr] = findDelegations(text, isKnown);
    expect(us).toMatchObject({ side: 'us', lead: { name: 'Robert Strayer', title: 'Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State' } });
    expect(us!.agencies.map((a) => a.written)).toEqual(['U.S. Department of State', 'National Security Council', 'Department of Defense']);
    expect(fr).toMatchObject({ side: 'fr', lead: { name: 'David Martinon', title: 'Ambassador for Digital Affairs' } });
    expect(fr!.agencies.map((a) => a.written)).toEqual(['Ministry of Justice']);
  });

  it('2024 leads in one paragraph; "The U.S. delegation was led by …"', () => {
    const text = 'Liesyl Franz, Deputy Assistant Secretary of State for International Cyberspace Security, led the U.S. delegation that included representatives from the National Security Council. Henri Verdier, Ambassador for Digital Affairs, led France\'s interagency delegation that included representatives from the Ministry of Justice.';
    expect(findDelegations(text, isKnown).map((d) => [d.side, d.lead.name, d.agencies.map((a) => a.written)])).toEqual([
      ['us', 'Liesyl Franz', ['National Security Council']],
      ['fr', 'Henri Verdier', ['Ministry of Justice']],
    ]);
    expect(findLeads('The U.S. delegation was led by Michele Markoff, acting Coordinator for Cyber Issues, and included experts.').map((l) => [l.side, l.lead.name, l.lead.title])).toEqual([['us', 'Michele Markoff', 'acting Coordinator for Cyber Issues']]);
  });
});

describe('whyNotUsFrance', () => {
  it('accepts U.S.–France releases and refuses another partner', () => {
    expect(whyNotUsFrance('the United States and France held the sixth bilateral Cyber Dialogue')).toBeUndefined();
    expect(whyNotUsFrance('builds on the inaugural France-U.S. cyber dialogue')).toBeUndefined();
    expect(whyNotUsFrance('the United States and Japan held the eighth U.S.-Japan Cyber Dialogue')).toMatch(/United States and Japan, not France/);
    expect(whyNotUsFrance('The United States and the United Kingdom met.')).toMatch(/United Kingdom/);
  });
});

describe('MDX text', () => {
  it('escapes what MDX and Markdown read as syntax, and keeps the words', () => {
    expect(escapeMdxText('a {b} <c> & d_e *f* [g]')).toBe('a \\{b\\} \\<c\\> \\& d\\_e \\*f\\* \\[g\\]');
    expect(escapeMdxText('# not a heading')).toBe('\\# not a heading');
    expect(escapeMdxText('2018. A year')).toBe('2018\\. A year');
    expect(escapeMdxText('import x from "y"')).toBe('&#105;mport x from "y"');
  });

  it('wraps mentions around the words as written', () => {
    expect(paragraphToMdx('the Departments of Defense and State.', [{ start: 19, end: 26, component: 'Agency', id: 'dod' }, { start: 31, end: 36, component: 'Agency', id: 'state' }])).toBe(
      'the Departments of <Agency id="dod">Defense</Agency> and <Agency id="state">State</Agency>.',
    );
  });

  it('YAML strings read back as written', () => {
    for (const value of ['Washington, DC', 'a: b', 'yes', '#x', 'U.S. Department of State', 'National Cybersecurity Agency (ANSSI)', 'x, y', "France's", '000_04e67a5f582b5571.txt', '2018-02-09']) {
      expect(parseYaml(`k: ${yamlString(value)}`).k).toBe(value);
      expect(parseYaml(`k: { v: ${yamlString(value, true)} }`).k.v).toBe(value);
    }
  });
});
