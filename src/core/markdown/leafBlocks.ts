// The leaf blocks a line may start (fenced code, math, headings, tables, HTML blocks, definitions,
// paragraphs…), one method each, and the open block they leave for the next line. The middle layer
// of BlockScanner (blockScanner.ts), above the line and its containers (containerLine.ts).

import { Ch } from '../text/charCodes';
import { isSpaceOrTab } from '../text/chars';
import type { Block, BlockKind } from './blocks';
import { atxLevel, fenceLength } from './blockStarts';
import { ContainerLine } from './containerLine';
import { endsAtMarker, htmlBlockStart, htmlEndMarkerEnd, HtmlBlock } from './htmlBlocks';
import { isBlankRange } from './lineCursor';
import { isTableDelimiterRow, tableCells } from './lineShapes';
import { DefinitionMode, REFDEF, REFDEF_LABEL } from './referenceDefinitions';

const SETEXT = /^(?:=+|-+)[ \t]*$/;

export class LeafBlocks extends ContainerLine {
  readonly blocks: Block[] = [];

  // The state between two lines. A line that starts in the initial state is a restart point.
  /** The open block, which the next line may extend. */
  protected current: Block | null = null;
  /** The open fenced block's character (backtick, tilde, or `$` for a math block), or 0. */
  protected fenceCh = 0;
  protected fenceLen = 0;
  protected html = HtmlBlock.None;
  /** The open block is a paragraph (or definitions, which read like one): it may continue lazily. */
  protected para = false;
  protected definition = DefinitionMode.None;
  /** In the body of a GFM table: each line is a row of cells. */
  protected table = false;
  /** The open paragraph's last line (from its text, past container markers) and the line before. */
  protected lastFirst = 0;
  protected lastStop = 0;
  protected prevStop = 0;

  /**
   * The leaf block on the rest of the line. Each construct opens with its own character, so only
   * its methods are tried (in CommonMark's order where several share one); each says whether it
   * took the line, and a paragraph takes the lines none of them does.
   */
  protected leafBlock(): void {
    if (this.ind >= 4) {
      this.indentedCode();
      return;
    }
    let taken = false;
    switch (this.c0) {
      case Ch.Backtick:
      case Ch.Tilde:
        taken = this.fencedCode();
        break;
      case Ch.Dollar:
        taken = this.mathBlock();
        break;
      case Ch.Hash:
        taken = this.atxHeading();
        break;
      case Ch.Pipe:
      case Ch.Colon:
        taken = this.tableHeader();
        break;
      case Ch.Hyphen:
        taken = this.tableHeader() || this.setextUnderline() || this.thematicBreak();
        break;
      case Ch.Equals:
        taken = this.setextUnderline();
        break;
      case Ch.Star:
      case Ch.Underscore:
        taken = this.thematicBreak();
        break;
      case Ch.Lt:
        taken = this.htmlBlock();
        break;
      case Ch.LeftBracket:
        taken = this.referenceDefinition();
        break;
    }
    if (!taken) this.paragraphLine();
  }

  /** Indented code does not interrupt a paragraph (nor the definitions that read like one). */
  private indentedCode(): void {
    if (this.para) this.paragraphLine();
    else if (this.currentIs('code')) this.extend(this.lineStop);
    else this.open('code', this.lineStart, this.lineStop);
  }

  private fencedCode(): boolean {
    const len = fenceLength(this.text, this.first, this.lineStop);
    if (len === 0) return false;
    this.fenceCh = this.c0;
    this.fenceLen = len;
    this.para = false;
    this.open('code', this.lineStart, this.lineStop);
    return true;
  }

  /** `$$` opens a math block, unless the line closes it too. */
  private mathBlock(): boolean {
    const rest = this.rest;
    if (this.c0 !== Ch.Dollar || !rest.startsWith('$$') || rest.slice(2).includes('$$')) return false;
    this.fenceCh = Ch.Dollar;
    this.fenceLen = 2;
    this.para = false;
    this.open('math', this.lineStart, this.lineStop);
    return true;
  }

  /** An ATX heading: its text lies between the opening `#`s and an optional closing sequence. */
  private atxHeading(): boolean {
    const { text, first, lineStop } = this;
    const atx = this.c0 === Ch.Hash ? atxLevel(text, first, lineStop) : 0;
    if (atx === 0) return false;
    let hs = first + atx;
    while (hs < lineStop && isSpaceOrTab(text.charCodeAt(hs))) hs++;
    let he = lineStop;
    while (he > hs && isSpaceOrTab(text.charCodeAt(he - 1))) he--;
    let k = he;
    while (k > hs && text.charCodeAt(k - 1) === Ch.Hash) k--;
    if (k < he && (k === hs || isSpaceOrTab(text.charCodeAt(k - 1)))) {
      he = k;
      while (he > hs && isSpaceOrTab(text.charCodeAt(he - 1))) he--;
    }
    if (hs > he) hs = he;
    const h = this.open('heading', this.lineStart, lineStop, hs, he);
    h.level = atx;
    this.close();
    this.para = false;
    return true;
  }

