// Reads each ambiguous name in context. The nearest scope with evidence decides: the sentence, then
// the paragraph (list item, heading), then the section with its heading (and the sections around it),
// then the document with its front-matter title, tags and categories. In a scope, each reading's
// evidence is the weight of its distinct cues there; the reading with the most wins once it reaches
// 1, a tie going to the reading that stands without evidence. Cues are found per block, once, and
// only for the blocks a decision reaches, so a document whose names are decided nearby costs little.

import { isProseBlock, type Block } from '../../markdown/blocks';
import { cuesOfBlock, findCues, sentenceAround, sentenceCues, sentenceEnds, type BlockCues } from './blockCues';
import type { SenseRules } from './senseRules';

/** Scopes as decisions report them, nearest first (SCOPES in packTypes.ts). */
export const SENTENCE = 0;
export const PARAGRAPH = 1;
export const SECTION = 2;
export const DOCUMENT = 3;

export interface SenseDecision {
  /** Index of the reading in the ambiguity's readings. */
  reading: number;
  /** The scope whose evidence decided, or -1: no evidence anywhere, the fallback stands. */
  scope: number;
  /** One cue of the chosen reading in that scope (its id), or -1. */
  cue: number;
}

/** Cues of blocks, kept across the versions of a document (a block that an edit replaces is a new object). */
export type CueCache = WeakMap<Block, BlockCues>;

interface Verdict {
  reading: number;
  cue: number;
}

const UNDECIDED: Verdict = { reading: -1, cue: -1 };

export class DocumentSenses {
  /** For each block, the index of the heading whose section it is in (itself for a heading), or -1. */
  private readonly sectionOf: Int32Array;
  /** For each heading block, the block index where its section ends, and its parent heading. */
  private readonly sectionEnd: Int32Array;
  private readonly parent: Int32Array;
  private readonly decided = new Map<string, Verdict>();
  private readonly sections = new Map<number, Set<number>>();
  private documentIds: Set<number> | undefined;
  private frontMatter: Set<number> | undefined;

  constructor(
    private readonly text: string,
    private readonly blocks: readonly Block[],
    private readonly rules: SenseRules,
    private readonly cache: CueCache = new WeakMap(),
  ) {
    const n = blocks.length;
    this.sectionOf = new Int32Array(n).fill(-1);
    this.sectionEnd = new Int32Array(n).fill(n);
    this.parent = new Int32Array(n).fill(-1);
    const open: number[] = [];
    for (let b = 0; b < n; b++) {
      const block = blocks[b]!;
      if (block.kind === 'heading') {
        while (open.length > 0 && blocks[open[open.length - 1]!]!.level >= block.level) this.sectionEnd[open.pop()!] = b;
        this.parent[b] = open.length > 0 ? open[open.length - 1]! : -1;
        open.push(b);
      }
      this.sectionOf[b] = open.length > 0 ? open[open.length - 1]! : -1;
    }
  }

  /** How the name of ambiguity `ambiguity` at `offset` (absolute) in block `b` is read. */
  decide(b: number, ambiguity: number, offset: number): SenseDecision {
    const block = this.blocks[b]!;
    const cues = this.cuesOf(b);
    if (cues.distinct.length > 0) {
      const ends = (cues.sentenceEnds ??= sentenceEnds(this.text, block));
      const [s, e] = sentenceAround(ends, offset - block.start, block.contentEnd - block.start);
      const v = this.cached(`s${b}:${s}:${ambiguity}`, () => this.weigh(ambiguity, SENTENCE, sentenceCues(this.text, block, cues, Math.max(s, block.contentStart - block.start), e, this.rules)));
      if (v.reading >= 0) return { reading: v.reading, scope: SENTENCE, cue: v.cue };
      const p = this.cached(`p${b}:${ambiguity}`, () => this.weigh(ambiguity, PARAGRAPH, cues.distinct));
      if (p.reading >= 0) return { reading: p.reading, scope: PARAGRAPH, cue: p.cue };
    }
    for (let h = this.sectionOf[b]!; h >= 0; h = this.parent[h]!) {
      const heading = h;
      const v = this.cached(`h${heading}:${ambiguity}`, () => this.weigh(ambiguity, SECTION, this.sectionCues(heading)));
      if (v.reading >= 0) return { reading: v.reading, scope: SECTION, cue: v.cue };
    }
    const d = this.cached(`d:${ambiguity}`, () => this.weighDocument(ambiguity));
    if (d.reading >= 0) return { reading: d.reading, scope: DOCUMENT, cue: d.cue };
    return { reading: this.rules.ambiguities[ambiguity]!.fallback, scope: -1, cue: -1 };
  }

