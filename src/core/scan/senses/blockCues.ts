// The cues a block holds, found by the cue automaton, and where its sentences end. Both are made once
// per block and only when a decision needs them; offsets are relative to the block's start, so an
// edit that shifts a block (the incremental scan) keeps them valid.

import type { Block } from '../../markdown/blocks';
import { Ch } from '../../text/charCodes';
import { blockExclusions } from '../../markdown/markdownStructure';
import { mayHoldAddresses } from '../../markdown/inline';
import { cueHits } from './cueHits';
import { CueScratch, IntScratch } from './cueScratch';
import type { SenseRules } from './senseRules';

export interface BlockCues {
  /** The block's distinct cue ids. */
  distinct: readonly number[];
  /** The ambiguities they speak for, as ambiguityBit()s. */
  mask: number;
  /** Each cue found, as (id, start relative to the block) pairs in text order: a sentence's cues are read from them. */
  hits?: number[];
  /**
   * Relative offsets where a sentence ends (after its closing mark), ascending, found by the cue pass;
   * none kept when no cue of the block speaks for a name (mask 0: no decision reads its sentences).
   */
  sentenceEnds: readonly number[];
  /**
   * Verdicts on this block's own evidence, by key: (key, verdict) pairs while few (most blocks hold a
   * name or two, and a Map each would cost thousands of blocks their memory), a Map past that.
   */
  verdicts?: number[] | Map<number, number>;
}

const NONE: readonly number[] = [];

interface FoundCues {
  distinct: readonly number[];
  mask: number;
  /** (id, start) pairs, starts relative to the `base` cuesOfHits() was given. */
  hits: number[] | undefined;
}

/** Finds the cue hits of [from, to) of `text` (see cueHits()) into `scratch`, sorted by start, and where its sentences end; whether there is any. */
function findHits(text: string, from: number, to: number, rules: SenseRules, scratch: CueScratch): boolean {
  scratch.hits.count = 0;
  scratch.ends.count = 0;
  cueHits(text, from, to, rules, scratch.hits, scratch.ends);
  if (scratch.hits.count === 0) return false;
  sortByStart(scratch.hits);
  return true;
}

/** The cues of the sorted hits, each saying what it says inside the longer cues that hold it (saidInside()), their starts less `base`. */
function cuesOfHits(triples: IntScratch, rules: SenseRules, base: number): FoundCues {
  const hits = saidInside(triples, rules, base);
  // Most blocks have no cue: they share one empty list.
  if (hits.length === 0) return { distinct: NONE, mask: 0, hits: undefined };
  // Sized once, then trimmed: a list pushed to would keep room for seventeen to the document's end.
  const ids = new Array<number>(hits.length / 2);
  let n = 0;
  let mask = 0;
  for (let k = 0; k < hits.length; k += 2) {
    const id = hits[k]!;
    let seen = false;
    for (let j = 0; j < n && !seen; j++) seen = ids[j] === id;
    if (seen) continue;
    ids[n++] = id;
    mask |= rules.cueMasks[id]!;
  }
  ids.length = n;
  return { distinct: ids, mask, hits };
}

/**
 * Keeps, in place, the (id, start, end) triples (sorted by start) that start in no address among the
 * sorted, disjoint excluded ranges[from, to): code spans and math are no addresses (see addresses()).
 */
function keepOutside(triples: IntScratch, text: string, ranges: readonly number[], from: number, to: number): void {
  const hits = triples.values;
  let n = 0;
  let r = from;
  for (let k = 0; k < triples.count; k += 3) {
    const at = hits[k + 1]!;
    while (r < to && (ranges[r + 1]! <= at || isCodeOrMath(text, ranges[r]!))) r += 2;
    if (r < to && ranges[r]! <= at) continue;
    hits[n++] = hits[k]!;
    hits[n++] = at;
    hits[n++] = hits[k + 2]!;
  }
  triples.count = n;
}

/** Whether the excluded range that starts at `start` is a code span or math (a formula's "bits" is a cue). */
function isCodeOrMath(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c === Ch.Backtick || c === Ch.Dollar;
}

