// The hover for a concept occurrence, as Markdown. Pure: the adapter passes localized labels and the
// command links it allows; every piece of pack text is escaped.

import type { Lang } from '../pack/conceptPack';
import type { Concept, ConceptPack, Scope } from '../pack/packTypes';
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
  showInGraph: string;
  /** The link to the concept's entry in the pack file that defines it (a user pack's concepts only). */
  editConcept?: string;
  /** The link that copies a built-in concept to the article's pack (to override it there). */
  copyConcept?: string;
  /** Why an ambiguous name was read as `name`: the scope whose cue decided (none: nothing pointed elsewhere). */
  readAs?(name: string, scope: Scope | undefined, cue: string | undefined, tied?: boolean): string;
  /** The same when the writer chose the reading for the document. */
  readAsChosen?(name: string): string;
  /** Before the links to the other readings: "In this document, read it as". */
  readInstead?: string;
  /** The link that takes the writer's choice out. */
  readByContext?: string;
}

/** A link to read the name another way in this document (a command URI, already encoded). */
export interface ReadingLink {
  label: string;
  uri: string;
}

export interface HoverInput {
  pack: ConceptPack;
  concept: Concept;
  lang: Lang;
  countInDocument: number;
  /** The heading of the section that explains the concept (the link itself is the Go to section action). */
  section?: { title: string };
  /** Command URIs, already encoded, for our own commands only. */
  commands: { findAll: string; goToSection?: string; showInGraph?: string; editConcept?: string; copyConcept?: string };
  labels: HoverLabels;
  /** For a name with more than one reading: why it was read as this concept, and how else it can be read. */
  sense?: { scope: Scope | undefined; cue: string | undefined; tied?: boolean; chosen?: boolean; others?: readonly ReadingLink[]; byContext?: string };
}

export function hoverMarkdown(h: HoverInput): string {
  const { concept, lang, labels } = h;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const main = pick(concept.name, lang);
  const second = concept.name[other];
  // Most useful first: hovers are capped in height, and relations are the part that may scroll.
  const lines: string[] = [`**${escapeMarkdown(main)}**${second && second !== main ? ` · ${escapeMarkdown(second)}` : ''}`, ''];
  const explanation = pick(concept.explanation, lang);
  if (explanation) lines.push(escapeMarkdown(explanation), '');
  const link = (label: string, uri: string): string => `[${escapeMarkdown(label)}](${uri} "${linkTitle(label)}")`;
  if (h.sense) lines.push(...senseLines(h.sense, main, labels, link));
  const facts = [h.section ? `${escapeMarkdown(labels.section)}: ${escapeMarkdown(h.section.title)}` : undefined, escapeMarkdown(labels.occurrences(h.countInDocument))];
  lines.push(facts.filter(Boolean).join(' · '), '');
  const actions = [link(labels.findAll, h.commands.findAll)];
  if (h.commands.goToSection) actions.push(link(labels.goToSection, h.commands.goToSection));
  if (h.commands.showInGraph) actions.push(link(labels.showInGraph, h.commands.showInGraph));
  if (h.commands.editConcept && labels.editConcept) actions.push(link(labels.editConcept, h.commands.editConcept));
  if (h.commands.copyConcept && labels.copyConcept) actions.push(link(labels.copyConcept, h.commands.copyConcept));
  lines.push(actions.join(' · '), '');
  const groups = groupRelations(relationsOf(h.pack, concept)).map(
    (g) => `${escapeMarkdown(labels.relation(g.kind, g.direction))}: ${g.others.map((c) => escapeMarkdown(pick(c.name, lang))).join(lang === 'zh' ? '、' : ', ')}`,
  );
  if (groups.length > 0) lines.push(groups.join(' · '));
  return lines.join('\n').trimEnd();
}

/** Why the name was read so, then the links that read it otherwise in this document (each line and a blank). */
function senseLines(sense: NonNullable<HoverInput['sense']>, main: string, labels: HoverLabels, link: (label: string, uri: string) => string): string[] {
  const out: string[] = [];
  const why = sense.chosen && labels.readAsChosen ? labels.readAsChosen(main) : labels.readAs?.(main, sense.scope, sense.cue, sense.tied);
  if (why) out.push(`*${escapeMarkdown(why)}*`, '');
  const others = (sense.others ?? []).map((o) => link(o.label, o.uri));
  if (sense.byContext && labels.readByContext) others.push(link(labels.readByContext, sense.byContext));
  if (others.length > 0 && labels.readInstead) out.push(`${escapeMarkdown(labels.readInstead)}: ${others.join(' · ')}`, '');
  return out;
}

/**
 * A link's title from a label that may be pack text: one line, without the characters that could end the
 * title or the link (a line break in a title lets what follows be read as Markdown of its own).
 */
function linkTitle(label: string): string {
  let out = '';
  for (const ch of label) {
    const c = ch.charCodeAt(0);
    out += c < 32 || c === 0x7f || c === 0x2028 || c === 0x2029 || TITLE_UNSAFE.has(ch) ? ' ' : ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

const TITLE_UNSAFE = new Set(['"', '\\', '(', ')', '<', '>', '[', ']']);
