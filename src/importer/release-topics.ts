/**
 * The topics of a release: suggested by the phrases kept with the topics (content/topics.yaml), for a person to
 * confirm, or the topics a person confirmed, each of which must be supported by a phrase in the text.
 */
import { findTopicEvidence, suggestTopics } from '../lib/topics.ts';
import type { ContentRegistry } from './content-registry.ts';
import { ImportError } from './import-error.ts';
import { stage, type Stage } from './stage.ts';

export function chooseTopics(topics: ContentRegistry['topics'], text: string, confirmed: ReadonlyArray<string> | undefined, fileName: string): Stage<string[]> {
  const plain = text.replace(/\s+/g, ' ');
  if (confirmed) {
    for (const id of confirmed) {
      const topic = topics.find((entry) => entry.id === id);
      if (!topic) throw new ImportError(`--topics: "${id}" is not a topic of topics.yaml (one of: ${topics.map((entry) => entry.id).join(', ')}).`);
      if (!findTopicEvidence(topic.data, plain)) throw new ImportError(`--topics: "${id}" needs one of its phrases in the text (${topic.data.phrases.join('; ')}); none occurs.`);
    }
    return stage([...confirmed], { decided: [`Topics (given with --topics): ${confirmed.join(', ')}`] });
  }
  const suggested = suggestTopics(topics, plain);
  if (suggested.length === 0) throw new ImportError(`${fileName}: no topic's phrases occur in the text, and a release needs at least one topic. Add a phrase to a topic in topics.yaml, then import again.`);
  const evidence = suggested.map((id) => `${id} ("${findTopicEvidence(topics.find((entry) => entry.id === id)!.data, plain)}")`);
  return stage(suggested, { check: [`Topics suggested from the text, to confirm: ${evidence.join(', ')}.`] });
}
