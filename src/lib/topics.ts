import type { Topic } from '../schemas/topic.ts';

/** The first of a topic's phrases that occurs in a text (case-insensitive), or undefined. */
export function findTopicEvidence(topic: Topic, text: string): string | undefined {
  const haystack = text.toLowerCase();
  return topic.phrases.find((phrase) => haystack.includes(phrase.toLowerCase()));
}

/** The ids of the topics whose phrases occur in a text: what the importer suggests. */
export function suggestTopics(topics: ReadonlyArray<{ id: string; data: Topic }>, text: string): string[] {
  return topics.filter((topic) => findTopicEvidence(topic.data, text) !== undefined).map((topic) => topic.id);
}
