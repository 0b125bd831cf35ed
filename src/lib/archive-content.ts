/**
 * The archive's content as plain data: what `astro:content` returns, reduced to what the pure functions
 * in src/lib need, so that they run (and are tested) without Astro.
 */
import type { Agency } from '../schemas/agency.ts';
import type { Dialogue } from '../schemas/dialogue.ts';
import type { ReleaseVersions } from '../schemas/official-version.ts';
import type { Person } from '../schemas/person.ts';
import type { Release } from '../schemas/release.ts';
import type { Topic } from '../schemas/topic.ts';

export interface Entry<T> {
  id: string;
  /** Path of the file the entry comes from, relative to the project root. */
  filePath?: string | undefined;
  data: T;
}

export interface ReleaseEntry extends Entry<Release> {
  /** The MDX source of the release text. */
  body: string;
  /**
   * The SHA-256 of the raw file kept at `data.source.path`, as the build read it; null when there is no such file.
   * Left out where the files are not read (tests of what does not depend on them).
   */
  sourceFileSha256?: string | null;
}

export interface ArchiveContent {
  releases: ReleaseEntry[];
  dialogues: Entry<Dialogue>[];
  agencies: Entry<Agency>[];
  people: Entry<Person>[];
  topics: Entry<Topic>[];
  /** Other official versions of releases, keyed by the release's id (none when left out). */
  officialVersions?: Entry<ReleaseVersions>[];
}

export type { Agency, Dialogue, Person, Release, ReleaseVersions, Topic };
