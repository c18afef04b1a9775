// The built-in concept guide: a read-only Markdown document generated from a pack, with one section
// per article section and every concept explained. Links land here when no article is at hand.
// Pack text is untrusted: every piece is escaped onto one line (markdownLine), so a pack can add no
// link, image, HTML or code block, and cannot end or open a block; the line map stays right.

import type { Lang } from '../pack/conceptPack';
import type { ConceptPack } from '../pack/packTypes';
import { pick } from './language';
import { relationsOf, groupRelations } from './relations';
import type { HoverLabels } from './hoverContent';
import { markdownLine as inline } from './markdownEscape';

export interface ConceptGuide {
  text: string;
  /** 0-based line of each section's heading, by section id. */
  sectionLine: Map<string, number>;
  /** 0-based line of each concept's heading, by concept id. */
  conceptLine: Map<string, number>;
}

export function conceptGuide(pack: ConceptPack, lang: Lang, labels: Pick<HoverLabels, 'relation'> & { title: string; intro: string; otherConcepts: string }): ConceptGuide {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const lines: string[] = [];
  const sectionLine = new Map<string, number>();
  const conceptLine = new Map<string, number>();
  lines.push(`# ${inline(pick(pack.title, lang))} — ${inline(labels.title)}`, '', `> ${inline(labels.intro)}`, '');
  const groups: { id: string | undefined; heading: string }[] = pack.sections.map((s) => ({ id: s.id, heading: s.heading }));
  if (pack.concepts.some((c) => c.section === undefined)) groups.push({ id: undefined, heading: labels.otherConcepts });
  for (const g of groups) {
    const members = pack.concepts.filter((c) => c.section === g.id);
    if (members.length === 0 && g.id === undefined) continue;
    if (g.id) sectionLine.set(g.id, lines.length);
    const s = pack.sections.find((x) => x.id === g.id);
    const translated = s?.title[lang] && s.title[lang] !== s.heading ? ` (${inline(s.title[lang]!)})` : '';
    lines.push(`## ${inline(g.heading)}${translated}`, '');
    for (const c of members) {
      conceptLine.set(c.id, lines.length);
      const names = [c.name[lang], c.name[other]].filter((x, i, a): x is string => !!x && a.indexOf(x) === i).map(inline);
      lines.push(`### ${names.join(' · ')}`, '');
      for (const l of [lang, other]) if (c.explanation[l]) lines.push(inline(c.explanation[l]!), '');
      for (const r of groupRelations(relationsOf(pack, c)))
        lines.push(`- ${inline(labels.relation(r.kind, r.direction))}: ${r.others.map((o) => inline(pick(o.name, lang))).join(', ')}`);
      if (lines[lines.length - 1] !== '') lines.push('');
    }
  }
  return { text: lines.join('\n'), sectionLine, conceptLine };
}
