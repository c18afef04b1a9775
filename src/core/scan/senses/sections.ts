// The sections of a document by its blocks: which heading holds each block, where each section ends,
// and which sections hold a place an edit changed.

import type { Block } from '../../markdown/blocks';

/** For each block its section's heading (-1: none), for each heading where its section ends and its parent (-1: none). */
export interface SectionIndex {
  sectionOf: Int32Array;
  sectionEnd: Int32Array;
  parent: Int32Array;
}

/**
 * The headings whose sections hold blocks that an edit puts at index `at`, for each index given: those of
 * the block before (itself if it is a heading, and its parents), none at the top.
 */
export function headingsAround(blocks: readonly Block[], ats: readonly number[]): Set<Block> {
  const out = new Set<Block>();
  if (ats.length === 1) {
    // The nearest heading before, then each nearer one of a higher rank: the chain sectionsOf() would give.
    let level = 7;
    for (let i = ats[0]! - 1; i >= 0 && level > 1; i--) {
      const b = blocks[i]!;
      if (b.kind === 'heading' && b.level < level) {
        out.add(b);
        level = b.level;
      }
    }
    return out;
  }
  // Several places: one pass forward with the stack of open sections, which at each place is its chain
  // (a walk back from each would cost the document's length per place).
  const sorted = [...ats].sort((x, y) => x - y);
  const open: Block[] = [];
  let k = 0;
  for (let b = 0; k < sorted.length; b++) {
    for (; k < sorted.length && sorted[k]! <= b; k++) for (const h of open) out.add(h);
    if (b >= blocks.length) break;
    const block = blocks[b]!;
    if (block.kind !== 'heading') continue;
    while (open.length > 0 && open[open.length - 1]!.level >= block.level) open.pop();
    open.push(block);
  }
  return out;
}

/** Each block's section (its nearest heading, itself for a heading), and each heading's end and parent. */
export function sectionsOf(blocks: readonly Block[]): SectionIndex {
  const n = blocks.length;
  const sectionOf = new Int32Array(n).fill(-1);
  const sectionEnd = new Int32Array(n).fill(n);
  const parent = new Int32Array(n).fill(-1);
  const open: number[] = [];
  for (let b = 0; b < n; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading') {
      while (open.length > 0 && blocks[open[open.length - 1]!]!.level >= block.level) sectionEnd[open.pop()!] = b;
      parent[b] = open.length > 0 ? open[open.length - 1]! : -1;
      open.push(b);
    }
    sectionOf[b] = open.length > 0 ? open[open.length - 1]! : -1;
  }
  return { sectionOf, sectionEnd, parent };
}