  /** A table: a delimiter row under a header row, the paragraph's last line, with as many cells. */
  private tableHeader(): boolean {
    const { text, first, lineStop, c0 } = this;
    if (
      !this.para ||
      !this.currentIs('paragraph') ||
      (c0 !== Ch.Pipe && c0 !== Ch.Hyphen && c0 !== Ch.Colon) ||
      !this.rest.includes('|') ||
      !isTableDelimiterRow(text, first, lineStop) ||
      tableCells(text, this.lastFirst, this.lastStop) !== tableCells(text, first, lineStop)
    )
      return false;
    // The header row leaves the paragraph, which ends at the line before it (or goes, if it was all).
    const b = this.current!;
    if (this.lastFirst <= b.contentStart) this.blocks.pop();
    else this.extend(this.prevStop);
    this.close();
    this.tableRow(this.lastFirst, this.lastStop);
    this.para = false;
    this.table = true;
    return true;
  }

  /** A `===` or `---` line under a paragraph makes it a heading. */
  private setextUnderline(): boolean {
    const c0 = this.c0;
    if (!this.para || !this.currentIs('paragraph') || (c0 !== Ch.Equals && c0 !== Ch.Hyphen) || !SETEXT.test(this.rest)) return false;
    const b = this.current!;
    b.kind = 'heading';
    b.level = c0 === Ch.Equals ? 1 : 2;
    b.end = this.lineStop;
    this.close();
    this.para = false;
    return true;
  }

  private thematicBreak(): boolean {
    if (!this.thematic.at(this.first, this.lineStop)) return false;
    this.open('thematic', this.lineStart, this.lineStop);
    this.close();
    this.para = false;
    return true;
  }

  private htmlBlock(): boolean {
    if (this.c0 !== Ch.Lt) return false;
    const kind = htmlBlockStart(this.rest, this.para);
    if (kind === HtmlBlock.None) return false;
    this.para = false;
    this.html = kind;
    if (endsAtMarker(kind)) {
      this.open('html', this.lineStart, this.lineStop);
      this.endRawHtml(kind, this.first + (kind === HtmlBlock.Comment ? 2 : 1));
    } else this.open('htmlText', this.lineStart, this.lineStop, this.first, this.lineStop);
    return true;
  }

  /**
   * A definition cannot interrupt a paragraph, but may follow another definition. Like a paragraph,
   * it is continued by lazy and indented lines (which are paragraph text).
   */
  private referenceDefinition(): boolean {
    if (this.c0 !== Ch.LeftBracket || (this.para && !this.currentIs('refdef'))) return false;
    const whole = REFDEF.exec(this.rest);
    if (!whole && !REFDEF_LABEL.test(this.rest)) return false;
    const { first, lineStop } = this;
    this.open('refdef', this.lineStart, lineStop, first, lineStop);
    this.lastFirst = first;
    this.lastStop = lineStop;
    // Without a title yet, the next line may hold it (or, after a label alone, the destination).
    if (!whole || whole[1] === undefined) this.definition = whole ? DefinitionMode.TitleMayFollow : DefinitionMode.LabelAlone;
    this.para = true;
    return true;
  }

  /** Opens a paragraph at the line, or adds the line to the open one. */
  protected paragraphLine(): void {
    const { first, lineStop } = this;
    if (this.para && this.currentIs('paragraph')) {
      this.extend(lineStop);
      this.prevStop = this.lastStop;
    } else this.open('paragraph', this.lineStart, lineStop, first, lineStop);
    this.lastFirst = first;
    this.lastStop = lineStop;
    this.para = true;
  }

  /** A table row: each cell is a paragraph of its own (code spans and math do not cross cells). */
  protected tableRow(first: number, lineStop: number): void {
    tableCells(this.text, first, lineStop, this.addCell);
  }

  /** Made once per scan, not once per row. */
  private readonly addCell = (start: number, end: number): void => {
    this.open('paragraph', start, end);
    this.close();
  };

  /**
   * Ends the raw HTML block of `kind` if its end marker is on the current line (searched from
   * `from`). After a comment, processing instruction, declaration or CDATA section, the rest of the
   * line is text, as in any HTML block; inside `<script>`, `<style>`, `<pre>`, `<textarea>` it is not.
   */
  protected endRawHtml(kind: HtmlBlock, from: number): void {
    const lineStop = this.current!.end;
    const found = htmlEndMarkerEnd(kind, this.text.slice(from, lineStop));
    if (found < 0) return;
    this.html = HtmlBlock.None;
    const stop = from + found;
    if (kind !== HtmlBlock.Raw && !isBlankRange(this.text, stop, lineStop)) {
      this.current!.end = this.current!.contentEnd = stop;
      this.open('htmlText', stop, lineStop, stop, lineStop);
    }
    this.close();
  }

  protected open(kind: BlockKind, start: number, end: number, contentStart = start, contentEnd = end): Block {
    const b: Block = { kind, start, end, contentStart, contentEnd, level: 0 };
    this.blocks.push(b);
    this.current = b;
    return b;
  }

  protected extend(end: number): void {
    this.current!.end = end;
    this.current!.contentEnd = end;
  }

  protected close(): void {
    this.current = null;
  }

  protected currentIs(kind: BlockKind): boolean {
    return this.current !== null && this.current.kind === kind;
  }
}
