// The hover for a concept occurrence, as Markdown. Pure: the adapter passes localized labels and the
// command links it allows; every piece of pack text is escaped.

import type { Lang } from '../pack/conceptPack';
import type { Concept, ConceptPack } from '../pack/loadPack';
import { relationsOf, groupRelations } from './relations';
import { pick } from './language';
import { escapeMarkdown } from './markdownEscape';
import type { RelationKind } from '../pack/conceptPack';

export interface HoverLabels {
  /** Label of a relation group, e.g. ("leads-to", "out") → "Leads to", ("leads-to", "in") → "Follows from". */
  relation(kind: RelationKind, direction: 'out' | 'in'): string;
  occurrences(count: number): string;
  section: string;
  findAll: string;
  goToSection: string;
}

export interface HoverInput {
  pack: ConceptPack;
  concept: Concept;
  lang: Lang;
  countInDocument: number;
  /** Where the concept's section is, as a URI the hover may link to. */
  section?: { title: string; uri: string };
  /** Command URIs, already encoded, for our own commands only. */
  commands: { findAll: string; goToSection?: string };
  labels: HoverLabels;
}

export function hoverMarkdown(h: HoverInput): string {
  const { concept, lang, labels } = h;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const lines: string[] = [];
  const main = pick(concept.name, lang);
  const second = concept.name[other];
  lines.push(`**${escapeMarkdown(main)}**${second && second !== main ? ` · ${escapeMarkdown(second)}` : ''}`);
  lines.push('');
  const explanation = pick(concept.explanation, lang);
  if (explanation) lines.push(escapeMarkdown(explanation), '');
  if (h.section) lines.push(`${escapeMarkdown(labels.section)}: [${escapeMarkdown(h.section.title)}](${h.section.uri})`, '');
  for (const g of groupRelations(relationsOf(h.pack, concept))) {
    const names = g.others.map((c) => escapeMarkdown(pick(c.name, lang))).join(', ');
    lines.push(`${escapeMarkdown(labels.relation(g.kind, g.direction))}: ${names}  `);
  }
  lines.push('');
  lines.push(escapeMarkdown(labels.occurrences(h.countInDocument)));
  lines.push('');
  const actions = [`[${escapeMarkdown(labels.findAll)}](${h.commands.findAll})`];
  if (h.commands.goToSection) actions.push(`[${escapeMarkdown(labels.goToSection)}](${h.commands.goToSection})`);
  lines.push(actions.join(' · '));
  return lines.join('\n');
}
