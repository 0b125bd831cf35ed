import type { Topic } from '../schemas/topic.ts';
import { phrasePattern } from './phrases.ts';

const patterns = new WeakMap<Topic, RegExp[]>();

/** The first of a topic's phrases that occurs in a text as whole words (case-insensitive), or undefined. */
export function findTopicEvidence(topic: Topic, text: string): string | undefined {
  let compiled = patterns.get(topic);
  if (!compiled) patterns.set(topic, (compiled = topic.phrases.map(phrasePattern)));
  const index = compiled.findIndex((pattern) => pattern.test(text));
  return index === -1 ? undefined : topic.phrases[index];
}

/** The ids of the topics whose phrases occur in a text: what the importer suggests. */
export function suggestTopics(topics: ReadonlyArray<{ id: string; data: Topic }>, text: string): string[] {
  return topics.filter((topic) => findTopicEvidence(topic.data, text) !== undefined).map((topic) => topic.id);
}
