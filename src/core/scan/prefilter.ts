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
import { byteRows, LINE_BREAK_KIND, type ByteRows } from './byteRows';
import type { CompiledPack } from './compiledPack';
import { isTransparent, lineBreakEnd } from './scanner';
import { Ch } from '../text/charCodes';

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

/**
 * The offsets (end exclusive, ascending) where a surface of a concept ends in the raw text: a superset
 * of the ends of the matches that scanning the document's prose blocks finds. Exclusions (surfaces of
 * no concept) are not counted: they only ever remove matches.
 */
export function candidateEnds(text: string, cp: CompiledPack): CandidateEnds {
  const table = cp.byteRows === undefined ? (cp.byteRows = byteRows(cp.automaton)) : cp.byteRows;
  if (table === null) return EVERY_BLOCK;
  const { kinds, rows, shift, spaceColumn, stay } = table;
  const a = cp.automaton;
  const classOf = a.classOf;
  const live = cp.liveStates;
  const ends: number[] = [];
  const n = text.length;
  let state = 0;
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    if (u < 0x80) {
      // One table step per ASCII unit, as candidateEndsUtf8 reads bytes; an underscore inside a word
      // (snake_case) is no emphasis marker here, as the scanner reads it.
      const k = kinds[u]!;
      if (k === LINE_BREAK_KIND) {
        i = lineBreakEnd(text, i + 1, n) - 1;
        state = rows[(state << shift) | spaceColumn]!;
        continue;
      }
      if (u === Ch.Underscore && !isTransparent(text, i)) {
        state = 0;
        continue;
      }
      // A marker leaves the state as it was, its end counted already (see candidateEndsUtf8).
      if (k === stay) continue;
      state = rows[(state << shift) | k]!;
    } else state = stepClass(table, a, state, classOf[u]!);
    if (live[state] !== 0 && isCandidateIn(cp, state, text, i + 1)) {
      ends.push(i + 1);
      if (isDense(ends, i + 1)) return stoppedAt(ends);
    }
  }
  return { ends, denseFrom: Infinity };
}

/**
 * The state after a unit past ASCII of class `cls`: back to the root, a space (which stays after a
 * space), or the automaton's step. Neither of the first two ends a pattern.
 */
function stepClass(table: ByteRows, a: Automaton, state: number, cls: number): number {
  if (cls === 0) return 0;
  if (cls === SPACE) return table.rows[(state << table.shift) | table.spaceColumn]!;
  // The automaton's own dense rows: a Chinese character's column may lie past the ASCII columns copied here.
  const dense = a.dense;
  const c = dense.column[cls]!;
  return c >= 0 ? dense.rows[(state << dense.shift) | c]! : a.next(state, cls);
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
 * only ever joins runs, so every run the text version reads is still read; and an end counted again after
 * a see-through marker that follows it). `bytes` must be valid UTF-8.
 */