/** Sorts the (id, start, end) triples by start, in place. Hits are found in the order their ends are: a longer cue may end after a shorter one that starts later. */
function sortByStart(triples: IntScratch): void {
  const hits = triples.values;
  let sorted = true;
  for (let k = 4; k < triples.count && sorted; k += 3) if (hits[k]! < hits[k - 3]!) sorted = false;
  if (sorted) return;
  const order = Array.from({ length: triples.count / 3 }, (_, k) => k).sort((x, y) => hits[3 * x + 1]! - hits[3 * y + 1]!);
  const copy = hits.slice(0, triples.count);
  order.forEach((k, i) => {
    hits[3 * i] = copy[3 * k]!;
    hits[3 * i + 1] = copy[3 * k + 1]!;
    hits[3 * i + 2] = copy[3 * k + 2]!;
  });
}

/**
 * The sorted triples as (id, start - base) pairs, each cue that lies inside a longer one saying what it
 * says there (SenseRules.within): 采样温度 (a sampling temperature) overrules the 温度 (heat) inside it, as
 * a longer name overrules a shorter. Held by several that leave it different things, it says nothing.
 */
function saidInside(triples: IntScratch, rules: SenseRules, base: number): number[] {
  const hits = triples.values;
  const length = triples.count;
  // Sized once (a pair per hit at most): grown push by push, every block's list would be garbage twice over.
  const kept = new Array<number>((length / 3) * 2);
  let n = 0;
  if (rules.within.size === 0 || disjoint(hits, length)) {
    for (let k = 0; k < length; k += 3) {
      kept[n++] = hits[k]!;
      kept[n++] = hits[k + 1]! - base;
    }
    return kept;
  }
  // The earlier hits that reach past this one's start: with those that start with it, the only ones that
  // can hold it (a few at most); open[0, count) holds their indices.
  const open: number[] = [];
  let count = 0;
  for (let k = 0; k < length; k += 3) {
    const start = hits[k + 1]!;
    const own = hits[k]!;
    let id = own;
    let m = 0;
    for (let o = 0; o < count; o++) {
      const j = open[o]!;
      if (hits[j + 2]! <= start) continue;
      open[m++] = j;
      id = agreed(id, saysWithin(hits, j, k, rules), own);
    }
    count = m;
    for (let j = k + 3; j < length && hits[j + 1] === start; j += 3) id = agreed(id, saysWithin(hits, j, k, rules), own);
    open[count++] = k;
    if (id < 0) continue;
    kept[n++] = id;
    kept[n++] = start - base;
  }
  kept.length = n;
  return kept;
}

/** What a cue says when one more holder leaves it `said`, the others having left it `soFar` (`own`: all of it). */
function agreed(soFar: number, said: number, own: number): number {
  if (said === own || said === soFar) return soFar;
  return soFar === own ? said : -1;
}

/** Whether no sorted hit of hits[0, length) starts before an earlier one ends: most blocks, whose cues stand apart. */
function disjoint(hits: readonly number[], length: number): boolean {
  let reach = -1;
  for (let k = 0; k < length; k += 3) {
    if (hits[k + 1]! < reach) return false;
    reach = hits[k + 2]!;
  }
  return true;
}

/** The cue hit `k` says inside hit `j` if `j` is longer and holds it (-1: nothing), else its own. */
function saysWithin(hits: readonly number[], j: number, k: number, rules: SenseRules): number {
  const start = hits[k + 1]!;
  const end = hits[k + 2]!;
  const inner = hits[k]!;
  if (hits[j + 1]! > start || hits[j + 2]! < end || hits[j + 2]! - hits[j + 1]! <= end - start) return inner;
  return rules.within.get(hits[j]! * rules.cueTexts.length + inner) ?? inner;
}

/** The distinct cues of [from, to) of `text`. */
export function findCues(text: string, from: number, to: number, rules: SenseRules): readonly number[] {
  const scratch = new CueScratch();
  return findHits(text, from, to, rules, scratch) ? cuesOfHits(scratch.hits, rules, 0).distinct : NONE;
}

/**
 * A prose block's cues: its whole text, inline code and math included (a formula is a cue too: "bits"),
 * and where its sentences end, found in the same pass into `scratch`: kept only if a cue in the block
 * speaks for some name (most blocks have none, and their ends would be garbage). Cues in addresses do
 * not count, not even over the cues inside them. `scanned`, with `b` the block's index in the blocks it
 * was made for: the inline ranges the name scan read in it, when it read them; else they are parsed
 * again when a cue needs them.
 */
