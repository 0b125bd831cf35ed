/**
 * The YAML frontmatter of a release file, written in the layout of the committed releases
 * (block mappings, one flow mapping per delegation agency, the source description folded),
 * with every string quoted wherever YAML would read it as something else.
 */
import type { CitedSource } from '../schemas/source.ts';

/** What the importer writes for one delegation agency. */
export interface AgencyLine {
  agency: string;
  wording?: string;
}

export interface DelegationLines {
  lead: { person: string; title: string };
  agencies: AgencyLine[];
}

/** A release's frontmatter fields, as the importer decided them (references as ids). */
export interface ReleaseFrontmatter {
  title: string;
  titleSource?: CitedSource;
  documentType: string;
  office: string;
  dateline: string;
  issued: string;
  dialogue: string;
  delegations: { us?: DelegationLines; fr?: DelegationLines };
  topics: string[];
  source: { file: string; description: string };
}

// Plain scalars that YAML reads back as the same string: no indicator at the start, no ": " or " #" inside.
const PLAIN_BLOCK = /^[A-Za-z(][^\n#"`{}[\]|>]*$/;
const PLAIN_FLOW = /^[A-Za-z(][^\n:#"`{}[\],|>]*$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|~)$/i;

/** A string as a YAML scalar: plain where that is safe, else double-quoted. `flow` is for values inside `{ … }`. */
export function yamlString(value: string, flow = false): string {
  // A file name such as "000_04e67a5f582b5571.txt": starts with a digit, but no YAML reads it as a number or a date.
  if (/^[0-9][\w-]*\.[A-Za-z][\w.-]*$/.test(value)) return value;
  const plain = (flow ? PLAIN_FLOW : PLAIN_BLOCK).test(value) && !RESERVED.test(value) && value === value.trim() && !/\s#|:\s|:$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** A long string as a folded block scalar (`>-`) wrapped at `width`, indented by `indent` spaces. */
export function foldedBlock(value: string, indent: number, width = 116): string {
  const words = value.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  const pad = ' '.repeat(indent);
  return `>-\n${lines.map((text) => `${pad}${text}`).join('\n')}`;
}

function delegationYaml(side: string, delegation: DelegationLines): string[] {
  return [
    `  ${side}:`,
    '    lead:',
    `      person: ${yamlString(delegation.lead.person)}`,
    `      title: ${yamlString(delegation.lead.title)}`,
    ...(delegation.agencies.length > 0 ? ['    agencies:'] : []),
    ...delegation.agencies.map(({ agency, wording }) =>
      wording === undefined ? `      - { agency: ${yamlString(agency, true)} }` : `      - { agency: ${yamlString(agency, true)}, wording: ${yamlString(wording, true)} }`,
    ),
  ];
}

/** The frontmatter block, from the opening `---` to the closing `---` and its newline. */
export function writeReleaseFrontmatter(fields: ReleaseFrontmatter): string {
  const lines = ['---', `title: ${yamlString(fields.title)}`];
  if (fields.titleSource) {
    const { title, url, lang, supports } = fields.titleSource;
    lines.push('titleSource:', `  title: ${yamlString(title)}`, `  url: ${yamlString(url)}`);
    if (lang) lines.push(`  lang: ${yamlString(lang)}`);
    lines.push(`  supports: ${yamlString(supports)}`);
  }
  lines.push(
    `documentType: ${yamlString(fields.documentType)}`,
    `office: ${yamlString(fields.office)}`,
    `dateline: ${yamlString(fields.dateline)}`,
    // A date is always quoted, so that no YAML reader turns it into a timestamp.
    `issued: ${fields.issued === 'unknown' ? 'unknown' : JSON.stringify(fields.issued)}`,
    `dialogue: ${yamlString(fields.dialogue)}`,
    'delegations:' + (fields.delegations.us || fields.delegations.fr ? '' : ' {}'),
  );
  if (fields.delegations.us) lines.push(...delegationYaml('us', fields.delegations.us));
  if (fields.delegations.fr) lines.push(...delegationYaml('fr', fields.delegations.fr));
  lines.push('topics:', ...fields.topics.map((topic) => `  - ${yamlString(topic)}`));
  lines.push('source:', `  file: ${yamlString(fields.source.file)}`, `  description: ${foldedBlock(fields.source.description, 4)}`);
  lines.push('---', '');
  return lines.join('\n');
}
