// Recognises the pack's article among Markdown documents, and finds the heading of a concept's section.

import type { Heading } from '../markdown/headings';
import type { Concept, ConceptPack } from '../pack/loadPack';
import { aliasKey } from '../pack/aliasKey';

/** The `title:` of YAML or TOML front matter, if any. */
export function frontMatterTitle(text: string): string | undefined {
  const m = /^\ufeff?(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  const t = /^title\s*[:=]\s*(.+?)\s*$/m.exec(m[2]!);
  return t ? t[1]!.replace(/^(["'])(.*)\1$/, '$2') : undefined;
}

const same = (a: string, b: string): boolean => aliasKey(a).replace(/[\s\p{P}]/gu, '') === aliasKey(b).replace(/[\s\p{P}]/gu, '');

/** Whether a document is the pack's article: by its front-matter title, or by most of its section headings. */
export function isArticle(text: string, headings: readonly Heading[], pack: ConceptPack): boolean {
  const title = frontMatterTitle(text);
  if (title && Object.values(pack.title).some((t) => t && same(t, title))) return true;
  if (pack.sections.length === 0) return false;
  const found = pack.sections.filter((s) => headings.some((h) => same(h.text, s.heading))).length;
  return found >= Math.max(2, Math.ceil(pack.sections.length * 0.6));
}

/** The heading of the concept's home section in the article, if the article has it. */
export function sectionHeading(headings: readonly Heading[], pack: ConceptPack, concept: Concept): Heading | undefined {
  const section = pack.sections.find((s) => s.id === concept.section);
  return section ? headings.find((h) => same(h.text, section.heading)) : undefined;
}
