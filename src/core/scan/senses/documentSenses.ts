// Reads each ambiguous name in context. The nearest scope with evidence decides: the sentence, then
// the paragraph (list item, heading), then the section with its heading (and the sections around it),
// then the document's opening (its first DOCUMENT_BLOCKS blocks) with its front-matter title, tags and
// categories. In a scope, each reading's evidence is the weight of its distinct cues there; the reading
// with the most wins once it reaches 1. A tie is left to the next wider scope; if none breaks it, the
// nearest tie stands (going to the reading that stands without evidence when that is one of the tied).
// Cues are found per block, once, and only for the blocks a decision reaches, so a document whose names
// are decided nearby costs little.

import { isProseBlock, type Block } from '../../markdown/blocks';
import { cuesOfBlock, firstHitFrom, keepVerdict, keptVerdict, NO_CUES, sentenceEnd, sentenceIndex, sentenceStart, type BlockCues, type ScannedRanges } from './blockCues';
import { CueScratch } from './cueScratch';
import { DOCUMENT_BLOCKS, frontMatterCues } from './documentOpening';
import { SenseTally } from './senseTally';
import { ambiguityBit, type SenseRules } from './senseRules';
import { sectionsOf, type SectionIndex } from './sections';
import { NO_CHOICES, type WriterChoices } from './writerChoices';
import { CHOSEN, decision, DOCUMENT, ENCLOSING, NO_SCOPE, PARAGRAPH, SECTION, SENTENCE, TIED, UNDECIDED, type SenseDecision, type Verdict } from './senseDecision';

/**
 * Cues of blocks, index by index with the blocks (undefined until a decision needs them). The incremental
 * scan keeps it across versions, replacing the entries of the blocks an edit replaces.
 */
export type CueSlots = (BlockCues | undefined)[];

/** What readings learnt beyond their blocks, for the next version of the document (see IncrementalScan.keepReadings). */
export interface DocumentContext {
  /** The document's verdicts by ambiguity, kept while the opening's cues and the front matter's stay. */
  verdicts: Map<number, number>;
  /** The cues of the opening, each with the number of its blocks that hold it (an edit updates them). */
  openingCues: Map<number, number> | undefined;
  frontMatter: Set<number> | undefined;
  /**
   * Each section's verdicts by its heading, by ambiguity (only those asked for: a pack may have hundreds),
   * kept for a heading block while edits keep its section's blocks' cues.
   */
  sections: Map<Block, Map<number, Verdict>>;
  /** Each block's section, by index (see sectionsOf), kept while edits keep the headings and the number of blocks. */
  sectionIndex: SectionIndex | undefined;
}

/**
 * How far beyond their own block the decisions of a block reached: the outermost section they weighed
 * (its heading), and whether the document decided or was weighed. An edit elsewhere can change them only
 * by changing the cues of that section or of the document's opening.
 */
export interface Reach {
  heading: Block | undefined;
  document: boolean;
}

export class DocumentSenses {
  /** Made when a decision first reaches a section: for each block its section's heading, for each heading where its section ends and its parent. */
  private sections: SectionIndex | undefined;
  private readonly sectionVerdicts: Map<Block, Map<number, Verdict>>;
  /** The outermost section heading (index) and the document scope that decisions reached since takeReach(). */
  private reachHeading = -1;
  private reachDocument = false;
  private readonly documentVerdicts: Map<number, Verdict>;
  private openingCues: Map<number, number> | undefined;
  private frontMatter: Set<number> | undefined;
  private readonly tally: SenseTally;
  /** Scratch for the cue pass: a block's hits and where its sentences end. */
  private readonly cueScratch = new CueScratch();

  constructor(
    private readonly text: string,
    private readonly blocks: readonly Block[],
    private readonly rules: SenseRules,
    private readonly slots: CueSlots = [],
    /** What the previous version of the document learnt about the whole document, when an edit kept its cues. */
    carried?: DocumentContext,
    /** The readings the writer chose for the document: they stand wherever their names are. */
    private readonly choices: WriterChoices = NO_CHOICES,
    /** The excluded ranges of the blocks the name scan read, if it kept them: the cue pass needs them too. */
    private readonly scanned?: ScannedRanges,
  ) {
    this.documentVerdicts = carried?.verdicts ?? new Map();
    this.sectionVerdicts = carried?.sections ?? new Map();
    this.sections = carried?.sectionIndex;
    this.openingCues = carried?.openingCues;
    this.frontMatter = carried?.frontMatter;
    this.tally = new SenseTally(rules);
  }

