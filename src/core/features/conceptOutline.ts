// The Concepts tree's model, pure: concepts grouped by the article's sections, counted, sorted and
// filtered. The tree view adapter only turns it into TreeItems.

import type { Lang } from '../pack/conceptPack';
import type { CompiledPack } from '../scan/compiledPack';
import { aliasKey } from '../pack/aliasKey';
import { pick } from './language';

export type SortOrder = 'article' | 'count' | 'name';

export interface OutlineFilter {
  /** Matches either name or an alias, case- and width-insensitively. Empty: everything. */
  text: string;
  /** Only the concepts that occur in the document. */
  presentOnly: boolean;
}

export interface OutlineConcept {
  index: number;
  id: string;
  /** The name in the reader's language. */
  label: string;
  /** The name in the other language, when it differs. */
  otherName: string | undefined;
  count: number;
  /** Occurrences in the workspace, once it is indexed. */
  workspaceCount: number | undefined;
}

export interface OutlineGroup {
  sectionId: string | undefined;
  label: string;
  concepts: OutlineConcept[];
}

export function conceptOutline(
  cp: CompiledPack,
  counts: ArrayLike<number>,
  lang: Lang,
  sort: SortOrder,
  filter: OutlineFilter,
  workspaceCounts?: ReadonlyMap<string, number>,
  otherLabel = 'Other',
): OutlineGroup[] {
  const q = aliasKey(filter.text);
  const groups: OutlineGroup[] = cp.pack.sections.map((s) => ({ sectionId: s.id, label: s.title[lang] ?? s.heading, concepts: [] }));
  const other: OutlineGroup = { sectionId: undefined, label: otherLabel, concepts: [] };
  cp.concepts.forEach((c, index) => {
    const count = counts[index] ?? 0;
    if (filter.presentOnly && count === 0) return;
    if (q && ![c.name.zh, c.name.en, ...c.aliases.map((a) => a.text)].some((n) => n !== undefined && aliasKey(n).includes(q))) return;
    const label = pick(c.name, lang);
    const otherName = c.name[lang === 'zh' ? 'en' : 'zh'];
    const item: OutlineConcept = { index, id: c.id, label, otherName: otherName !== label ? otherName : undefined, count, workspaceCount: workspaceCounts?.get(c.id) };
    (groups.find((g) => g.sectionId === c.section) ?? other).concepts.push(item);
  });
  groups.push(other);
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  for (const g of groups) {
    if (sort === 'count') g.concepts.sort((a, b) => b.count - a.count || a.index - b.index);
    else if (sort === 'name') g.concepts.sort((a, b) => collator.compare(a.label, b.label));
  }
  return groups.filter((g) => g.concepts.length > 0);
}

/** One line of context around an occurrence, with the occurrence's place in it. */
export function occurrencePreview(text: string, start: number, end: number, width = 48): { text: string; highlight: [number, number] } {
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  const before = Math.max(lineStart, start - Math.floor((width - (end - start)) / 2));
  const after = Math.min(lineEnd, Math.max(end, before + width));
  const head = before > lineStart ? '…' : '';
  const tail = after < lineEnd ? '…' : '';
  const raw = text.slice(before, after).replace(/[\r\n]+/g, ' ');
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  const hs = head.length + start - before - lead;
  return { text: head + body + tail, highlight: [hs, hs + (end - start)] };
}
