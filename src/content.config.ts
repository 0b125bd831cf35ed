import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { contentFolder } from './lib/content-folder.ts';
import { agencySchema } from './schemas/agency.ts';
import { dialogueSchema } from './schemas/dialogue.ts';
import { releaseVersionsSchema } from './schemas/official-version.ts';
import { personSchema } from './schemas/person.ts';
import type { ReferenceFactory } from './schemas/reference.ts';
import { releaseSchema } from './schemas/release.ts';
import { topicSchema } from './schemas/topic.ts';

const contentDir = contentFolder();

// The `yaml` package reads YAML 1.2, where `2018-02-09` stays a string: dates are checked by our schema, not coerced.
const yaml = { parser: (text: string) => parseYaml(text) };
const ref = reference as unknown as ReferenceFactory;

export const collections = {
  releases: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/releases` }),
    schema: releaseSchema(ref),
  }),
  dialogues: defineCollection({ loader: file(`${contentDir}/dialogues.yaml`, yaml), schema: dialogueSchema(ref) }),
  agencies: defineCollection({ loader: file(`${contentDir}/agencies.yaml`, yaml), schema: agencySchema }),
  people: defineCollection({ loader: file(`${contentDir}/people.yaml`, yaml), schema: personSchema }),
  topics: defineCollection({ loader: file(`${contentDir}/topics.yaml`, yaml), schema: topicSchema }),
  officialVersions: defineCollection({ loader: file(`${contentDir}/official-versions.yaml`, yaml), schema: releaseVersionsSchema }),
};
