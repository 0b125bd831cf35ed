/**
 * Where each topic of each dialogue comes from: the releases that carry it, and whether the dialogue's
 * cited sources report it. One pass over the releases' and dialogues' topics, done once per archive.
 */
import type { ReleaseEntry } from './archive-content.ts';
import type { ArchiveIndex } from './archive-index.ts';

export interface TopicSource {
  /** Releases on the dialogue that carry the topic, oldest first. */
  releases: ReleaseEntry[];
  /** True when the dialogue's reported facts (its cited sources) list the topic. */
  reported: boolean;
}

const computed = new WeakMap<ArchiveIndex, Map<string, Map<string, TopicSource>>>();

/** Dialogue id → topic id → its source. */
export function topicSources(archive: ArchiveIndex): Map<string, Map<string, TopicSource>> {
  const known = computed.get(archive);
  if (known) return known;
  const byDialogue = new Map<string, Map<string, TopicSource>>();
  const sourceOf = (dialogueId: string, topicId: string): TopicSource => {
    let topics = byDialogue.get(dialogueId);
    if (!topics) byDialogue.set(dialogueId, (topics = new Map()));
    let source = topics.get(topicId);
    if (!source) topics.set(topicId, (source = { releases: [], reported: false }));
    return source;
  };
  for (const dialogue of archive.dialogues) {
    for (const release of dialogue.releases) {
      for (const topic of release.data.topics) sourceOf(dialogue.entry.id, topic.id).releases.push(release);
    }
    for (const topic of dialogue.entry.data.reported?.topics ?? []) sourceOf(dialogue.entry.id, topic.id).reported = true;
  }
  computed.set(archive, byDialogue);
  return byDialogue;
}
