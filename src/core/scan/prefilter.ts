// A first pass over a whole document that finds where a match may end, before any Markdown is parsed.
//
// It feeds the automaton the same symbols as scanRange (emphasis markers see-through, runs of spaces
// and line breaks as one space, a line's indentation and quote markers after a break skipped), but
// over the raw text: no excluded ranges, no whole-word or case checks, no leftmost-longest choice.
// Every match the scanner can report is a run of symbols that this pass also reads without a break,
// so it ends where this pass saw a pattern of a concept end: a block with no such end in it has no
// match, and a document with none has no match at all. Most blocks of real text have none, and
// skipping them skips their inline parse and their automaton pass.

import { SPACE_CLASS, type Automaton } from './automaton';
import type { CompiledPack } from './compiledPack';
import { isTransparent, lineBreakEnd } from './scanner';
import { Ch } from '../text/charCodes';
import { foldWidth } from '../text/chars';

/**
 * The ends found, ascending, up to `denseFrom`: from there on the text was so dense with candidates
 * that skipping blocks would save little, so the pass stopped, and every block that ends after it is
 * to be scanned. A document with a dense part (a glossary, a long Chinese essay after English notes)
 * still skips the sparse blocks before it.
 */
export interface CandidateEnds {
  readonly ends: readonly number[];
  /** Infinity when the whole text was read. */
  readonly denseFrom: number;
}

/** Candidates of a text not prefiltered: every block is scanned. */
export const EVERY_BLOCK: CandidateEnds = Object.freeze({ ends: [], denseFrom: -1 });

/** A pass stops where the last DENSE_COUNT candidates stand closer than DENSE_SPACING units apart on average. */
const DENSE_COUNT = 1024;
const DENSE_SPACING = 256;

/** A gap this wide between two candidates ends a dense stretch, looking back. */
const GAP = 4 * DENSE_SPACING;

/** Whether the candidate just found closes a dense window of candidates (a window, so a sparse start does not hide a dense end). */
function isDense(ends: readonly number[], at: number): boolean {
  return ends.length > DENSE_COUNT && at - ends[ends.length - 1 - DENSE_COUNT]! < DENSE_COUNT * DENSE_SPACING;
}

/**
 * The pass's result once it stops in a dense stretch: the stretch begins after the last wide gap
 * between candidates in the window (sparse notes before a glossary keep their candidates), and the
 * ends past its beginning are dropped, since every block there is scanned anyway.
 */
function stoppedAt(ends: number[]): CandidateEnds {
  let k = ends.length - 1;
  const windowStart = ends.length - 1 - DENSE_COUNT;
  while (k > windowStart && ends[k]! - ends[k - 1]! <= GAP) k--;
  const denseFrom = ends[k]!;
  ends.length = k + 1;
  return { ends, denseFrom };
}

/** Whitespace's symbol class, as a constant of this module: a re-exported binding may be read through a getter. */
const SPACE = SPACE_CLASS;

/** What an ASCII unit is to the prefilter: its column in the dense rows (≥ 0), or one of these. */
const RESET = -1;
const SEE_THROUGH = -2;
const LINE_BREAK = -3;
const BLANK = -4;

/** For each ASCII unit: its column, or RESET, SEE_THROUGH, LINE_BREAK or BLANK (a space or tab). */
function asciiKinds(a: Automaton): Int32Array {
  const { column } = a.dense;
  const kinds = new Int32Array(128);
  for (let u = 0; u < 128; u++) {
    const cls = a.classOf[u]!;
    if (cls === 0) kinds[u] = u === Ch.Star || u === Ch.Tilde || u === Ch.Underscore ? SEE_THROUGH : RESET;
    else if (cls === SPACE) kinds[u] = u === Ch.LineFeed || u === Ch.CarriageReturn ? LINE_BREAK : BLANK;
    else kinds[u] = column[cls]!;
  }
  return kinds;
}

/**
 * The offsets (end exclusive, ascending) where a surface of a concept ends in the raw text: a superset
 * of the ends of the matches that scanning the document's prose blocks finds. Exclusions (surfaces of
 * no concept) are not counted: they only ever remove matches.
 */
export function candidateEnds(text: string, cp: CompiledPack): CandidateEnds {
  const a = cp.automaton;
  const classOf = a.classOf;
  const live = cp.liveStates;
  const { column, shift, rows } = a.dense;
  const fedUnits = new Uint16Array(a.ring.length);
  const mask = fedUnits.length - 1;
  let fed = 0;
  const ends: number[] = [];
  const n = text.length;
  let state = 0;
  let lastSpace = true;
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    const cls = classOf[u]!;
    if (cls === 0) {
      if (!isTransparent(text, i)) {
        state = 0;
        lastSpace = false;
      }
      continue;
    }
    if (cls === SPACE) {
      if (u === Ch.LineFeed || u === Ch.CarriageReturn) i = lineBreakEnd(text, i + 1, n) - 1;
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    const c = column[cls]!;
    state = c >= 0 ? rows[(state << shift) | c]! : a.next(state, cls);
    fedUnits[fed++ & mask] = u;
    const l = live[state];
    if (l === 1 || (l === 2 && rightCase(cp, state, fedUnits, fed))) {
      ends.push(i + 1);
      if (isDense(ends, i + 1)) return stoppedAt(ends);
    }
  }
  return { ends, denseFrom: Infinity };
}

/**
 * Whether a case-sensitive surface ending in `state` has its case in the last units fed (`units`, a
 * ring, `fed` of them so far): the scanner's own case check (sameCase), which does not depend on where
 * the block starts or ends, so it may be made here.
 */
