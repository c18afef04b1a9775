// The prose of one block as the lint reads it: the segments between excluded ranges (code, math,
// links' destinations, HTML), and the scanner's matches in the block, so that a window that overlaps
// a real occurrence is never called a misspelling.

import type { Block } from '../markdown/blocks';
import { blockExclusions } from '../markdown/markdownStructure';
import type { Match } from '../scan/scanner';
import { senseResolver } from '../scan/senses/blockReadings';
import type { CompiledPack } from '../scan/compiledPack';

export interface BlockProse {
  text: string;
  /** [start, end) pairs of prose, absolute, in order. */
  segments: number[];
  /** The block's matches, absolute, in order. */
  matches: readonly Match[];
  /** The concept a surface means in this block (a bare name may take a narrower sense there). */
  conceptOf(surface: number, concept: number): number;
}

/** `excluded`: the block's excluded ranges when the scan kept them (else they are read again here). */
export function blockProse(text: string, block: Block, matches: readonly Match[], cp: CompiledPack, excluded: readonly number[] = blockExclusions(text, block)): BlockProse {
  const segments: number[] = [];
  let at = block.contentStart;
  for (let k = 0; k < excluded.length; k += 2) {
    const s = Math.max(excluded[k]!, block.contentStart);
    const e = Math.min(excluded[k + 1]!, block.contentEnd);
    if (s > at) segments.push(at, Math.min(s, block.contentEnd));
    at = Math.max(at, e);
  }
  if (block.contentEnd > at) segments.push(at, block.contentEnd);
  // Made only when a finding asks: most blocks have none.
  let resolve: ((surface: number, concept: number) => number) | undefined;
  return { text, segments, matches, conceptOf: (surface, concept) => (resolve ??= senseResolver(text, block, cp))(surface, concept) };
}

/**
 * Whether a real occurrence claims [start, end): one overlaps it and is not strictly inside it. A
 * shorter name inside the window (symmetry in "symmetry braking", 对称 in 对称破却) does not count.
 */
export function overlapsMatch(matches: readonly Match[], start: number, end: number): boolean {
  for (let k = firstEndingAfter(matches, start); k < matches.length && matches[k]!.start < end; k++) {
    const m = matches[k]!;
    if (m.start < start || m.end > end || (m.start === start && m.end === end)) return true;
  }
  return false;
}

/** The matches inside [start, end), in order. */
export function matchesWithin(matches: readonly Match[], start: number, end: number): Match[] {
  const out: Match[] = [];
  for (let k = firstEndingAfter(matches, start); k < matches.length && matches[k]!.start < end; k++) if (matches[k]!.start >= start && matches[k]!.end <= end) out.push(matches[k]!);
  return out;
}

/** Index of the first match that ends after `offset` (matches are sorted and do not overlap). */
export function firstEndingAfter(matches: readonly Match[], offset: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