  /** The document-wide cues and verdicts found so far, for the next version if an edit keeps them. */
  documentContext(): DocumentContext {
    return { verdicts: this.documentVerdicts, openingCues: this.openingCues, frontMatter: this.frontMatter, sections: this.sectionVerdicts, sectionIndex: this.sections };
  }

  /** How far the decisions since the last call reached (undefined: no further than their own block), and starts again. */
  takeReach(): Reach | undefined {
    const h = this.reachHeading;
    const reach = h >= 0 || this.reachDocument ? { heading: h >= 0 ? this.blocks[h] : undefined, document: this.reachDocument } : undefined;
    this.reachHeading = -1;
    this.reachDocument = false;
    return reach;
  }

  /** How the name of ambiguity `ambiguity` at `offset` (absolute) in block `b` is read. */
  decide(b: number, ambiguity: number, offset: number): SenseDecision {
    const chosen = this.choices.get(ambiguity);
    if (chosen !== undefined) return chosen | (CHOSEN << 4);
    const block = this.blocks[b]!;
    const cues = this.cuesOf(b);
    const bit = ambiguityBit(ambiguity);
    // A tie in a scope is settled by the next wider one; if none breaks it, the nearest tie stands.
    let tie: SenseDecision | undefined;
    // A block none of whose cues speaks for this name leaves its sentence and paragraph undecided.
    if ((cues.mask & bit) !== 0) {
      // A block's own verdicts depend on its text alone: they are kept with its cues, across versions.
      const ends = cues.sentenceEnds;
      const i = sentenceIndex(ends, offset - block.start);
      const k = this.rules.ambiguities.length;
      const sk = (i + 1) * k + ambiguity;
      let v = keptVerdict(cues, sk);
      if (v === undefined) {
        v = keepVerdict(cues, sk, this.weighSentence(ambiguity, cues.hits ?? [], sentenceStart(ends, i, block), sentenceEnd(ends, i, block)));
      }
      if (v !== UNDECIDED) {
        if ((v & TIED) === 0) return decision(v, SENTENCE);
        tie = decision(v, SENTENCE);
      }
      let p = keptVerdict(cues, ambiguity);
      if (p === undefined) {
        const w = this.rules.ambiguities[ambiguity]!.weights[PARAGRAPH]!;
        p = keepVerdict(cues, ambiguity, this.tally.weigh(ambiguity, () => w, cues.distinct, true));
      }
      if (p !== UNDECIDED) {
        if ((p & TIED) === 0) return decision(p, PARAGRAPH);
        tie ??= decision(p, PARAGRAPH);
      }
    }
    const sections = this.sectionIndex();
    const own = sections.sectionOf[b]!;
    for (let h = own; h >= 0; h = sections.parent[h]!) {
      // An outer section starts before an inner one: the smallest index is the furthest reach.
      if (this.reachHeading < 0 || h < this.reachHeading) this.reachHeading = h;
      const v = this.sectionVerdict(ambiguity, h, sections.sectionEnd[h]!);
      if (v === UNDECIDED) continue;
      const d = decision(v, SECTION) | (h === own ? 0 : ENCLOSING);
      if ((v & TIED) === 0) return d;
      tie ??= d;
    }
    this.reachDocument = true;
    const doc = this.documentVerdict(ambiguity);
    if (doc !== UNDECIDED && (doc & TIED) === 0) return decision(doc, DOCUMENT);
    if (tie !== undefined) return tie;
    if (doc !== UNDECIDED) return decision(doc, DOCUMENT);
    return this.rules.ambiguities[ambiguity]!.fallback | NO_SCOPE;
  }

  /**
   * Weighs again, after an edit changed the cues of the section of heading block `h`, the verdicts the
   * section had given; whether each came out as before (then no reading that reached the section changes).
   * A section that gave none has no reading that reached it: a decision that weighs a section keeps its
   * verdict there, and the verdicts go only with every reading that reached them.
   */
  reweighSection(h: number): boolean {
    const verdicts = this.sectionVerdicts.get(this.blocks[h]!);
    if (verdicts === undefined) return true;
    const end = this.sectionIndex().sectionEnd[h]!;
    let same = true;
    for (const [ambiguity, was] of verdicts) {
      const v = this.weighSection(ambiguity, h, end);
      if (v === was) continue;
      verdicts.set(ambiguity, v);
      same = false;
    }
    return same;
  }

  /** Where the section of heading block `h` ends (the index of the first block after it). */
  sectionEnd(h: number): number {
    return this.sectionIndex().sectionEnd[h]!;
  }

