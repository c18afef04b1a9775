// Which cue the hover names when a scope wider than the sentence decided. The scope's first cue for
// the reading is often in the name's own sentence, where it did not decide (it tied there, or weighed
// too little): saying "this paragraph mentions X" then points at the wrong words. A cue of the same
// reading that the nearer scopes do not hold is what tipped it; the hover asks for it once, so this
// pass is not on the scan's path.

import { isProseBlock, type Block } from '../../markdown/blocks';
import { cuesOfBlock, NO_CUES, sentenceIndex, type BlockCues } from './blockCues';
import { DOCUMENT_BLOCKS, frontMatterCues, type DocumentSenses } from './documentSenses';
import { DOCUMENT, PARAGRAPH, SECTION } from './senseDecision';
import type { SenseRules } from './senseRules';

export interface DecidedName {
  block: number;
  /** The name's offset (absolute). */
  offset: number;
  ambiguity: number;
  reading: number;
  /** SENTENCE…DOCUMENT: the scope that decided. */
  scope: number;
  /** The cue decide() reported (its id), kept when no other fits. */
  cue: number;
}

/** The cue to name for a decision: one of its reading in its scope that the nearer scopes lack, else its own. */
export function decidingCue(text: string, blocks: readonly Block[], rules: SenseRules, senses: DocumentSenses, d: DecidedName): number {
  const cuesAt = (b: number): BlockCues => (isProseBlock(blocks[b]!.kind) ? cuesOfBlock(text, blocks[b]!, rules, []) : NO_CUES);
  const own = cuesAt(d.block);
  let nearer: Set<number>;
  let wider: number[];
  if (d.scope === PARAGRAPH) {
    nearer = sentenceCues(own, d.offset - blocks[d.block]!.start, blocks[d.block]!);
    wider = [...own.distinct];
  } else if (d.scope === SECTION) {
    const h = senses.decidingSection(d.block, d.ambiguity);
    if (h < 0) return d.cue;
    // Nearer: the name's paragraph, or the section inside the deciding one that holds it.
    const chain = senses.sectionChain(d.block);
    const inner = chain[chain.indexOf(h) - 1];
    nearer = new Set(inner === undefined ? own.distinct : cuesOfBlocks(cuesAt, inner, senses.sectionEnd(inner)));
    wider = cuesOfBlocks(cuesAt, h, senses.sectionEnd(h));
  } else if (d.scope === DOCUMENT) {
    const outer = senses.sectionChain(d.block).pop();
    nearer = new Set(outer === undefined ? own.distinct : cuesOfBlocks(cuesAt, outer, senses.sectionEnd(outer)));
    wider = cuesOfBlocks(cuesAt, 0, Math.min(blocks.length, DOCUMENT_BLOCKS));
    if (blocks[0]?.kind === 'frontmatter') wider.push(...frontMatterCues(text, blocks[0], rules));
  } else return d.cue;
  for (const id of wider) if (!nearer.has(id) && speaksFor(rules, id, d.ambiguity, d.reading)) return id;
  return d.cue;
}

/** The distinct cues of the sentence that holds relative offset `at` of a block. */
function sentenceCues(cues: BlockCues, at: number, block: Block): Set<number> {
  const ends = cues.sentenceEnds;
  const i = sentenceIndex(ends, at);
  const s = Math.max(i > 0 ? ends[i - 1]! : 0, block.contentStart - block.start);
  const e = i < ends.length ? ends[i]! : block.contentEnd - block.start;
  const out = new Set<number>();
  const hits = cues.hits ?? [];
  for (let k = 0; k < hits.length; k += 2) if (hits[k + 1]! >= s && hits[k + 1]! < e) out.add(hits[k]!);
  return out;
}

/** The distinct cues of blocks [from, to), in text order. */
function cuesOfBlocks(cuesAt: (b: number) => BlockCues, from: number, to: number): number[] {
  const out = new Set<number>();
  for (let b = from; b < to; b++) for (const id of cuesAt(b).distinct) out.add(id);
  return [...out];
}

function speaksFor(rules: SenseRules, id: number, ambiguity: number, reading: number): boolean {
  const pairs = rules.speaksFor[id]!;
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === ambiguity && pairs[k + 1] === reading) return true;
  return false;
}
