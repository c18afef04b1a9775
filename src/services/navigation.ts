// Where an occurrence leads, and how to step between occurrences: the one module for both.
// A concept's section is the first that exists of: a heading of the same document that names the
// concept; the article's section for it; the concept guide's entry.

import { sectionHeading } from '../core/features/articleMatch';
import type { Heading } from '../core/markdown/headings';
import type { Concept } from '../core/pack/loadPack';
import type { Match } from '../core/scan/scanner';
import type { Range } from './host/textDocument';
import { schemeOf } from './host/uri';
import type { ArticleSearch, Article } from './articleSearch';
import type { ConceptGuides } from './conceptGuides';
import type { PackSource } from './documentScans';
import type { ScannedDocument } from './scannedDocument';
import { GUIDE_SCHEME } from './schemes';

export type TargetKind = 'document' | 'article' | 'guide';

export interface SectionTarget {
  kind: TargetKind;
  uri: string;
  range: Range;
  /** The heading text, for tooltips and hovers. */
  title: string;
}

/** A URI that opens `uri` with the cursor at `range`'s start (the `#L` fragment VS Code's opener reads). */
export function uriAt(uri: string, range: Range): string {
  const hash = uri.indexOf('#');
  return `${hash < 0 ? uri : uri.slice(0, hash)}#L${range.start.line + 1},${range.start.character + 1}`;
}

function lineRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

export class SectionTargets {
  constructor(
    private readonly packs: PackSource,
    private readonly article: Pick<ArticleSearch, 'find'>,
    private readonly guide: Pick<ConceptGuides, 'entryLine' | 'locate'>,
  ) {}

  /** The section of a concept (by index in the pack of `doc`, else the current pack), seen from `doc` if any. */
  async resolve(concept: number, doc?: ScannedDocument): Promise<SectionTarget> {
    const c = (doc?.pack ?? this.packs.current).concepts[concept]!;
    return (doc && this.inDocument(doc, concept)) ?? (await this.inArticle(c, doc?.uri)) ?? this.inGuide(c);
  }

  /**
   * The heading of `doc` that names the concept: the first heading holding one of its occurrences. In
   * the concept guide, the concept's own entry (its title names every concept of the pack).
   */
  inDocument(doc: ScannedDocument, concept: number): SectionTarget | undefined {
    const h = schemeOf(doc.uri) === GUIDE_SCHEME ? this.guideEntry(doc, concept) : doc.headingNaming(concept);
    return h && { kind: 'document', uri: doc.uri, range: doc.range({ start: h.start, end: h.end }), title: h.text };
  }

  private guideEntry(doc: ScannedDocument, concept: number): Heading | undefined {
    const line = this.guide.entryLine(doc.uri, doc.pack.concepts[concept]!);
    return line === undefined ? undefined : doc.headings.find((h) => doc.position(h.start).line === line);
  }

  /** The article's section for the concept, as seen from a document (`scope`) or the workspace. */
  async inArticle(concept: Concept, scope?: string): Promise<SectionTarget | undefined> {
    const article = await this.article.find(scope);
    return article && this.articleTarget(article, concept);
  }

  private articleTarget(article: Article, concept: Concept): SectionTarget | undefined {
    const h = sectionHeading(article.headings, this.packs.current.pack, concept);
    return h && { kind: 'article', uri: article.uri, range: lineRange(article.lineOf(h.start)), title: h.text };
  }

  inGuide(concept: Concept): SectionTarget {
    const { uri, line, title } = this.guide.locate(concept);
    return { kind: 'guide', uri, range: lineRange(line), title };
  }
}

/**
 * The next (direction 1) or previous (-1) occurrence of a concept from the cursor, wrapping around.
 * `here` is the cursor's offset and `current` the occurrence the cursor or selection is on, if any: an
 * occurrence of the concept that is selected (as the last step left it) is the one to step from, even
 * when another touches its end. Without a concept, every occurrence counts. Undefined when there is none.
 */
export function stepOccurrence(
  doc: Pick<ScannedDocument, 'matches' | 'occurrencesOf'>,
  here: number,
  current: Match | undefined,
  direction: 1 | -1,
  concept: number | undefined = current?.concept,
): Match | undefined {
  const pool = concept === undefined ? doc.matches : doc.occurrencesOf(concept);
  if (pool.length === 0) return undefined;
  const anchor = current && current.concept === concept ? current.start : undefined;
  if (direction === 1) {
    const after = anchor ?? here - 1;
    return pool.find((m) => m.start > after) ?? pool[0];
  }
  const before = anchor ?? here;
  for (let i = pool.length - 1; i >= 0; i--) if (pool[i]!.start < before) return pool[i];
  return pool[pool.length - 1];
}
