import { describe, expect, it } from 'vitest';
import { absoluteUrlOf } from '../../src/lib/absolute-urls.ts';
import { releaseFeedItems } from '../../src/lib/release-feed.ts';
import { buildArchive, dialogue, release, topic } from './archive-fixture.ts';

const urlOf = absoluteUrlOf('https://example.org', '/base/');

describe('releaseFeedItems', () => {
  const archive = buildArchive({
    topics: [topic('tide', 'Tides')],
    dialogues: [dialogue('one', 1), dialogue('two', 2)],
    releases: [
      release('dated', 'one', { title: 'They Met', issued: '2011-06-03', topics: ['tide'], body: 'They met, said <Person id="val">Val</Person>.\n\nThen   they left.\n' }),
      release('undated', 'two', { title: 'They Met Again' }),
    ],
  });
  const items = releaseFeedItems(archive, urlOf);

  it('lists every release, newest first, with its permanent URL and topics', () => {
    expect(items.map((item) => [item.title, item.link])).toEqual(
      archive.releasesNewestFirst.map((entry) => [entry.data.title, `https://example.org/base/releases/${entry.id}/`]),
    );
    expect(items).toHaveLength(2);
    expect(items.find((item) => item.title === 'They Met')!.categories).toEqual(['Tides']);
  });

  it('dates an item by its date of issue, and never invents one', () => {
    const dated = items.find((item) => item.title === 'They Met')!;
    const undated = items.find((item) => item.title === 'They Met Again')!;
    expect(dated.pubDate?.toISOString()).toBe('2011-06-03T00:00:00.000Z');
    expect(dated.description).toBe('Media Note of the U.S. Department of State on the First U.S.–France Cyber Dialogue.');
    expect(undated).not.toHaveProperty('pubDate');
    expect(undated.description).toBe('Media Note of the U.S. Department of State on the Second U.S.–France Cyber Dialogue. Date of issue not stated in the source.');
  });

  it('carries the full text, paragraph by paragraph, as a reader sees it', () => {
    expect(items.find((item) => item.title === 'They Met')!.paragraphs).toEqual(['They met, said Val.', 'Then they left.']);
  });
});
