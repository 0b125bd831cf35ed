import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/importer/import-error.ts';
import { chooseTopics } from '../../src/importer/release-topics.ts';

const topics = [
  { id: 'cybercrime', data: { name: 'Cybercrime', description: 'x', phrases: ['cybercrime', 'ransomware'] } },
  { id: 'norms', data: { name: 'Norms', description: 'x', phrases: ['international law'] } },
];

describe('chooseTopics', () => {
  it('suggests the topics whose phrases occur, with the phrase, for a person to confirm', () => {
    const { value, notes } = chooseTopics(topics, 'They discussed ransomware\nattacks.', undefined, 'a.txt');
    expect(value).toEqual(['cybercrime']);
    expect(notes.check).toEqual(['Topics suggested from the text, to confirm: cybercrime ("ransomware").']);
  });

  it('takes confirmed topics only when the text supports each', () => {
    expect(chooseTopics(topics, 'On international law and cybercrime.', ['norms'], 'a.txt').value).toEqual(['norms']);
    expect(() => chooseTopics(topics, 'On cybercrime.', ['norms'], 'a.txt')).toThrow(/"norms" needs one of its phrases in the text \(international law\)/);
    expect(() => chooseTopics(topics, 'On cybercrime.', ['nope'], 'a.txt')).toThrow(/"nope" is not a topic of topics\.yaml/);
  });

  it('refuses a text that supports no topic', () => {
    expect(() => chooseTopics(topics, 'Nothing here.', undefined, 'a.txt')).toThrow(ImportError);
  });
});
