/**
 * Checks that span entries and collections, which a per-entry zod schema cannot see:
 * references that point nowhere, duplicate ordinals, impossible orders of dates, unjustified topics,
 * quotes that are not in the release they cite, raw files that are missing or changed. Each problem names the file, the field and what was expected.
 */
import type { ArchiveContent, Entry, ReleaseEntry } from './archive-content.ts';
import { partialDateStart } from './dates.ts';
import { findMentions, mdxBodyText } from './mentions.ts';
import { isNamedAfterRelease } from './source-files.ts';
import { findTopicEvidence } from './topics.ts';
import type { Delegations } from '../schemas/delegation.ts';
import type { EntryRef } from '../schemas/reference.ts';

export interface ContentProblem {
  file: string;
  /** The field at fault; none when the problem is the file itself (a raw file that belongs to no release). */
  field?: string;
  message: string;
}

export class ContentIntegrityError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Invalid archive content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.field === undefined ? '' : ` → ${p.field}`}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentIntegrityError';
  }
}

function fileOf(entry: Entry<unknown>, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

function listIds(ids: Iterable<string>): string {
  const all = [...ids];
  const shown = all.slice(0, 12).join(', ');
  return all.length > 12 ? `${shown}, …` : shown;
}

/** Every problem found in the archive; an empty list when it is consistent. Linear in the size of the content. */
export function findContentProblems(content: ArchiveContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = {
    releases: new Set(content.releases.map((e) => e.id)),
    dialogues: new Map(content.dialogues.map((e) => [e.id, e])),
    agencies: new Map(content.agencies.map((e) => [e.id, e])),
    people: new Map(content.people.map((e) => [e.id, e])),
    topics: new Map(content.topics.map((e) => [e.id, e])),
  };
  const releasesById = new Map(content.releases.map((e) => [e.id, e]));

  const checkRef = (file: string, field: string, ref: EntryRef | undefined) => {
    if (!ref) return;
    const known = ids[ref.collection];
    if (!known.has(ref.id)) {
      problems.push({
        file,
        field,
        message: `expected the id of an entry in "${ref.collection}" (one of: ${listIds(known.keys())}); got "${ref.id}"`,
      });
    }
  };

  const checkDelegations = (file: string, field: string, delegations: Delegations | undefined) => {
    for (const side of ['us', 'fr'] as const) {
      const delegation = delegations?.[side];
      if (!delegation) continue;
      const at = `${field}.${side}`;
      checkRef(file, `${at}.lead.person`, delegation.lead.person);
      const lead = ids.people.get(delegation.lead.person.id);
      if (lead && lead.data.country !== side) {
        problems.push({ file, field: `${at}.lead.person`, message: `expected a person of the "${side}" side; "${lead.id}" is "${lead.data.country}"` });
      }
      const seen = new Set<string>();
      delegation.agencies.forEach(({ agency }, i) => {
        checkRef(file, `${at}.agencies.${i}.agency`, agency);
        const entry = ids.agencies.get(agency.id);
        if (entry && entry.data.country !== side) {
          problems.push({ file, field: `${at}.agencies.${i}.agency`, message: `expected an agency of the "${side}" side; "${agency.id}" is "${entry.data.country}"` });
        }
        if (seen.has(agency.id)) {
          problems.push({ file, field: `${at}.agencies.${i}.agency`, message: `expected each agency once; "${agency.id}" is listed twice` });
        }
        seen.add(agency.id);
      });
    }
  };

  // Dialogues: unique ordinals, references, quotes that really are in the release they cite.
  const byOrdinal = new Map<number, Entry<unknown>>();
  for (const dialogue of content.dialogues) {
    const file = fileOf(dialogue, 'dialogues');
    const { ordinal, reported, sources } = dialogue.data;
    const twin = byOrdinal.get(ordinal);
    if (twin) {
      problems.push({ file, field: `${dialogue.id}.ordinal`, message: `expected a unique ordinal; ${ordinal} is also the ordinal of "${twin.id}"` });
    } else {
      byOrdinal.set(ordinal, dialogue);
    }
    checkDelegations(file, `${dialogue.id}.reported.delegations`, reported?.delegations);
    reported?.topics.forEach((topic, i) => {
      checkRef(file, `${dialogue.id}.reported.topics.${i}`, topic);
      const entry = ids.topics.get(topic.id);
      if (entry && !findTopicEvidence(entry.data, reported.summary)) {
        problems.push({ file, field: `${dialogue.id}.reported.topics.${i}`, message: `expected the summary to contain one of the phrases of "${topic.id}" (${entry.data.phrases.join('; ')})` });
      }
    });
    sources.forEach((source, i) => {
      if (!('release' in source)) return;
      const field = `${dialogue.id}.sources.${i}`;
      checkRef(file, `${field}.release`, source.release);
      const release = releasesById.get(source.release.id);
      if (release && !mdxBodyText(release.body).includes(source.quote.replace(/\s+/g, ' '))) {
        problems.push({ file, field: `${field}.quote`, message: `expected a passage of the release "${release.id}"; it does not contain "${source.quote}"` });
      }
    });
  }

  // Other official versions: each entry is keyed by a release of the archive.
  for (const entry of content.officialVersions ?? []) {
    if (!releasesById.has(entry.id)) {
      problems.push({ file: fileOf(entry, 'official-versions'), field: entry.id, message: `expected the id of a release in the archive (one of: ${listIds(releasesById.keys())})` });
    }
  }

  // Releases: references, dates in a possible order, topics justified by the text, mentions that resolve.
  for (const release of content.releases) {
    checkRelease(release);
  }

  function checkRelease(release: ReleaseEntry) {
    const file = fileOf(release, 'releases');
    const { data } = release;
    checkRef(file, 'dialogue', data.dialogue);
    checkDelegations(file, 'delegations', data.delegations);
    const dialogue = ids.dialogues.get(data.dialogue.id);
    const dialogueStart = dialogue && partialDateStart(dialogue.data.dates);
    if (data.issued !== 'unknown' && dialogueStart && data.issued < dialogueStart) {
      problems.push({ file, field: 'issued', message: `expected a date of issue on or after the start of the dialogue it reports ("${dialogue.id}", ${dialogueStart}); got ${data.issued}` });
    }
    if (dialogue?.data.reported?.delegations) {
      problems.push({ file: fileOf(dialogue, 'dialogues'), field: `${dialogue.id}.reported.delegations`, message: `expected no reported delegations for a dialogue that a release in the archive reports ("${release.id}"): the release is their one home` });
    }
    const text = mdxBodyText(release.body);
    data.topics.forEach((topic, i) => {
      checkRef(file, `topics.${i}`, topic);
      const entry = ids.topics.get(topic.id);
      if (entry && !findTopicEvidence(entry.data, text)) {
        problems.push({ file, field: `topics.${i}`, message: `expected the release text to contain one of the phrases of "${topic.id}" (${entry.data.phrases.join('; ')})` });
      }
    });
    if (!isNamedAfterRelease(data.source.path, release.id)) {
      problems.push({ file, field: 'source.path', message: `expected the raw file to be named after the release, "sources/${release.id}.<extension>" (it is published as /sources/${release.id}.txt); got "${data.source.path}"` });
    } else if (release.sourceFileSha256 === null) {
      problems.push({ file, field: 'source.path', message: `expected the raw file of the release at ${data.source.path} in the content folder; there is no such file` });
    } else if (release.sourceFileSha256 !== undefined && release.sourceFileSha256 !== data.source.sha256) {
      problems.push({ file, field: 'source.sha256', message: `expected the SHA-256 of ${data.source.path}, ${release.sourceFileSha256}; got ${data.source.sha256} (the raw file changed, or the hash was mistyped)` });
    }
    for (const mention of findMentions(release.body)) {
      const collection = mention.kind === 'agency' ? 'agencies' : 'people';
      checkRef(file, `body <${mention.kind === 'agency' ? 'Agency' : 'Person'} id="${mention.id}">`, { collection, id: mention.id });
    }
  }

  return problems;
}

/** Throws a ContentIntegrityError listing every problem, so the build stops with all of them at once. */
export function assertContentIntegrity(content: ArchiveContent): void {
  const problems = findContentProblems(content);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
