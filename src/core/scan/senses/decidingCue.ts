// Which cue the hover and `concept-lens readings` name when a scope wider than the sentence decided.
// The scope's first cue for the reading is often in the name's own sentence, where it did not decide
// (it tied there, or weighed too little): "this paragraph mentions X" would then point at the wrong
// words. A cue of the same reading that the nearer scopes lack is what tipped it. Each section's and
// the opening's cues are listed once, so naming the cue of every name in a file stays linear.

import type { Block } from '../../markdown/blocks';
import { sentenceEnd, sentenceIndex, sentenceStart, type BlockCues } from './blockCues';
import { DOCUMENT_BLOCKS, frontMatterCues } from './documentOpening';
import type { DocumentSenses } from './documentSenses';
import { cueOfDecision, DOCUMENT, isTie, PARAGRAPH, scopeOfDecision, SECTION, readingOfDecision, type SenseDecision } from './senseDecision';
import type { SenseRules } from './senseRules';

/** Keys of listOf() beside the sections' headings. */
const OPENING = -1;
const FRONT_MATTER = -2;

export class DecidingCues {
  /** Each section's distinct cues in text order, by heading; the opening's and the front matter's by OPENING and FRONT_MATTER. */
  private readonly lists = new Map<number, number[]>();
  /** The same, as sets of their bases (SenseRules.baseOf), for asking whether a nearer scope holds a cue. */
  private readonly sets = new Map<number, Set<number>>();

  constructor(
    private readonly text: string,
    private readonly blocks: readonly Block[],
    private readonly rules: SenseRules,
    private readonly senses: DocumentSenses,
  ) {}

  /** The cue (id) to name for decision `d` of the name at `offset` in block `b`, or -1: none. */
  cueOf(b: number, offset: number, ambiguity: number, d: SenseDecision): number {
    const own = cueOfDecision(d);
    const scope = scopeOfDecision(d);
    // A tie that stood names a cue of the tied scope; no scope, or the writer's choice, names none.
    if (isTie(d) || scope < PARAGRAPH || scope > DOCUMENT) return own;
    const reading = readingOfDecision(d);
    const cues = this.senses.cuesAt(b);
    // Nearer cues by their base (SenseRules.baseOf): a cue and a remainder of it are one cue.
    const baseOf = this.rules.baseOf;
    let nearer: Set<number>;
    let wider: readonly number[];
    if (scope === PARAGRAPH) {
      nearer = sentenceCues(cues, offset - this.blocks[b]!.start, this.blocks[b]!, baseOf);
      wider = cues.distinct;
    } else if (scope === SECTION) {
      const h = this.senses.decidingSection(b, ambiguity);
      if (h < 0) return own;
      // Nearer: the name's paragraph, or the section inside the deciding one that holds it.
      const chain = this.senses.sectionChain(b);
      const inner = chain[chain.indexOf(h) - 1];
      nearer = inner === undefined ? basesOf(cues.distinct, baseOf) : this.setOf(inner);
      wider = this.listOf(h);
    } else {
      const outer = this.senses.sectionChain(b).pop();
      nearer = outer === undefined ? basesOf(cues.distinct, baseOf) : this.setOf(outer);
      // The front matter weighs as a section, the opening as the document: a scope that weighs nothing decided nothing.
      const weights = this.rules.ambiguities[ambiguity]!.weights;
      wider = [...(weights[SECTION]! > 0 ? this.listOf(FRONT_MATTER) : []), ...(weights[DOCUMENT]! > 0 ? this.listOf(OPENING) : [])];
    }
    for (const id of wider) if (!nearer.has(baseOf[id]!) && speaksFor(this.rules, id, ambiguity, reading)) return id;
    return own;
  }

  /** The distinct cues of the section of heading `h`, of the OPENING or of the FRONT_MATTER, in text order. */
  private listOf(h: number): number[] {
    let list = this.lists.get(h);
    if (list === undefined) {
      const out = new Set<number>();
      if (h === FRONT_MATTER) {
        if (this.blocks[0]?.kind === 'frontmatter') for (const id of frontMatterCues(this.text, this.blocks[0], this.rules)) out.add(id);
      } else {
        const [from, to] = h === OPENING ? [0, Math.min(this.blocks.length, DOCUMENT_BLOCKS)] : [h, this.senses.sectionEnd(h)];
        for (let b = from; b < to; b++) for (const id of this.senses.cuesAt(b).distinct) out.add(id);
      }
      this.lists.set(h, (list = [...out]));
    }
    return list;
  }

  private setOf(h: number): Set<number> {
    let set = this.sets.get(h);
    if (set === undefined) this.sets.set(h, (set = basesOf(this.listOf(h), this.rules.baseOf)));
    return set;
  }
}

/** The distinct cues (by base) of the sentence that holds relative offset `at` of a block. */
function sentenceCues(cues: BlockCues, at: number, block: Block, baseOf: Int32Array): Set<number> {
  const i = sentenceIndex(cues.sentenceEnds, at);
  const s = sentenceStart(cues.sentenceEnds, i, block);
  const e = sentenceEnd(cues.sentenceEnds, i, block);
  const out = new Set<number>();
  const hits = cues.hits ?? [];
  for (let k = 0; k < hits.length; k += 2) if (hits[k + 1]! >= s && hits[k + 1]! < e) out.add(baseOf[hits[k]!]!);
  return out;
}

function basesOf(ids: readonly number[], baseOf: Int32Array): Set<number> {
  const out = new Set<number>();
  for (const id of ids) out.add(baseOf[id]!);
  return out;
}

function speaksFor(rules: SenseRules, id: number, ambiguity: number, reading: number): boolean {
  const pairs = rules.speaksFor[id]!;
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === ambiguity && pairs[k + 1] === reading) return true;
  return false;
}
