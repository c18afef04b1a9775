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

/**
 * Appends (cue id, offset) pairs for the cues found in [from, to) of `text` to `out`, in the order their
 * ends are found. Linear: each unit is fed once, a whitespace run is looked past once.
 */
export function cueHits(text: string, from: number, to: number, rules: SenseRules, out: number[]): void {
  const a = rules.cueAutomaton;
  const surfaces = rules.cueSurfaces;
  const classOf = a.classOf;
  const ring = a.ring;
  const mask = ring.length - 1;
  // Latin text steps through the automaton's dense rows, as the scanner does.
  const { column, shift, rows } = a.dense;
  let state = 0;
  let fed = 0;
  let lastSpace = true;
  let prevCjk = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isMarker(c)) {
      i++;
      continue;
    }
    if (isSpace(c) || c === 0x3000 || c === 0xa0) {
      // A whitespace run (with a line break's `>` markers): no space between two Chinese characters.
      let j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isSpace(d) || d === 0x3000 || d === 0xa0 || d === Ch.Gt || isMarker(d)) j++;
        else break;
      }
      const joinsChinese = prevCjk && j < to && isCjk(text.charCodeAt(j));
      if (!joinsChinese && !lastSpace) {
        state = a.next(state, SPACE_CLASS);
        ring[fed & mask] = i;
        fed++;
        lastSpace = true;
      }
      i = j;
      continue;
    }
    const cls = classOf[c]!;
    prevCjk = isCjk(c);
    lastSpace = false;
    if (cls === 0) {
      state = 0;
      i++;
      continue;
    }
    const col = column[cls]!;
    state = col >= 0 ? rows[(state << shift) | col]! : a.next(state, cls);
    ring[fed & mask] = i;
    fed++;
    const o1 = a.outStart[state + 1]!;
    for (let o = a.outStart[state]!; o < o1; o++) {
      const p = a.outputs[o]!;
      const s = surfaces[p]!;
      const start = ring[(fed - a.patternLength[p]!) & mask]!;
      if (s.wordStart && wordBefore(text, start, from)) continue;
      if (s.wordEnd && wordAfter(text, i + 1, to)) continue;
      out.push(s.concept, start);
    }
    i++;
  }
}
