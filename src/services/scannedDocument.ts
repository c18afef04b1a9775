// A scanned version of a document: its matches and headings, with offset ↔ position helpers. Made on
// every flush of edits, so making one costs nothing in the size of the document: the matches stay in
// the scan's per-block snapshot, the flat list and the headings are made only when asked for.

import { LineIndex } from '../core/text/lineIndex';
import { blockExclusions, sectionAt } from '../core/markdown/markdownStructure';
import type { Match } from '../core/scan/scanner';
import type { MatchSnapshot } from '../core/scan/matchSnapshot';
import type { Heading } from '../core/markdown/headings';
import { isProseBlock, type Block } from '../core/markdown/blocks';
import { paragraphSpans, type Span } from '../core/graph/conceptGraph';
import type { CompiledPack } from '../core/scan/compiledPack';
import { senseReasonOf, type SenseReason } from '../core/scan/senses/senseReason';
import type { ITextDocument, Position, Range } from './host/textDocument';

export class ScannedDocument {
  private lines: LineIndex | undefined;
  private headingList: readonly Heading[] | undefined;
  private paragraphList: readonly Span[] | undefined;
  private namingHeadings: Map<number, Heading> | undefined;
  private counts: Int32Array | undefined;

  constructor(
    /** The live document: while it is still at `version`, its own line model converts offsets. */
    private readonly doc: ITextDocument,
    readonly version: number,
    readonly text: string,
    private readonly snapshot: MatchSnapshot,
    /** Computes the headings of `text` when first asked: typing (highlights, decorations) never needs them. */
    private readonly computeHeadings: () => readonly Heading[],
    /** The blocks of `text`, read at once by whoever asks (the scan's own, while it still has this text). */
    private readonly computeBlocks: () => readonly Block[],
    readonly pack: CompiledPack,
  ) {}

  get uri(): string {
    return this.doc.uri;
  }

  /** Every match, in document order. Prefer the queries below on the typing path: this makes the list. */
  get matches(): readonly Match[] {
    return this.snapshot.all;
  }

  get headings(): readonly Heading[] {
    return (this.headingList ??= this.computeHeadings());
  }

  /**
   * The blocks of the text: the incremental scan's own objects while it still holds this text. A block
   * an edit did not touch is the same object in the next version (the lint keeps its findings by it).
   */
  blocks(): readonly Block[] {
    return this.computeBlocks();
  }

  /** The matches that overlap [from, to), in document order. */
  matchesOverlapping(from: number, to: number): Match[] {
    return this.snapshot.overlapping(from, to);
  }

  /** Why an ambiguous name was read as it was (the hover shows it); undefined for a name with one reading. */
  senseReason(m: Match): SenseReason | undefined {
    return senseReasonOf(this.text, this.computeBlocks(), this.pack, m);
  }

  /** The paragraphs' spans, for co-occurrence in the graph (computed once). */
  paragraphs(): readonly Span[] {
    return (this.paragraphList ??= paragraphSpans(this.computeBlocks()));
  }

  /** Offsets ↔ positions: the document's own line model while it has this text, else our index of it. */
  private current(): boolean {
    return !this.doc.isClosed && this.doc.version === this.version;
  }

  private index(): LineIndex {
    return (this.lines ??= new LineIndex(this.text));
  }

  position(offset: number): Position {
    return this.current() ? this.doc.positionAt(offset) : this.index().positionAt(offset);
  }

  offset(pos: Position): number {
    return this.current() ? this.doc.offsetAt(pos) : this.index().offsetAt(pos);
  }

  range(m: { start: number; end: number }): Range {
    return { start: this.position(m.start), end: this.position(m.end) };
  }

  /**
   * The match under a position: the one the position is in, else one that ends right there (a cursor
   * right after a match counts, as VS Code does for words). Where two matches touch (大模型涌现), the
   * position between them is in the second one.
   */
  matchAt(pos: Position): Match | undefined {
    return this.snapshot.at(this.offset(pos));
  }

  /** The matches that overlap lines [fromLine, toLine). */
  matchesInLines(fromLine: number, toLine: number): Match[] {
    const lineCount = this.current() ? this.doc.lineCount : this.index().lineCount;
    const lineStart = (line: number): number => (line >= lineCount ? this.text.length : this.offset({ line: Math.max(0, line), character: 0 }));
    return this.snapshot.overlapping(lineStart(fromLine), lineStart(toLine));
  }

  /** The match a selection is on: the one a non-empty selection starts in, else the one at the cursor. */
  matchAtSelection(selection: { readonly isEmpty: boolean; readonly active: Position; readonly start: Position }): Match | undefined {
    return this.matchAt(selection.isEmpty ? selection.active : selection.start);
  }

  /** The first heading that holds an occurrence of the concept (computed once for all concepts). */
  headingNaming(concept: number): Heading | undefined {
    if (!this.namingHeadings) {
      this.namingHeadings = new Map();
      for (const h of this.headings)
        for (const m of this.snapshot.overlapping(h.start, h.end))
          if (m.start >= h.start && m.end <= h.end && !this.namingHeadings.has(m.concept)) this.namingHeadings.set(m.concept, h);
    }
    return this.namingHeadings.get(concept);
  }

  /** How many times the concept occurs in the document. */
  countOf(concept: number): number {
    return this.countByConcept()[concept] ?? 0;
  }

  /** Occurrences of every concept, indexed by concept. */
  countByConcept(): Int32Array {
    return (this.counts ??= this.snapshot.countByConcept(this.pack.concepts.length));
  }

  conceptId(m: Match): string {
    return this.pack.concepts[m.concept]!.id;
  }

  occurrencesOf(concept: number): Match[] {
    return this.snapshot.occurrencesOf(concept);
  }

  /**
   * The ranges that are not prose in the block around `offset` (pairs of offsets): the whole block when
   * it is code, math, HTML or front matter. Only that block is read, so the typing path can ask.
   */
  exclusionsAt(offset: number): number[] {
    const blocks = this.computeBlocks();
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = blocks[mid]!;
      if (b.end < offset) lo = mid + 1;
      else if (b.start > offset) hi = mid - 1;
      else return isProseBlock(b.kind) ? blockExclusions(this.text, b) : [b.start, b.end];
    }
    return [];
  }

  sectionOf(offset: number): Heading | undefined {
    return sectionAt(this.headings, offset);
  }
}
