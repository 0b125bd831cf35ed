/**
 * The result of one stage of the import pipeline: its value, what it tells the person importing (by the part of
 * the report it belongs in), and the registry entries it needs that the registries lack. Stages return these and
 * never change what they were given; the orchestrator only sequences them and merges their notes.
 */
import { noAdditions, type RegistryAdditions } from './registry-additions.ts';

/** The report's three parts, in the order it prints them. */
export interface Notes {
  /** What was read: the file, its encoding and format, what was removed from it. */
  read: string[];
  /** What was decided from the text: the fields of the release. */
  decided: string[];
  /** What a person must check or decide. */
  check: string[];
}

export interface Stage<T> {
  value: T;
  notes: Notes;
  additions: RegistryAdditions;
}

/** A stage's result; notes and additions left out are empty. */
export function stage<T>(value: T, notes: Partial<Notes> = {}, additions: Partial<RegistryAdditions> = {}): Stage<T> {
  return {
    value,
    notes: { read: notes.read ?? [], decided: notes.decided ?? [], check: notes.check ?? [] },
    additions: { ...noAdditions(), ...additions },
  };
}

/** The notes and registry additions of stages, in the order of the stages. */
export function collectStages(stages: ReadonlyArray<Stage<unknown>>): { notes: Notes; additions: RegistryAdditions } {
  const notes: Notes = { read: [], decided: [], check: [] };
  const additions = noAdditions();
  for (const { notes: each, additions: added } of stages) {
    notes.read.push(...each.read);
    notes.decided.push(...each.decided);
    notes.check.push(...each.check);
    additions.agencies.push(...added.agencies);
    additions.people.push(...added.people);
    additions.dialogues.push(...added.dialogues);
  }
  return { notes, additions };
}
