// `md`: a Markdown glossary. Concepts grouped by the article's sections, each with both names, the
// explanation, its relations (links within the glossary) and where it occurs (relative links with line
// numbers, `file#L12`, which GitHub and VS Code's preview follow). Pack text, document text and file
// names are untrusted: each piece goes through markdownLine (one line, shown literally), link
// destinations are percent-encoded, and anchors are written from ids that only hold [a-z0-9-].

import { escapeHtml, markdownLine } from '../features/markdownEscape';
import type { RelationKind } from '../pack/conceptPack';
import type { Concept, ConceptPack } from '../pack/packTypes';
import { conceptsBySection, occurrencesByConcept, type ExportInput, type ExportOccurrence } from './exportModel';

const RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  'prerequisite-of': 'Prerequisite of · 前提',
  'leads-to': 'Leads to · 导致',
  'part-of': 'Part of · 属于',
  'contrasts-with': 'Contrasts with · 对照',
  'example-of': 'Example of · 实例',
  'related-to': 'Related to · 相关',
};

/** A URI made by the adapter (`scheme://…`), not a relative path: a relative path never has `//`. */
const URI = /^[a-z][a-z0-9+.-]+:\/\//i;

/** A link destination for a file: every segment of a relative path percent-encoded (a `:` too, so no scheme). */
export function fileHref(file: string): string {
  const strict = (s: string): string => s.replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  if (URI.test(file)) return strict(encodeURI(file));
  return file
    .split('/')
    .map((s) => strict(encodeURIComponent(s)))
    .join('/');
}

function anchor(id: string): string {
  return `concept-${escapeHtml(id)}`;
}

/** Both names, the reader's pair: `熵 · Entropy`. */
function names(c: Concept): string {
  const parts = [c.name.zh, c.name.en].filter((n): n is string => n !== undefined && n !== '');
  return parts.length > 0 ? parts.map(markdownLine).join(' · ') : markdownLine(c.id);
}

function relationLines(c: Concept, byId: ReadonlyMap<string, Concept>): string[] {
  const byKind = new Map<RelationKind, string[]>();
  for (const r of c.relations) {
    const target = byId.get(r.target);
    const link = target ? `[${names(target)}](#${anchor(target.id)})` : markdownLine(r.target);
    const links = byKind.get(r.kind);
    if (links) links.push(link);
    else byKind.set(r.kind, [link]);
  }
  return [...byKind].map(([kind, links]) => `- **${RELATION_LABELS[kind]}**: ${links.join(', ')}`);
}

function occurrenceLine(found: readonly ExportOccurrence[] | undefined): string {
  if (!found || found.length === 0) return '- **Occurrences · 出现**: none · 无';
  const byFile = new Map<string, number[]>();
  for (const o of found) {
    const lines = byFile.get(o.file);
    if (lines) lines.push(o.line);
    else byFile.set(o.file, [o.line]);
  }
  const files = [...byFile].map(([file, lines]) => {
    const href = fileHref(file);
    return `${markdownLine(file)} ${[...new Set(lines)].map((l) => `[${l}](${href}#L${l})`).join(', ')}`;
  });
  return `- **Occurrences · 出现** (${found.length}): ${files.join('; ')}`;
}

function conceptBlock(c: Concept, byId: ReadonlyMap<string, Concept>, found: readonly ExportOccurrence[] | undefined): string[] {
  const lines = [`<a id="${anchor(c.id)}"></a>`, '', `### ${names(c)}`, ''];
  for (const lang of ['zh', 'en'] as const) {
    const text = c.explanation[lang];
    if (text) lines.push(markdownLine(text), '');
  }
  lines.push(...relationLines(c, byId), occurrenceLine(found), '');
  return lines;
}

function sectionTitle(section: ConceptPack['sections'][number] | undefined): string {
  if (!section) return 'Other concepts · 其他概念';
  const other = section.title.en && section.title.en !== section.heading ? ` · ${markdownLine(section.title.en)}` : '';
  return markdownLine(section.heading) + other;
}

export function exportMarkdown(input: ExportInput): string {
  const { pack } = input;
  const byId = new Map(pack.concepts.map((c) => [c.id, c]));
  const found = occurrencesByConcept(input.occurrences);
  const title = [pack.title.zh, pack.title.en].filter((t): t is string => !!t).map(markdownLine).join(' · ') || markdownLine(pack.id);
  const lines = [`# Glossary · 术语表: ${title}`, ''];
  for (const group of conceptsBySection(pack)) {
    lines.push(`## ${sectionTitle(group.section)}`, '');
    for (const c of group.concepts) lines.push(...conceptBlock(c, byId, found.get(c.id)));
  }
  return lines.join('\n');
}
