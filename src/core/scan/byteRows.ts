// An automaton's rows as a scan over text or bytes steps through them: every ASCII unit one table
// step, with no branch on what kind of unit it is. Made lazily, once per automaton that needs them
// (the prefilter's and the cue pass's), beside the automaton's own dense rows.

import { SPACE_CLASS, type Automaton } from './automaton';
import { Ch } from '../text/charCodes';

const SPACE = SPACE_CLASS;

/** A line break in the byte kinds: the indentation and quote markers after it are skipped, then it is one space. */
export const LINE_BREAK_KIND = -1;

/**
 * Rows over ASCII units: the automaton's dense rows plus a column that goes back to the root (a unit
 * no pattern has) and one that stays (a see-through marker: * ~ _), and a space that stays in a state
 * entered by a space (a run of spaces is one symbol). Every ASCII unit but a line break is then one
 * table step. None (null) for an automaton too big for dense rows.
 */
export interface ByteRows {
  /** Per ASCII byte: its column, or LINE_BREAK_KIND. */
  readonly kinds: Int32Array;
  readonly rows: Uint16Array | Int32Array;
  readonly shift: number;
  readonly spaceColumn: number;
  /** The column that stays: a see-through marker's. */
  readonly stay: number;
}

export function byteRows(a: Automaton): ByteRows | null {
  const { column, shift, rows } = a.dense;
  if (rows.length === 0) return null;
  // The ASCII classes' columns come first; a class past ASCII steps through the dense rows themselves.
  let used = 0;
  for (let u = 0; u < 128; u++) used = Math.max(used, column[a.classOf[u]!]! + 1);
  const reset = used;
  const stay = used + 1;
  let wide = 0;
  while (1 << wide < used + 2) wide++;
  const n = a.stateCount;
  const out = n < 65536 ? new Uint16Array(n << wide) : new Int32Array(n << wide);
  const spaceColumn = column[SPACE]!;
  for (let s = 0; s < n; s++) {
    const from = s << shift;
    const to = s << wide;
    for (let c = 0; c < used; c++) out[to | c] = rows[from | c]!;
    out[to | reset] = 0;
    out[to | stay] = s;
    if (s !== 0 && a.lastClassOf(s) === SPACE) out[to | spaceColumn] = s;
  }
  const kinds = new Int32Array(128);
  for (let u = 0; u < 128; u++) {
    const cls = a.classOf[u]!;
    if (cls === 0) kinds[u] = u === Ch.Star || u === Ch.Tilde || u === Ch.Underscore ? stay : reset;
    else if (cls === SPACE) kinds[u] = u === Ch.LineFeed || u === Ch.CarriageReturn ? LINE_BREAK_KIND : spaceColumn;
    else kinds[u] = column[cls]!;
  }
  return { kinds, rows: out, shift: wide, spaceColumn, stay };
}

