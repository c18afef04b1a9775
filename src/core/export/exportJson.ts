// `json`: the concepts and their occurrences in one object; the shape is documented in
// docs/export-formats.md. Everything goes through JSON.stringify.

import { aliasesBeyondNames, occurrencesByConcept, type ExportInput } from './exportModel';

export const JSON_EXPORT_VERSION = 1;

export function exportJson(input: ExportInput): string {
  const { pack } = input;
  const counts = occurrencesByConcept(input.occurrences);
  const doc = {
    format: 'concept-lens-export',
    version: JSON_EXPORT_VERSION,
    pack: { id: pack.id, title: pack.title },
    sections: pack.sections.map((s) => ({ id: s.id, heading: s.heading, title: s.title })),
    concepts: pack.concepts.map((c) => ({
      id: c.id,
      name: c.name,
      aliases: aliasesBeyondNames(c).map((a) => ({ text: a.text, lang: a.lang })),
      explanation: c.explanation,
      section: c.section ?? null,
      relations: c.relations.map((r) => ({ kind: r.kind, target: r.target })),
      occurrences: counts.get(c.id)?.length ?? 0,
    })),
    occurrences: input.occurrences.map((o) => ({ file: o.file, line: o.line, column: o.column, concept: o.concept, text: o.text, section: o.section ?? null })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
