import { describe, expect, it } from 'vitest';
import { buildTopicMatrix, dialoguesWithoutTopics, topicsReported } from '../../src/lib/topic-matrix.ts';
import { buildArchive, dialogue, release, topic } from './archive-fixture.ts';

function fixture() {
  return buildArchive({
    topics: [topic('tides', 'Zebra topic'), topic('winds', 'Apple topic'), topic('rain', 'Rain topic'), topic('snow', 'Snow topic')],
    dialogues: [
      dialogue('d1', 1),
      dialogue('d2', 2, { reported: { topics: ['tides', 'winds'] } }),
      dialogue('d3', 3),
    ],
    releases: [release('r3', 'd3', { topics: ['tides', 'rain'] })],
  });
}

describe('buildTopicMatrix', () => {
  const archive = fixture();
  const matrix = buildTopicMatrix(archive.dialogues, archive.topics.values());
  const row = (id: string) => matrix.rows.find((r) => r.topic.id === id)!;

  it('says "not reported" for a dialogue whose topics no source reports, never "not mentioned"', () => {
    expect(topicsReported(archive.dialogues[0]!)).toBe(false);
    expect(topicsReported(archive.dialogues[1]!)).toBe(true);
    expect(row('tides').cells).toEqual(['not-reported', 'discussed', 'discussed']);
    expect(row('rain').cells).toEqual(['not-reported', 'not-mentioned', 'discussed']);
    expect(row('snow').cells).toEqual(['not-reported', 'not-mentioned', 'not-mentioned']);
  });

  it('takes topics from releases and from reported facts', () => {
    expect(row('winds').cells[1]).toBe('discussed');
    expect(row('rain').cells[2]).toBe('discussed');
  });

  it('counts dialogues and orders rows by first dialogue, then name', () => {
    expect(matrix.rows.map((r) => [r.topic.id, r.dialogueCount])).toEqual([
      ['winds', 1],
      ['tides', 2],
      ['rain', 1],
      ['snow', 0],
    ]);
  });
});

describe('dialoguesWithoutTopics', () => {
  it('lists the dialogues whose topics no source reports', () => {
    expect(dialoguesWithoutTopics(fixture().dialogues).map((d) => d.ordinal)).toEqual([1]);
  });
});
