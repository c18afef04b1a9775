// The line the block scanner reads and the containers it is in: the open block quotes and list items
// it matches, then the ones it opens. The base of BlockScanner (blockScanner.ts): the line's fields are
// the scanner's own, so reading them costs no indirection and a line costs no object.

import { Ch } from '../text/charCodes';
import { isAsciiDigit } from '../text/chars';
import { listMarkerLength } from './blockStarts';
import { ContainerStack } from './containerStack';
import { consumeCols, isBlankRange, lineStopOf, nextLineStart, quoteSpace, skipWs, type Cursor } from './lineCursor';
import { ThematicBreaks } from './lineShapes';
import { FOOTNOTE_DEF } from './referenceDefinitions';

export class ContainerLine {
  protected readonly containers = new ContainerStack();
  protected readonly thematic: ThematicBreaks;
  protected lineStart = 0;
  protected lineStop = 0;
  /** How many open containers the line matched, and whether that is all of them. */
  protected matched = 0;
  protected all = false;
  /** The line's first non-blank unit past the containers, its indentation there, and the unit. */
  protected first = 0;
  protected ind = 0;
  protected c0 = 0;
  protected blank = false;
  /** The line from `first` on, sliced once past the containers (a slice per level would cost an object each). */
  protected rest = '';
  /** Past the containers matched or opened so far, and past the whitespace after that. */
  private readonly cur: Cursor = { pos: 0, col: 0 };
  private readonly ws: Cursor = { pos: 0, col: 0 };

  constructor(protected readonly text: string) {
    this.thematic = new ThematicBreaks(text);
  }

  /** Makes the line at `at` the current one; returns where the next line starts. */
  protected readLine(at: number): number {
    this.lineStart = at;
    this.lineStop = lineStopOf(this.text, at);
    return nextLineStart(this.text, this.lineStop);
  }

  /** Matches the open containers: `>` for a block quote, enough indentation for a list item. */
  protected matchContainers(): void {
    const { text, lineStart, lineStop, containers: cs, cur, ws } = this;
    cur.pos = lineStart;
    cur.col = 0;
    let matched = 0;
    // The end of the whitespace ahead of `cur`, measured once per run: list items only consume
    // indentation, so a deep list would otherwise measure the same run once per level.
    let wsEnd = -1;
    let wsEndCol = 0;
    if (cs.length > 0 && isBlankRange(text, lineStart, lineStop)) matched = cs.blankLineMatches();
    else {
      for (; matched < cs.length; matched++) {
        if (cur.pos > wsEnd) {
          ws.pos = cur.pos;
          ws.col = cur.col;
          skipWs(text, ws, lineStop);
          wsEnd = ws.pos;
          wsEndCol = ws.col;
        } else {
          ws.pos = wsEnd;
          ws.col = wsEndCol;
        }
        if (cs.isQuote(matched)) {
          if (ws.col - cur.col > 3 || ws.pos >= lineStop || text.charCodeAt(ws.pos) !== Ch.Gt) break;
          cur.pos = ws.pos + 1;
          cur.col = ws.col + 1;
          quoteSpace(text, cur, lineStop);
        } else if (ws.pos >= lineStop) {
          // A blank line keeps a list item open, unless the item has had no content yet.
          if (cs.isEmpty(matched)) break;
        } else if (ws.col >= cs.contentColumn(matched)) {
          consumeCols(text, cur, cs.contentColumn(matched) - cur.col);
          cs.fill(matched);
        } else break;
      }
    }
    this.matched = matched;
    this.all = matched === cs.length;
    this.skipToContent();
    this.blank = this.first >= lineStop;
  }

  /** Moves `ws` and `first` past the whitespace after `cur`; `ind` is its width in columns. */
  private skipToContent(): void {
    const { cur, ws } = this;
    ws.pos = cur.pos;
    ws.col = cur.col;
    skipWs(this.text, ws, this.lineStop);
    this.first = ws.pos;
    this.ind = ws.col - cur.col;
  }

  /**
   * Opens the block quotes, list items and footnote definitions that start the line; returns whether
   * it opened any. `para`: a paragraph is open, which a list item interrupts only on conditions.
   */
  protected openContainers(para: boolean): boolean {
    let opened = false;
    while (this.ind < 4) {
      if (this.c0 === Ch.Gt) this.openQuote();
      else if (!this.openListItem(para && !opened)) break;
      opened = true;
      this.skipToContent();
      this.c0 = this.text.charCodeAt(this.first);
      if (this.first >= this.lineStop) break;
    }
    if (opened) this.rest = this.text.slice(this.first, this.lineStop);
    return opened;
  }

  private openQuote(): void {
    const cur = this.cur;
    this.containers.pushQuote();
    cur.pos = this.first + 1;
    cur.col = this.ws.col + 1;
    quoteSpace(this.text, cur, this.lineStop);
  }

  /**
   * Opens a list item or a footnote definition at `first`; returns false if there is none.
   * `interrupting`: the item would interrupt a paragraph.
   */
  private openListItem(interrupting: boolean): boolean {
    const { text, first, lineStop, c0, cur, ws } = this;
    let item = listMarkerLength(text, first, lineStop, this.thematic.at(first, lineStop));
    // A list item interrupts a paragraph only with content and, if ordered, starting at 1
    // ("1984. It was cold" goes on with the sentence before it).
    if (item > 0 && interrupting) {
      if ((isAsciiDigit(c0) && parseInt(text.slice(first, first + item), 10) !== 1) || isBlankRange(text, first + item, lineStop)) item = -1;
    }
    const footnote = item < 0 && c0 === Ch.LeftBracket ? FOOTNOTE_DEF.exec(text.slice(first, lineStop)) : null;
    if (item < 0 && !footnote) return false;
    const len = item > 0 ? item : footnote![0].length;
    cur.pos = first + len;
    cur.col = ws.col + len;
    const markerCol = ws.col;
    ws.pos = cur.pos;
    ws.col = cur.col;
    skipWs(text, ws, lineStop);
    const empty = ws.pos >= lineStop;
    if (footnote) {
      // A footnote definition's content is indented by 4 from where the label starts.
      this.containers.pushItem(markerCol - this.ind + 4, false);
      cur.pos = ws.pos;
      cur.col = ws.col;
    } else {
      // One to four columns after the marker; with five or more, the content starts one column in
      // (as indented code).
      const spaces = empty || ws.col - cur.col > 4 ? 1 : ws.col - cur.col;
      this.containers.pushItem(cur.col + spaces, empty);
      if (!empty) consumeCols(text, cur, spaces);
    }
    return true;
  }
}
