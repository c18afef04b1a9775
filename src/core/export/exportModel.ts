// What every export format is made from: the concepts of a pack and where they occur. The adapters
// (the CLI, the extension) gather it; the formats in this folder only write it.

import type { Concept, ConceptPack } from '../pack/packTypes';

/** One occurrence as the exports show it. */
export interface ExportOccurrence {
  /** The file, relative to where the export is written, with `/` between folders (or a URI). */
  file: string;
  /** 1-based line and UTF-16 column, as people and editors count them. */
  line: number;
  column: number;
  /** The concept's id. */
  concept: string;
  /** The words as they stand in the document. */
  text: string;
  /** The heading text of the section the occurrence stands in, if any. */
  section: string | undefined;
}

export interface ExportInput {
  pack: ConceptPack;
  /** In document order, file by file. */
  occurrences: readonly ExportOccurrence[];
}

/** The longest section heading an occurrence repeats, in UTF-16 units (as scan's JSON cuts it). */
export const SECTION_MAX = 200;

/** A heading cut to SECTION_MAX units and "…", never inside a surrogate pair: every row of a section repeats it. */
export function cutSection(text: string): string {
  if (text.length <= SECTION_MAX) return text;
  const last = text.charCodeAt(SECTION_MAX - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? SECTION_MAX - 1 : SECTION_MAX) + '…';
}

export const EXPORT_FORMATS = ['md', 'csv', 'json', 'skos'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The file name extension of each format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { md: 'md', csv: 'csv', json: 'json', skos: 'ttl' };

/** A concept's names and aliases that are not its names, in the pack's order. */
export function aliasesBeyondNames(c: Concept): Concept['aliases'] {
  return c.aliases.filter((a) => a.text !== c.name[a.lang]);
}

/** The concepts grouped by the pack's sections, in the pack's order; concepts of no known section last. */
export function conceptsBySection(pack: ConceptPack): { section: ConceptPack['sections'][number] | undefined; concepts: Concept[] }[] {
  const groups = pack.sections.map((section) => ({ section: section as ConceptPack['sections'][number] | undefined, concepts: [] as Concept[] }));
  const index = new Map(pack.sections.map((s, i) => [s.id, i]));
  const rest: Concept[] = [];
  for (const c of pack.concepts) {
    const i = c.section === undefined ? undefined : index.get(c.section);
    if (i === undefined) rest.push(c);
    else groups[i]!.concepts.push(c);
  }
  if (rest.length > 0) groups.push({ section: undefined, concepts: rest });
  return groups.filter((g) => g.concepts.length > 0);
}

/** The occurrences of each concept, by id, in their order. */
export function occurrencesByConcept(occurrences: readonly ExportOccurrence[]): Map<string, ExportOccurrence[]> {
  const out = new Map<string, ExportOccurrence[]>();
  for (const o of occurrences) {
    const list = out.get(o.concept);
    if (list) list.push(o);
    else out.set(o.concept, [o]);
  }
  return out;
}
