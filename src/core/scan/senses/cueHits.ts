// Finds cues in text with the cue automaton, in one tight pass that allocates nothing but its output.
// Cues only need to be present, so every hit counts (overlaps too) and no leftmost-longest choice is
// made; Latin cues are whole words. The text is read as cueText() folds it: emphasis markers are
// see-through, a line break with its indentation and `>` is a space, and whitespace between two Chinese
// characters is no space at all (随机 变量 is 随机变量).

import { Ch } from '../../text/charCodes';
import { isWordUnit } from '../../text/chars';
import { SPACE_CLASS } from '../automaton';
import type { SenseRules } from './senseRules';

function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.LineFeed || c === Ch.CarriageReturn;
}

function isMarker(c: number): boolean {
  return c === Ch.Star || c === Ch.Underscore || c === Ch.Tilde;
}

/** Whether a word goes on before `at` (markers see-through), within [floor, …). */
function wordBefore(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  while (i >= floor && isMarker(text.charCodeAt(i))) i--;
  return i >= floor && isWordUnit(text.charCodeAt(i));
}

function wordAfter(text: string, at: number, ceiling: number): boolean {
  let i = at;
  while (i < ceiling && isMarker(text.charCodeAt(i))) i++;
  return i < ceiling && isWordUnit(text.charCodeAt(i));
}

/** What an ASCII unit is to the cue pass: its column in the dense rows (≥ 0), or one of these. */
const RESET = -1;
const MARKER = -2;
const SPACE = -3;
/** A unit of a cue whose class has no dense column (a pack too big for the rows): next() steps. */
const SLOW = -4;
/** `.` `!` `?` `;`: a sentence may end there; its kind as a unit is in the upper half of cueAsciiKinds(). */
const SENTENCE_END = -5;

/** Whether `c` is a Chinese mark that ends a sentence: 。！？；, and the full-width ． of academic writing. */
function isChineseSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff0e;
}

function isLatinSentenceEnd(c: number): boolean {
  return c === Ch.Dot || c === 0x21 || c === 0x3f || c === 0x3b;
}

/**
 * Per ASCII unit, for one cue automaton: its kind (made once per compiled rules, kept as
 * SenseRules.asciiKinds); SENTENCE_END for a mark that may end a sentence, whose own kind is at 128 + unit.
 */
function cueAsciiKinds(rules: SenseRules): Int32Array {
  const a = rules.cueAutomaton;
  const { column } = a.dense;
  const kinds = new Int32Array(256);
  for (let u = 0; u < 128; u++) {
    if (isMarker(u)) kinds[u] = MARKER;
    else if (isSpace(u)) kinds[u] = SPACE;
    else {
      const cls = a.classOf[u]!;
      kinds[u] = cls === 0 ? RESET : column[cls]! >= 0 ? column[cls]! : SLOW;
    }
    if (isLatinSentenceEnd(u)) {
      kinds[128 + u] = kinds[u]!;
      kinds[u] = SENTENCE_END;
    }
  }
  return kinds;
}

/** Where cueHits() appends: an array, or a scratch list kept from block to block (cueScratch.ts). */
export interface HitSink {
  push(id: number, start: number, end: number): unknown;
}
export interface EndSink {
  push(at: number): unknown;
}

/**
 * Appends (cue id, start, end) triples for the cues found in [from, to) of `text` to `out`, in the order their
 * ends are found; and, with `ends`, the offsets where sentences end (after 。！？；．, and after . ! ? ;
 * before a space or the range's end), found in the same pass. Linear: each unit is fed once, a whitespace run is looked past once.
 */
export function cueHits(text: string, from: number, to: number, rules: SenseRules, out: HitSink, ends?: EndSink): void {
  const a = rules.cueAutomaton;
  const surfaces = rules.cueSurfaces;
  const classOf = a.classOf;
  const ring = a.ring;
  const mask = ring.length - 1;
  const outStart = a.outStart;
  const outputs = a.outputs;
  const patternLength = a.patternLength;
  const kinds = (rules.asciiKinds ??= cueAsciiKinds(rules));
  // Text steps through the automaton's dense rows, as the scanner does.
  const { column, shift, rows } = a.dense;
  const spaceColumn = column[SPACE_CLASS]!;
  let state = 0;
  let fed = 0;
  let lastSpace = true;
  let prevCjk = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // The unit's kind: a dense column (≥ 0), or RESET, MARKER, SPACE, SLOW.
    let kind: number;
    if (c < 128) {
      kind = kinds[c]!;
      if (kind === SENTENCE_END) {
        if (ends !== undefined && (i + 1 >= to || isSpace(text.charCodeAt(i + 1)))) ends.push(i + 1);
        kind = kinds[128 + c]!;
      }
    } else if (c === 0x3000 || c === 0xa0) kind = SPACE;
    else {
      const cls = classOf[c]!;
      kind = cls === 0 ? RESET : column[cls]! >= 0 ? column[cls]! : SLOW;
      if (ends !== undefined && isChineseSentenceEnd(c)) ends.push(i + 1);
    }
    if (kind === MARKER) {
      i++;
      continue;
    }
    if (kind === SPACE) {
      // A whitespace run (with a line break's `>` markers): no space between two Chinese characters.
      const at = i;
      i = spaceRun(text, i, to);
      if (!lastSpace && !(prevCjk && i < to && isCjk(text.charCodeAt(i)))) {
        state = spaceColumn >= 0 ? rows[(state << shift) | spaceColumn]! : a.next(state, SPACE_CLASS);
        ring[fed & mask] = at;
        fed++;
        lastSpace = true;
      }
      continue;
    }
    // isCjk, inlined: the pass's hottest line.
    prevCjk = c >= 0x2e80 && (c <= 0x9fff || (c >= 0xf900 && c <= 0xfaff));
    lastSpace = false;
    if (kind === RESET) {
      state = 0;
      i++;
      continue;
    }
    state = kind >= 0 ? rows[(state << shift) | kind]! : a.next(state, classOf[c]!);
    ring[fed & mask] = i;
    fed++;
    const o1 = outStart[state + 1]!;
    for (let o = outStart[state]!; o < o1; o++) {
      const p = outputs[o]!;
      const s = surfaces[p]!;
      const start = ring[(fed - patternLength[p]!) & mask]!;
      if (s.wordStart && wordBefore(text, start, from)) continue;
      if (s.wordEnd && wordAfter(text, i + 1, to)) continue;
      out.push(s.concept, start, i + 1);
    }
    i++;
  }
}

/** Past the whitespace run at `i` (with a line break's `>` markers and emphasis markers). */
function spaceRun(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to) {
    const d = text.charCodeAt(j);
    if (isSpace(d) || d === 0x3000 || d === 0xa0 || d === Ch.Gt || isMarker(d)) j++;
    else break;
  }
  return j;
}