  private cached(key: string, make: () => Verdict): Verdict {
    let v = this.decided.get(key);
    if (v === undefined) this.decided.set(key, (v = make()));
    return v;
  }

  private cuesOf(b: number): BlockCues {
    const block = this.blocks[b]!;
    let cues = this.cache.get(block);
    if (cues === undefined) this.cache.set(block, (cues = isProseBlock(block.kind) ? cuesOfBlock(this.text, block, this.rules) : EMPTY));
    return cues;
  }

  private sectionCues(heading: number): Set<number> {
    let ids = this.sections.get(heading);
    if (ids) return ids;
    ids = new Set<number>();
    for (let b = heading; b < this.sectionEnd[heading]!; b++) for (const id of this.cuesOf(b).distinct) ids.add(id);
    this.sections.set(heading, ids);
    return ids;
  }

  /** The whole document at the document's weight; the front matter's title, tags and categories at the section's. */
  private weighDocument(ambiguity: number): Verdict {
    const ids = (this.documentIds ??= this.allCues());
    const fm = this.frontMatterCues();
    const weights = this.rules.ambiguities[ambiguity]!.weights;
    return this.weighWith(ambiguity, (id) => Math.max(ids.has(id) ? weights[DOCUMENT]! : 0, fm.has(id) ? weights[SECTION]! : 0), new Set([...ids, ...fm]));
  }

  private allCues(): Set<number> {
    const ids = new Set<number>();
    for (let b = 0; b < this.blocks.length; b++) for (const id of this.cuesOf(b).distinct) ids.add(id);
    return ids;
  }

  private frontMatterCues(): Set<number> {
    if (this.frontMatter) return this.frontMatter;
    const block = this.blocks[0];
    const found = new Set<number>();
    if (block && block.kind === 'frontmatter') {
      const ranges = frontMatterValueRanges(this.text, block);
      for (let k = 0; k < ranges.length; k += 2) for (const id of findCues(this.text, ranges[k]!, ranges[k + 1]!, this.rules)) found.add(id);
    }
    return (this.frontMatter = found);
  }

  private weigh(ambiguity: number, scope: number, ids: Iterable<number>): Verdict {
    const w = this.rules.ambiguities[ambiguity]!.weights[scope]!;
    return this.weighWith(ambiguity, () => w, ids);
  }

  /** The reading with the most evidence (at least 1), a tie going to the fallback, else to the first. */
  private weighWith(ambiguity: number, weightOf: (cue: number) => number, ids: Iterable<number>): Verdict {
    const a = this.rules.ambiguities[ambiguity]!;
    let evidence: Float64Array | undefined;
    let firstCue: Int32Array | undefined;
    for (const id of ids) {
      const pairs = this.rules.speaksFor[id]!;
      for (let k = 0; k < pairs.length; k += 2) {
        if (pairs[k] !== ambiguity) continue;
        const r = pairs[k + 1]!;
        evidence ??= new Float64Array(a.readings.length);
        firstCue ??= new Int32Array(a.readings.length).fill(-1);
        evidence[r]! += weightOf(id);
        if (firstCue[r] === -1) firstCue[r] = id;
      }
    }
    if (!evidence || !firstCue) return UNDECIDED;
    let best = -1;
    for (let r = 0; r < evidence.length; r++) {
      if (evidence[r]! < 1) continue;
      if (best < 0 || evidence[r]! > evidence[best]! || (evidence[r] === evidence[best] && r === a.fallback)) best = r;
    }
    return best < 0 ? UNDECIDED : { reading: best, cue: firstCue[best]! };
  }
}

const EMPTY: BlockCues = { distinct: new Int32Array(0) };

/** Keys of front matter (Hexo, Hugo, Jekyll) whose values say what a document is about. */
const ABOUT_KEYS = new Set(['title', 'subtitle', 'tags', 'tag', 'categories', 'category', 'keywords', 'description', 'summary']);

/** The value ranges of those keys in a front-matter block: `title: …`, and the `- item` lines of a list under `tags:`. */
export function frontMatterValueRanges(text: string, block: Block): number[] {
  const out: number[] = [];
  let inAbout = false;
  let at = block.start;
  while (at < block.end) {
    let eol = text.indexOf('\n', at);
    if (eol < 0 || eol > block.end) eol = block.end;
    const key = /^([A-Za-z_]+)[ \t]*:/.exec(text.slice(at, Math.min(eol, at + 40)));
    if (key) {
      inAbout = ABOUT_KEYS.has(key[1]!.toLowerCase());
      if (inAbout) out.push(at + key[0].length, eol);
    } else if (inAbout && /^[ \t-]/.test(text.charAt(at))) out.push(at, eol);
    else inAbout = false;
    at = eol + 1;
  }
  return out;
}
