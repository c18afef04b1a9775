// Where a bare inline link destination (`[a](dest "title")`) ends: at whitespace, a control character or
// an unbalanced `)`, and nowhere when its parentheses nest deeper than 32 (as in micromark). Read
// destination by destination, `[](` repeated makes each read pass 32 later destinations; once the reads
// of one inline range have cost four times its length, every later answer comes from a table built in
// one pass, so the range costs linear time with a small constant.

import { Ch } from '../text/charCodes';
import { isAsciiPunct } from '../text/chars';

const MAX_DEPTH = 32;
const NOT_WALKED = -2;

export class LinkDestinations {
  private work = 0;
  private table: Int32Array | undefined;
  private tableFrom = 0;

  /** `budget`: how many units the reads may cost before the table is built. */
  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    private readonly budget = 4 * (end - start) + 256,
  ) {}

  /** The end of the destination that starts at `at`, or -1 if it nests too deep. */
  endOf(at: number): number {
    if (at >= this.end) return at;
    if (this.table) {
      const known = at >= this.tableFrom ? this.table[at - this.tableFrom]! : NOT_WALKED;
      if (known !== NOT_WALKED) return known;
    } else if (this.work > this.budget) {
      this.build(at);
      return this.endOf(at);
    }
    return this.read(at);
  }

  /** One destination, read unit by unit. */
  private read(at: number): number {
    const { text, end } = this;
    let i = at;
    let depth = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === Ch.Backslash && i + 1 < end && isAsciiPunct(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      if (c <= Ch.Space) break;
      if (c === Ch.LeftParen) {
        if (++depth > MAX_DEPTH) return this.spent(i - at, -1);
      } else if (c === Ch.RightParen) {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    return this.spent(i - at, i);
  }

  private spent(steps: number, result: number): number {
    this.work += steps;
    return result;
  }

  /**
   * The answer for every position the reading walk visits from `from` (an escape is one step of two
   * units; every later destination starts on such a position, just after a `(`). With D the depth of
   * parentheses before a position, a destination starting where D = d ends at the first whitespace, or
   * the first `)` where D = d, unless an `(` where D = d + 32 comes first. One pass from the right keeps
   * the nearest of each.
   */
  private build(from: number): void {
    const { text, end } = this;
    const n = end - from;
    const pos = new Int32Array(n);
    const depth = new Int32Array(n);
    const kind = new Uint8Array(n); // 0 other, 1 `(`, 2 `)`, 3 whitespace or control
    let m = 0;
    let d = 0;
    for (let i = from; i < end; ) {
      const c = text.charCodeAt(i);
      pos[m] = i;
      depth[m] = d;
      if (c === Ch.Backslash && i + 1 < end && isAsciiPunct(text.charCodeAt(i + 1))) {
        m++;
        i += 2;
        continue;
      }
      kind[m] = c <= Ch.Space ? 3 : c === Ch.LeftParen ? 1 : c === Ch.RightParen ? 2 : 0;
      if (c === Ch.LeftParen) d++;
      else if (c === Ch.RightParen) d--;
      m++;
      i++;
    }
    const table = new Int32Array(n).fill(NOT_WALKED);
    // Depths lie in [-m, m]; the nearest `(` and `)` at each depth, to the right.
    const nearestOpen = new Int32Array(2 * m + MAX_DEPTH + 2).fill(-1);
    const nearestClose = new Int32Array(2 * m + 2).fill(-1);
    let nearestSpace = -1;
    for (let k = m - 1; k >= 0; k--) {
      const level = depth[k]! + m;
      if (kind[k] === 3) nearestSpace = pos[k]!;
      else if (kind[k] === 1) nearestOpen[level] = pos[k]!;
      else if (kind[k] === 2) nearestClose[level] = pos[k]!;
      let stop = end;
      if (nearestSpace >= 0) stop = nearestSpace;
      const close = nearestClose[level]!;
      if (close >= 0 && close < stop) stop = close;
      const tooDeep = nearestOpen[level + MAX_DEPTH]!;
      table[pos[k]! - from] = tooDeep >= 0 && tooDeep < stop ? -1 : stop;
    }
    this.table = table;
    this.tableFrom = from;
  }
}
