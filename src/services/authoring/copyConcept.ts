// Copy to This Article's Pack, decided without a host: a concept of the built-in pack is copied, as the
// built-in pack writes it (names, aliases, explanation, exclusions), into the pack of the article being
// edited, where it then overrides the built-in entry (the registry layers user packs over it).
//
// A user pack is checked on its own, so what the copy names must be in that pack:
// - a relation is kept only if its target is a concept of the article's pack; the others are left out
//   (copying their targets as well would pull in half the built-in pack);
// - a sense (`"sense": { "of": … }`) likewise, only if the broader concept is in the pack;
// - the home section is kept if the document has a heading with the built-in section's heading (it is
//   added to the pack when the pack lacks it), else left out.
// What was left out is listed, for the command to say. A concept that a user pack the document sees
// already defines is not copied again: the command opens it there instead.

import type { ConceptPackSpec, ConceptSpec } from '../../core/pack/conceptPack';
import type { ConceptPack } from '../../core/pack/loadPack';
import type { Heading } from '../../core/markdown/headings';
import { headingKey } from '../../core/features/articleMatch';
import type { Edit, PackEditRefusal } from '../../core/authoring/packEdits';
import { articleName, type ArticlePacks } from '../articlePacks';
import type { UserPack } from '../packLayers';
import { editsForExisting, newPackFor, sectionChoices, type SectionChoice } from './newConcept';

/** A concept as a pack's JSON writes it; `sense` is checked by the loader, not typed in ConceptSpec. */
export type SourceConcept = ConceptSpec & { sense?: { of?: unknown } };

/** The pack concepts are copied from: the built-in pack's JSON. */
export interface CopySource {
  article: Pick<ConceptPackSpec['article'], 'sections'>;
  concepts: readonly SourceConcept[];
}

/** The document the copy is for. */
export interface CopyDocument {
  uri: string;
  text: string;
  headings: readonly Heading[];
}

/** What the copy leaves out because the article's pack lacks it. */
export interface LeftOut {
  /** Targets of the relations left out, in the source's order. */
  relations: string[];
  /** The broader concept of a sense left out. */
  senseOf: string | undefined;
  /** The heading of a home section left out. */
  section: string | undefined;
}

export type CopyPlan =
  /** Not a concept of the built-in pack. */
  | { kind: 'unknown' }
  /** A user pack the document sees defines it already: open it there. */
  | { kind: 'open'; packUri: string }
  | {
      kind: 'copy';
      /** The article's pack, or where a new one goes. */
      packUri: string;
      /** Whether the article's pack is loaded (else it may still be a file that does not load). */
      packLoaded: boolean;
      concept: ConceptSpec;
      /** Its home section, when the document has it (`isNew`: to be added to the pack). */
      section: SectionChoice | undefined;
      leftOut: LeftOut;
    };

export type CopyEdits = { ok: true; edits: Edit[] } | ({ ok: false } & PackEditRefusal);

export class ConceptCopies {
  constructor(
    private readonly packs: { userPackDefining(conceptId: string, documentUri?: string): UserPack | undefined },
    private readonly articlePacks: Pick<ArticlePacks, 'find' | 'packUriFor'>,
    private readonly source: CopySource,
  ) {}

  /** Whether the concept is the built-in pack's own for this document (then it may be copied). */
  canCopy(conceptId: string, documentUri: string): boolean {
    return this.source.concepts.some((c) => c.id === conceptId) && !this.packs.userPackDefining(conceptId, documentUri);
  }

  plan(doc: CopyDocument, conceptId: string): CopyPlan {
    const defining = this.packs.userPackDefining(conceptId, doc.uri);
    const article = this.articlePacks.find(doc.uri, doc.text);
    const inArticle = article?.pack?.concepts.some((c) => c.id === conceptId);
    if (defining || inArticle) return { kind: 'open', packUri: inArticle ? article!.uri : defining!.uri };
    const source = this.source.concepts.find((c) => c.id === conceptId);
    if (!source) return { kind: 'unknown' };
    const target = article?.pack;
    const section = this.homeSection(source, doc, target);
    const { concept, leftOut } = copiedConcept(source, new Set(target?.concepts.map((c) => c.id)), section?.id);
    const heading = this.source.article.sections.find((s) => s.id === source.section)?.heading;
    return {
      kind: 'copy',
      packUri: article?.uri ?? this.articlePacks.packUriFor(doc.uri),
      packLoaded: article !== undefined,
      concept,
      section,
      leftOut: { ...leftOut, section: source.section !== undefined && !section ? (heading ?? source.section) : undefined },
    };
  }

  /** The document's heading with the heading of the concept's built-in section, as a section of the pack. */
  private homeSection(source: SourceConcept, doc: CopyDocument, target: ConceptPack | undefined): SectionChoice | undefined {
    const heading = this.source.article.sections.find((s) => s.id === source.section)?.heading;
    if (heading === undefined) return undefined;
    const key = headingKey(heading);
    return sectionChoices(doc.headings, 0, target).find((c) => headingKey(c.heading) === key);
  }
}

/** The concept as the source writes it, less what names things the target pack (`known`) lacks. */
export function copiedConcept(source: SourceConcept, known: ReadonlySet<string>, section: string | undefined): { concept: ConceptSpec; leftOut: Omit<LeftOut, 'section'> } {
  const { relations, sense } = source;
  const kept = (relations ?? []).filter((r) => known.has(r.target));
  const senseOf = sense && typeof sense.of === 'string' ? sense.of : undefined;
  const keepSense = sense !== undefined && senseOf !== undefined && known.has(senseOf);
  // The source's key order is kept (section after name, as the packs write it).
  const ordered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'relations') {
      if (kept.length > 0) ordered[key] = kept;
    } else if (key === 'sense') {
      if (keepSense) ordered[key] = value;
    } else if (key === 'section') {
      if (section) ordered[key] = section;
    } else ordered[key] = value;
  }
  if (section && !('section' in ordered)) ordered.section = section;
  return {
    concept: ordered as unknown as ConceptSpec,
    leftOut: { relations: (relations ?? []).filter((r) => !known.has(r.target)).map((r) => r.target), senseOf: sense !== undefined && !keepSense ? (senseOf ?? '') : undefined },
  };
}

/** The edits that add the copy (and its home section, if new) to the article's pack text. */
export function copyEdits(text: string, plan: Extract<CopyPlan, { kind: 'copy' }>): CopyEdits {
  return editsForExisting(text, plan.concept, plan.section);
}

/** The text of a new pack for the document, holding the copy. */
export function copyNewPack(doc: CopyDocument, plan: Extract<CopyPlan, { kind: 'copy' }>): string {
  return newPackFor(doc.text, doc.headings, articleName(doc.uri), plan.concept, new Set());
}
