// The block scanner's state machine: one line at a time, the open containers first (containerLine.ts),
// then the open leaf block, new containers, and the leaf block the rest of the line starts
// (leafBlocks.ts). One method per construct, in three layers that are one object: the state between
// lines lives in fields, so a line costs no object. blocks.ts holds the entry point, scanBlocks.

import { Ch } from '../text/charCodes';
import { fenceLength, frontMatterEnd, listMarkerLength, startsBlock, startsContainer } from './blockStarts';
import { endsAtMarker, HtmlBlock } from './htmlBlocks';
import { LeafBlocks } from './leafBlocks';
import { isBlankRange, lineEnd } from './lineCursor';
import { DefinitionMode, REFDEF, REFDEF_DEST_LINE, REFDEF_TITLE_LINE } from './referenceDefinitions';

export class BlockScanner extends LeafBlocks {
  /** Offsets of line starts where the scanner was in its initial state: safe places to resume. */
  readonly restarts: number[] = [];

  /**
   * Scans the lines from `from` (0, or a restart point from an earlier scan) to the end of the text.
   * `stopAt` is asked at every later restart point whether scanning may stop there; returns where it
   * stopped, or -1.
   */
  run(from: number, stopAt?: (offset: number) => boolean): number {
    const text = this.text;
    let at = from === 0 ? this.frontMatter() : from;
    while (at <= text.length) {
      if (this.isInitial()) {
        if (at > from && stopAt?.(at)) return at;
        this.restarts.push(at);
      }
      at = this.readLine(at);
      this.scanLine();
    }
    return -1;
  }

  private isInitial(): boolean {
    return (
      this.containers.length === 0 &&
      this.fenceCh === 0 &&
      this.html === HtmlBlock.None &&
      !this.para &&
      this.definition === DefinitionMode.None &&
      !this.table &&
      this.current === null
    );
  }

  /** Front matter, if the text opens with it; returns where the first line to scan starts. */
  private frontMatter(): number {
    const fm = frontMatterEnd(this.text);
    if (fm >= 0) {
      this.open('frontmatter', 0, fm);
      this.close();
      return lineEnd(this.text, fm).next;
    }
    // A byte order mark is not part of the first line.
    return this.text.charCodeAt(0) === Ch.Bom ? 1 : 0;
  }

  private scanLine(): void {
    this.matchContainers();
    // An open fenced block, HTML block or definition continues only inside all its containers.
    if (this.fenceCh !== 0 && this.continueFence()) return;
    if (this.html !== HtmlBlock.None && this.continueHtml()) return;
    if (this.definition !== DefinitionMode.None && this.continueDefinition()) return;
    if (this.blank) {
      // Block quotes end at a blank line; list items go on.
      this.closeContainersFrom(this.matched);
      return;
    }
    this.rest = this.text.slice(this.first, this.lineStop);
    this.c0 = this.text.charCodeAt(this.first);
    if (!this.all && this.lazyContinuation()) return;
    if (this.openContainers(this.para)) {
      this.para = false;
      this.table = false;
      this.close();
      // Nothing after the new containers.
      if (this.first >= this.lineStop) return;
    }
    if (this.table && this.tableBodyRow()) return;
    this.leafBlock();
  }

  /** An open fenced code or math block takes the line if the line is inside all its containers. */
  private continueFence(): boolean {
    if (!this.all) {
      this.fenceCh = 0;
      this.close();
      return false;
    }
    const { text, first, lineStop } = this;
    this.extend(lineStop);
    if (this.fenceCh === Ch.Dollar) {
      if (text.slice(first, lineStop).includes('$$')) this.fenceCh = 0;
    } else if (this.ind < 4) {
      const len = fenceLength(text, first, lineStop);
      if (len !== 0 && text.charCodeAt(first) === this.fenceCh && len >= this.fenceLen && isBlankRange(text, first + len, lineStop)) this.fenceCh = 0;
    }
    if (this.fenceCh === 0) this.close();
    return true;
  }

  /** An open HTML block takes the line, unless the line is outside its containers or ends it (kinds 6–7: blank). */
  private continueHtml(): boolean {
    if (!this.all) {
      this.html = HtmlBlock.None;
      this.close();
      return false;
    }
    if (endsAtMarker(this.html)) {
      // A raw HTML block: markers are literal until its end condition.
      this.extend(this.lineStop);
      this.endRawHtml(this.html, this.first);
      return true;
    }
    if (this.blank) {
      this.html = HtmlBlock.None;
      this.close();
      return false;
    }
    this.extend(this.lineStop);
    return true;
  }

  /**
   * The line after a definition may hold its destination (after a label alone) or its title, also
   * on a lazy line. Returns whether it did.
   */
  private continueDefinition(): boolean {
    const { text, first, lineStop, thematic } = this;
    const mode = this.definition;
    this.definition = DefinitionMode.None;
    const line = text.slice(first, lineStop);
    const c = text.charCodeAt(first);
    const goesOn =
      !this.blank &&
      (this.ind >= 4 ||
        (!startsBlock(text, first, lineStop, line, thematic) && c !== Ch.Gt && (this.all || !startsContainer(text, first, lineStop, line, thematic.at(first, lineStop)))));
    if (goesOn && mode === DefinitionMode.LabelAlone) {
      const m = listMarkerLength(text, first, lineStop, thematic.at(first, lineStop)) < 0 ? REFDEF_DEST_LINE.exec(line) : null;
      if (m) {
        this.extend(lineStop);
        if (m[1] === undefined) this.definition = DefinitionMode.TitleMayFollow;
        return true;
      }
    } else if (goesOn && REFDEF_TITLE_LINE.test(line)) {
      this.extend(lineStop);
      return true;
    }
    // A label alone without a destination is paragraph text after all.
    if (mode === DefinitionMode.LabelAlone) this.current!.kind = 'paragraph';
    return false;
  }

  /** Closes the containers from `n` on and every open block in them. */
  private closeContainersFrom(n: number): void {
    this.containers.truncate(n);
    this.para = false;
    this.table = false;
    this.close();
  }

  /**
   * A line that does not match all the open containers continues the open paragraph lazily (and so
   * do its containers) unless it starts something else; otherwise the unmatched containers close.
   */
  private lazyContinuation(): boolean {
    const { text, first, lineStop, rest, thematic } = this;
    if (this.para && (this.ind >= 4 || (!startsContainer(text, first, lineStop, rest, thematic.at(first, lineStop)) && !startsBlock(text, first, lineStop, rest, thematic)))) {
      // The paragraph (or the definitions) goes on.
      if (!this.currentIs('paragraph') && this.ind < 4 && this.c0 === Ch.LeftBracket && REFDEF.test(rest)) this.open('refdef', this.lineStart, lineStop, first, lineStop);
      else this.paragraphLine();
      return true;
    }
    this.closeContainersFrom(this.matched);
    return false;
  }

  /** In a table's body, a line is a row unless it starts another block. */
  private tableBodyRow(): boolean {
    if (this.ind >= 4 || !startsBlock(this.text, this.first, this.lineStop, this.rest, this.thematic)) {
      this.tableRow(this.first, this.lineStop);
      return true;
    }
    this.table = false;
    return false;
  }
}
