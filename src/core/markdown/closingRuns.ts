// Code spans and inline math: an opening run of backticks (or `$`) closes at the next run of exactly
// its length.

import { Ch } from '../text/charCodes';

/** The end of a run of `ch` starting at `at`. */
export function runEnd(text: string, at: number, end: number, ch: number): number {
  let j = at;
  while (j < end && text.charCodeAt(j) === ch) j++;
  return j;
}

/**
 * The runs of one character (backticks or `$`) in a range, by length, for finding closing runs. Built
 * once, on the first opening run, so that runs of many different lengths cost one pass, not one pass
 * each. An escaped `$` run does not close math.
 */
export class ClosingRuns {
  private readonly starts = new Map<number, number[]>();
  /** Per length, the index of the first run that may still close (queries come in text order). */
  private readonly next = new Map<number, number>();

  constructor(text: string, from: number, end: number, ch: number) {
    let i = from;
    while (i < end) {
      if (text.charCodeAt(i) !== ch) {
        i++;
        continue;
      }
      const stop = runEnd(text, i, end, ch);
      if (!(ch === Ch.Dollar && text.charCodeAt(i - 1) === Ch.Backslash)) {
        const list = this.starts.get(stop - i);
        if (list) list.push(i);
        else this.starts.set(stop - i, [i]);
      }
      i = stop;
    }
  }

  /** The end of the first run of exactly `len` units at or after `from`, or -1. */
  closing(from: number, len: number): number {
    const list = this.starts.get(len);
    if (!list) return -1;
    let k = this.next.get(len) ?? 0;
    while (k < list.length && list[k]! < from) k++;
    this.next.set(len, k);
    return k < list.length ? list[k]! + len : -1;
  }
}