function rightCase(cp: CompiledPack, state: number, units: Uint16Array, fed: number): boolean {
  const a = cp.automaton;
  const mask = units.length - 1;
  for (let o = a.outStart[state]!; o < a.outStart[state + 1]!; o++) {
    const p = a.outputs[o]!;
    const s = cp.surfaces[p]!;
    if (s.concept < 0) continue;
    if (!s.caseSensitive) return true;
    const start = fed - a.patternLength[p]!;
    let same = true;
    for (let k = 0; k < s.exact.length && same; k++) {
      const expected = s.exact.charCodeAt(k);
      if (expected !== Ch.Space && foldWidth(units[(start + k) & mask]!) !== expected) same = false;
    }
    if (same) return true;
  }
  return false;
}

/** Whether a match may end in (from, to]: the range reaches the dense stretch, or a candidate ends in it. */
export function mayMatchIn(c: CandidateEnds, from: number, to: number): boolean {
  return to > c.denseFrom || anyEndIn(c.ends, from, to);
}

/** Whether the text can have no match at all. */
export function noCandidate(c: CandidateEnds): boolean {
  return c.ends.length === 0 && c.denseFrom === Infinity;
}

/** Whether `ends` (ascending) holds an offset in (from, to]. */
function anyEndIn(ends: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && ends[lo]! <= to;
}

/** Past the line break at `i` and the indentation and quote markers after it (all ASCII, one unit a byte). */
function breakEnd(bytes: Uint8Array, i: number): number {
  let j = i + 1;
  while (j < bytes.length) {
    const c = bytes[j]!;
    if (c === Ch.Space || c === Ch.Tab || c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.Gt) j++;
    else break;
  }
  return j;
}

/**
 * candidateEnds() read from a document's UTF-8 bytes, before they are decoded: a document with no
 * candidate need never be decoded. The ends are UTF-16 offsets into the decoded text, as
 * candidateEnds() gives them (with at most some more: `_` is always read as see-through here, which
 * only ever joins runs, so every run the text version reads is still read). `bytes` must be valid UTF-8.
 */
export function candidateEndsUtf8(bytes: Uint8Array, cp: CompiledPack): CandidateEnds {
  const a = cp.automaton;
  const live = cp.liveStates;
  const { shift, rows, column } = a.dense;
  const kinds = asciiKinds(a);
  const spaceColumn = column[SPACE]!;
  const fedUnits = new Uint16Array(a.ring.length);
  const mask = fedUnits.length - 1;
  let fed = 0;
  const ends: number[] = [];
  const n = bytes.length;
  let state = 0;
  let lastSpace = true;
  // The UTF-16 offset just past the unit being read.
  let at = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      const next = multiByte(bytes, i, cp, state, lastSpace, at, ends, fedUnits, fed);
      state = next.state;
      lastSpace = next.lastSpace;
      at = next.at;
      i = next.i;
      fed = next.fed;
      if (isDense(ends, at)) return stoppedAt(ends);
      continue;
    }
    const k = kinds[b]!;
    i++;
    at++;
    if (k >= 0) {
      // A letter, digit or other unit some pattern has: the common case.
      lastSpace = false;
      state = rows[(state << shift) | k]!;
      fedUnits[fed++ & mask] = b;
      const l = live[state];
      if (l === 1 || (l === 2 && rightCase(cp, state, fedUnits, fed))) {
        ends.push(at);
        if (isDense(ends, at)) return stoppedAt(ends);
      }
      continue;
    }
    if (k === RESET) {
      state = 0;
      lastSpace = false;
      continue;
    }
    if (k === SEE_THROUGH) continue;
    if (k === LINE_BREAK) {
      const j = breakEnd(bytes, i - 1);
      at += j - i;
      i = j;
    }
    if (lastSpace) continue;
    lastSpace = true;
    state = spaceColumn >= 0 ? rows[(state << shift) | spaceColumn]! : a.next(state, SPACE);
    fedUnits[fed++ & mask] = b;
    const l = live[state];
    if (l === 1 || (l === 2 && rightCase(cp, state, fedUnits, fed))) {
      ends.push(at);
      if (isDense(ends, at)) return stoppedAt(ends);
    }
  }
  return { ends, denseFrom: Infinity };
}

/** The scan state, after one multi-byte sequence. */
interface AfterSequence {
  state: number;
  lastSpace: boolean;
  at: number;
  i: number;
  fed: number;
}

/**
 * One multi-byte sequence at `i`: one unit, or a surrogate pair past U+FFFF, fed as scanRange feeds
 * them (none of them is see-through or a line break).
 */
function multiByte(bytes: Uint8Array, i: number, cp: CompiledPack, state: number, lastSpace: boolean, at: number, ends: number[], fedUnits: Uint16Array, fed: number): AfterSequence {
  const a = cp.automaton;
  const live = cp.liveStates;
  const b = bytes[i]!;
  let cp32: number;
  if (b < 0xe0) {
    cp32 = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
    i += 2;
  } else if (b < 0xf0) {
    cp32 = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    i += 3;
  } else {
    cp32 = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
    i += 4;
  }
  const units = cp32 < 0x10000 ? 1 : 2;
  for (let k = 0; k < units; k++) {
    const u = units === 1 ? cp32 : k === 0 ? 0xd800 + ((cp32 - 0x10000) >> 10) : 0xdc00 + ((cp32 - 0x10000) & 0x3ff);
    at++;
    const cls = a.classOf[u]!;
    if (cls === 0) {
      state = 0;
      lastSpace = false;
      continue;
    }
    if (cls === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    state = a.next(state, cls);
    fedUnits[fed++ & (fedUnits.length - 1)] = u;
    const l = live[state];
    if (l === 1 || (l === 2 && rightCase(cp, state, fedUnits, fed))) ends.push(at);
  }
  return { state, lastSpace, at, i, fed };
}
