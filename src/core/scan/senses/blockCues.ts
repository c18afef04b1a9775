// The cues a block holds, found by the cue automaton, and where its sentences end. Both are made once
// per block and only when a decision needs them; offsets are relative to the block's start, so an
// edit that shifts a block (the incremental scan) keeps them valid.

import type { Block } from '../../markdown/blocks';
import { Ch } from '../../text/charCodes';
import { cueText } from '../../text/cueText';
import { scanRange, type Match } from '../scanner';
import type { SenseRules } from './senseRules';

export interface BlockCues {
  /** The block's distinct cue ids. */
  distinct: Int32Array;
  /** Relative offsets where a sentence ends (after its closing mark), ascending; made on first use. */
  sentenceEnds?: Int32Array;
  /** Distinct cue ids of the sentences asked about, by their relative start. */
  sentences?: Map<number, Int32Array>;
}

const NONE: readonly number[] = [];

/**
 * The distinct cues of [from, to) of `text`. The text is read as cueText() makes it, so that a cue is
 * found across a wrapped line, emphasis and the space a writer puts beside a Chinese word (随机 变量).
 */
export function findCues(text: string, from: number, to: number, rules: SenseRules): Int32Array {
  const folded = cueText(text.slice(from, to));
  const found: Match[] = [];
  scanRange(folded, 0, folded.length, NONE, { automaton: rules.cueAutomaton, surfaces: rules.cueSurfaces }, found);
  const seen = new Set<number>();
  for (const m of found) seen.add(m.concept);
  return Int32Array.from(seen);
}

/** A prose block's cues: its whole text, inline code and math included (a formula is a cue too: "bits"). */
export function cuesOfBlock(text: string, block: Block, rules: SenseRules): BlockCues {
  return { distinct: findCues(text, block.contentStart, block.contentEnd, rules) };
}

/** The cues of the sentence [s, e) of a block (offsets relative to its start), found once. */
export function sentenceCues(text: string, block: Block, cues: BlockCues, s: number, e: number, rules: SenseRules): Int32Array {
  const sentences = (cues.sentences ??= new Map());
  let ids = sentences.get(s);
  if (ids === undefined) sentences.set(s, (ids = findCues(text, block.start + s, block.start + e, rules)));
  return ids;
}

/** Where the sentences of a block end, relative to its start: after 。！？；, and after . ! ? ; before a space. */
export function sentenceEnds(text: string, block: Block): Int32Array {
  const ends: number[] = [];
  const stop = block.contentEnd;
  for (let i = block.contentStart; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) ends.push(i + 1 - block.start);
    else if ((c === Ch.Dot || c === 0x21 || c === 0x3f || c === 0x3b) && (i + 1 >= stop || isSpace(text.charCodeAt(i + 1)))) ends.push(i + 1 - block.start);
  }
  return Int32Array.from(ends);
}

function isSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.LineFeed || c === Ch.CarriageReturn;
}

/** The sentence of relative offset `at`: [start, end) relative to the block. */
export function sentenceAround(ends: Int32Array, at: number, blockLength: number): [number, number] {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? ends[lo - 1]! : 0, lo < ends.length ? ends[lo]! : blockLength];
}
