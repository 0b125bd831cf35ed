import { describe, expect, it } from 'vitest';
import { topicSources } from '../../src/lib/topic-sources.ts';
import { buildArchive, dialogue, release } from './archive-fixture.ts';

describe('topicSources', () => {
  it('gives, per dialogue and topic, the releases carrying it and whether cited sources report it', () => {
    const archive = buildArchive({
      dialogues: [dialogue('one', 1, { reported: { topics: ['wind'] } }), dialogue('two', 2, { reported: { topics: ['tide'] } })],
      releases: [release('a', 'two', { issued: '2002-01-01', topics: ['tide', 'rain'] }), release('b', 'two', { issued: '2002-02-01', topics: ['rain'] })],
    });
    const sources = topicSources(archive);
    const view = (d: string, t: string) => {
      const source = sources.get(d)?.get(t);
      return source && { releases: source.releases.map((r) => r.id), reported: source.reported };
    };
    expect(view('one', 'wind')).toEqual({ releases: [], reported: true });
    expect(view('two', 'tide')).toEqual({ releases: ['a'], reported: true });
    expect(view('two', 'rain')).toEqual({ releases: ['a', 'b'], reported: false });
    expect(view('one', 'rain')).toBeUndefined();
    expect(topicSources(archive)).toBe(sources);
  });
});