  /** The heading of the innermost section around block `b` that reads `ambiguity` without a tie, or -1 (for the hover's cue). */
  decidingSection(b: number, ambiguity: number): number {
    const sections = this.sectionIndex();
    for (let h = sections.sectionOf[b]!; h >= 0; h = sections.parent[h]!) {
      const v = this.sectionVerdict(ambiguity, h, sections.sectionEnd[h]!);
      if (v !== UNDECIDED && (v & TIED) === 0) return h;
    }
    return -1;
  }

  /** The cues of block `b`, found once and kept (see cuesOfBlock). */
  cuesAt(b: number): BlockCues {
    return this.cuesOf(b);
  }

  /** The headings of the sections that hold block `b`, innermost first. */
  sectionChain(b: number): number[] {
    const sections = this.sectionIndex();
    const chain: number[] = [];
    for (let h = sections.sectionOf[b]!; h >= 0; h = sections.parent[h]!) chain.push(h);
    return chain;
  }

  /** The same for the document's verdicts `was` (those it gave before the edit): whether each comes out as before. */
  reweighDocument(was: ReadonlyMap<number, number>): boolean {
    let same = true;
    for (const [ambiguity, v] of was) if (this.documentVerdict(ambiguity) !== v) same = false;
    return same;
  }

  private sectionIndex(): SectionIndex {
    return (this.sections ??= sectionsOf(this.blocks));
  }

  private documentVerdict(ambiguity: number): Verdict {
    let d = this.documentVerdicts.get(ambiguity);
    if (d === undefined) this.documentVerdicts.set(ambiguity, (d = this.weighDocument(ambiguity)));
    return d;
  }

  private sectionVerdict(ambiguity: number, h: number, end: number): Verdict {
    const heading = this.blocks[h]!;
    let vs = this.sectionVerdicts.get(heading);
    if (vs === undefined) this.sectionVerdicts.set(heading, (vs = new Map()));
    let v = vs.get(ambiguity);
    if (v === undefined) vs.set(ambiguity, (v = this.weighSection(ambiguity, h, end)));
    return v;
  }

  private cuesOf(b: number): BlockCues {
    let cues = this.slots[b];
    if (cues === undefined) {
      const block = this.blocks[b]!;
      this.slots[b] = cues = isProseBlock(block.kind) ? cuesOfBlock(this.text, block, this.rules, this.cueScratch, this.scanned, b) : NO_CUES;
    }
    return cues;
  }

  /** A sentence's verdict, from the distinct cues of the hits that start in [s, e) (relative to its block). */
  private weighSentence(ambiguity: number, hits: readonly number[], s: number, e: number): Verdict {
    const w = this.rules.ambiguities[ambiguity]!.weights[SENTENCE]!;
    this.tally.start(ambiguity);
    for (let k = firstHitFrom(hits, s); k < hits.length / 2 && hits[2 * k + 1]! < e; k++) this.tally.add(hits[2 * k]!, w);
    return this.tally.close();
  }

  /**
   * A section's verdict, from the distinct cues of its blocks [heading, end). No set of them is kept:
   * a document has thousands of sections, and only their verdicts are asked for again.
   */
  private weighSection(ambiguity: number, heading: number, end: number): Verdict {
    const w = this.rules.ambiguities[ambiguity]!.weights[SECTION]!;
    this.tally.start(ambiguity);
    const bit = ambiguityBit(ambiguity);
    for (let b = heading; b < end; b++) {
      const cues = this.cuesOf(b);
      if ((cues.mask & bit) !== 0) for (const id of cues.distinct) this.tally.add(id, w);
    }
    return this.tally.close();
  }

  /** The whole document at the document's weight; the front matter's title, tags and categories at the section's. */
  private weighDocument(ambiguity: number): Verdict {
    const ids = (this.openingCues ??= this.countOpeningCues());
    const fm = this.frontMatterCues();
    const weights = this.rules.ambiguities[ambiguity]!.weights;
    return this.tally.weigh(ambiguity, (id) => Math.max(ids.has(id) ? weights[DOCUMENT]! : 0, fm.has(id) ? weights[SECTION]! : 0), new Set([...ids.keys(), ...fm]));
  }

  private countOpeningCues(): Map<number, number> {
    const counts = new Map<number, number>();
    const end = Math.min(this.blocks.length, DOCUMENT_BLOCKS);
    for (let b = 0; b < end; b++) for (const id of this.cuesOf(b).distinct) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }

  private frontMatterCues(): Set<number> {
    const block = this.blocks[0];
    return (this.frontMatter ??= block && block.kind === 'frontmatter' ? frontMatterCues(this.text, block, this.rules) : new Set());
  }
}
