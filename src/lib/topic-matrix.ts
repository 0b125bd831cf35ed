/**
 * The agenda over time: topics (rows) by dialogues (columns). As with delegations, a dialogue whose topics
 * no source reports is "not reported" in every row, never "not discussed".
 */
import type { Entry, Topic } from './archive-content.ts';
import type { DialogueRecord } from './archive-index.ts';

export type TopicState = 'discussed' | 'not-mentioned' | 'not-reported';

/** How each state reads in a cell and in the legend. */
export const TOPIC_STATE_LABELS: Record<TopicState, string> = {
  discussed: 'discussed',
  'not-mentioned': 'not mentioned',
  'not-reported': 'not reported',
};

export interface TopicMatrixRow {
  topic: Entry<Topic>;
  /** One per dialogue, in the order of `TopicMatrix.dialogues`. */
  cells: TopicState[];
  dialogueCount: number;
}

export interface TopicMatrix {
  dialogues: DialogueRecord[];
  rows: TopicMatrixRow[];
}

/** True when a source reports what the dialogue discussed (a release about it, or reported topics). */
export function topicsReported(dialogue: DialogueRecord): boolean {
  return dialogue.topicIds.length > 0;
}

/** Builds the matrix; rows go by the first dialogue that discussed the topic, then by name. */
export function buildTopicMatrix(dialogues: DialogueRecord[], topics: Iterable<Entry<Topic>>): TopicMatrix {
  const topicSets = dialogues.map((dialogue) => (topicsReported(dialogue) ? new Set(dialogue.topicIds) : undefined));
  const rows = [...topics].map((topic) => {
    const cells = topicSets.map((ids): TopicState => (!ids ? 'not-reported' : ids.has(topic.id) ? 'discussed' : 'not-mentioned'));
    const first = cells.indexOf('discussed');
    return {
      topic,
      cells,
      dialogueCount: cells.filter((cell) => cell === 'discussed').length,
      first: first === -1 ? Number.POSITIVE_INFINITY : first,
    };
  });
  return {
    dialogues,
    rows: rows
      .sort((a, b) => a.first - b.first || a.topic.data.name.localeCompare(b.topic.data.name, 'en'))
      .map(({ first: _first, ...row }) => row),
  };
}

/** The dialogues whose topics no source reports: where any topic may have been discussed unseen. */
export function dialoguesWithoutTopics(dialogues: DialogueRecord[]): DialogueRecord[] {
  return dialogues.filter((dialogue) => !topicsReported(dialogue));
}