export function candidateEndsUtf8(bytes: Uint8Array, cp: CompiledPack): CandidateEnds {
  const table = cp.byteRows === undefined ? (cp.byteRows = byteRows(cp.automaton)) : cp.byteRows;
  // A pack too big for dense rows: every block is scanned, which is never wrong.
  if (table === null) return EVERY_BLOCK;
  const { kinds, rows, shift, spaceColumn, stay } = table;
  const a = cp.automaton;
  const live = cp.liveStates;
  const classOf = a.classOf;
  const ends: number[] = [];
  const n = bytes.length;
  let state = 0;
  // The UTF-16 offset just past the unit being read.
  let at = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      // One table step for every ASCII byte (see byteRows): no branch on what kind of byte it is.
      const k = kinds[b]!;
      i++;
      at++;
      if (k === LINE_BREAK_KIND) {
        const j = breakEnd(bytes, i - 1);
        at += j - i;
        i = j;
        state = rows[(state << shift) | spaceColumn]!;
        continue;
      }
      // A marker leaves the state as it was, and its end is counted already: checked again after each
      // of a run of markers, a name in the wrong case would be looked back over the whole run each time.
      if (k === stay) continue;
      state = rows[(state << shift) | k]!;
    } else {
      // A multi-byte sequence, decoded in place (most are Chinese characters: three bytes, one unit).
      let u: number;
      if (b < 0xe0) {
        u = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
        i += 2;
      } else if (b < 0xf0) {
        u = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
        i += 3;
      } else {
        // Past U+FFFF: two units, fed one by one as scanRange feeds them (neither is a space).
        const cp32 = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
        i += 4;
        at++;
        const high = classOf[0xd800 + ((cp32 - 0x10000) >> 10)]!;
        state = high === 0 ? 0 : a.next(state, high);
        if (live[state] !== 0 && isCandidate(cp, state, bytes, i)) ends.push(at);
        u = 0xdc00 + ((cp32 - 0x10000) & 0x3ff);
      }
      at++;
      state = stepClass(table, a, state, classOf[u]!);
    }
    if (live[state] !== 0 && isCandidate(cp, state, bytes, i)) {
      ends.push(at);
      if (isDense(ends, at)) return stoppedAt(ends);
    }
  }
  return { ends, denseFrom: Infinity };
}

/**
 * Whether a pattern of a concept ends in `state` in its case, the bytes read ending at `end`. The
 * case is checked back from `end` over the ASCII letters (markers and spaces skipped); anything else
 * counts as a candidate, which is never wrong.
 */
function isCandidate(cp: CompiledPack, state: number, bytes: Uint8Array, end: number): boolean {
  return cp.liveStates[state] === 1 || anyInCase(cp, state, (i) => (i >= 0 ? bytes[i]! : -1), end);
}

/** isCandidate() for a text's UTF-16 units. */
function isCandidateIn(cp: CompiledPack, state: number, text: string, end: number): boolean {
  return cp.liveStates[state] === 1 || anyInCase(cp, state, (i) => (i >= 0 ? text.charCodeAt(i) : -1), end);
}

/** Whether a surface of a concept that ends in `state` is case-insensitive or stands in its case before `end`. */
function anyInCase(cp: CompiledPack, state: number, unitAt: (i: number) => number, end: number): boolean {
  const a = cp.automaton;
  for (let o = a.outStart[state]!; o < a.outStart[state + 1]!; o++) {
    const s = cp.surfaces[a.outputs[o]!]!;
    if (s.concept < 0) continue;
    if (!s.caseSensitive || caseBefore(s.exact, unitAt, end)) return true;
  }
  return false;
}

/** Whether `exact`'s letters stand, in their case, in the units before `end` (or cannot be told apart there). */
function caseBefore(exact: string, unitAt: (i: number) => number, end: number): boolean {
  let i = end - 1;
  for (let k = exact.length - 1; k >= 0; k--) {
    const expected = exact.charCodeAt(k);
    if (expected === Ch.Space) {
      while (i >= 0 && isSkippedBack(unitAt(i))) i--;
      continue;
    }
    while (i >= 0 && isMarkerByte(unitAt(i))) i--;
    const u = unitAt(i);
    // Only a letter in the other case tells a name apart: anything else (a unit past ASCII, a form
    // feed, a digit) may be what the automaton read, so it counts as a candidate.
    if (u !== expected) return !(isAsciiLetter(u) && (u | 0x20) === (expected | 0x20));
    i--;
  }
  return true;
}

function isAsciiLetter(u: number): boolean {
  return (u >= 65 && u <= 90) || (u >= 97 && u <= 122);
}

function isMarkerByte(b: number): boolean {
  return b === Ch.Star || b === Ch.Tilde || b === Ch.Underscore;
}

/** What a space of a pattern stands for in bytes: a run of whitespace, quote markers and emphasis markers. */
function isSkippedBack(b: number): boolean {
  return b === Ch.Space || b === Ch.Tab || b === Ch.LineFeed || b === Ch.CarriageReturn || b === 0x0c || b === Ch.Gt || isMarkerByte(b);
}