export function cuesOfBlock(text: string, block: Block, rules: SenseRules, scratch: CueScratch, scanned?: ScannedRanges, b = -1): BlockCues {
  if (!findHits(text, block.contentStart, block.contentEnd, rules, scratch)) return NO_CUES;
  if (scanned !== undefined && b >= 0 && scanned.at[2 * b]! >= 0) keepOutside(scratch.hits, text, scanned.ranges, scanned.at[2 * b]!, scanned.at[2 * b + 1]!);
  else {
    const ranges = addresses(text, block);
    keepOutside(scratch.hits, text, ranges, 0, ranges.length);
  }
  const { distinct, mask, hits } = cuesOfHits(scratch.hits, rules, block.start);
  if (distinct.length === 0) return NO_CUES;
  // Every field from the start (verdicts too, set later): one shape, its fields in the object itself.
  return { distinct, mask, hits: hits!, sentenceEnds: mask === 0 ? NONE : relativeTo(scratch.ends, block.start), verdicts: undefined };
}

/** The values of `list` less `base`, as a plain array. */
function relativeTo(list: IntScratch, base: number): number[] {
  const out = new Array<number>(list.count);
  for (let k = 0; k < list.count; k++) out[k] = list.values[k]! - base;
  return out;
}

/**
 * The excluded ranges of a block, among which its addresses are the ranges whose cues do not count: a
 * link's destination, a URL, an autolink, an HTML tag, a file name, heading attributes say nothing of
 * what the prose is about (…/i-converted-the-sequences-into…). Code and math stay (isCodeOrMath()).
 */
function addresses(text: string, block: Block): readonly number[] {
  // Most prose has none of the units an address needs: it is not parsed at all (its cues start past its
  // prefix, the only range blockExclusions() would give it besides code and math).
  return mayHoldAddresses(text, block.contentStart, block.contentEnd) ? blockExclusions(text, block) : NONE;
}

/**
 * The excluded ranges the name scan read in the blocks it was given (none for a block that is not prose),
 * all in one list so that a document's thousands of blocks make no garbage: block b's are
 * ranges[at[2b], at[2b + 1]) when at[2b] ≥ 0.
 */
export interface ScannedRanges {
  ranges: number[];
  at: Int32Array;
}

/** The cues of every block that has none: one shared object, never written (decide() reads no further). */
export const NO_CUES: BlockCues = Object.freeze({ distinct: NONE, mask: 0, sentenceEnds: NONE }) as BlockCues;

/** Past this many verdicts a block's list becomes a Map (a block of endless sentences stays linear). */
const LIST_MAX = 16;

/** The verdict kept under `key`, or undefined. */
export function keptVerdict(cues: BlockCues, key: number): number | undefined {
  const v = cues.verdicts;
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return v.get(key);
  for (let k = 0; k < v.length; k += 2) if (v[k] === key) return v[k + 1];
  return undefined;
}

export function keepVerdict(cues: BlockCues, key: number, verdict: number): number {
  const v = cues.verdicts;
  // Most blocks keep one verdict or two: a list of two to start with, not an empty one that grows to seventeen.
  if (v === undefined) cues.verdicts = [key, verdict];
  else if (!Array.isArray(v)) v.set(key, verdict);
  // A new list of just the right length: one pushed to would keep room for seventeen, and a document keeps thousands to its end.
  else if (v.length < 2 * LIST_MAX) cues.verdicts = [...v, key, verdict];
  else {
    const map = new Map<number, number>();
    for (let k = 0; k < v.length; k += 2) map.set(v[k]!, v[k + 1]!);
    cues.verdicts = map.set(key, verdict);
  }
  return verdict;
}

/** The index (in pairs) of the first hit that starts at or after `s` (relative to the block). */
export function firstHitFrom(hits: readonly number[], s: number): number {
  let lo = 0;
  let hi = hits.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[2 * mid + 1]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The relative start of sentence `i` of a block (see sentenceIndex()): its content's after the last end before it. */
export function sentenceStart(ends: readonly number[], i: number, block: Block): number {
  return Math.max(i > 0 ? ends[i - 1]! : 0, block.contentStart - block.start);
}

/** The relative end of sentence `i` of a block: its content's end after the last end. */
export function sentenceEnd(ends: readonly number[], i: number, block: Block): number {
  return i < ends.length ? ends[i]! : block.contentEnd - block.start;
}

/** Index into `ends` of the end of the sentence that holds relative offset `at` (ends.length: the last, unclosed one). */
export function sentenceIndex(ends: readonly number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
