// A line-based CommonMark block scanner. It classifies every line of a document into blocks: the
// regions that are never prose (front matter, code, math, raw HTML, reference definitions) and the
// prose blocks (paragraphs, headings, text inside HTML blocks) that the inline scanner then reads.
// It follows CommonMark's block algorithm (a stack of open block quotes and list items matched
// against each line, lazy paragraph continuation, one open leaf block) without building a tree, so
// it is much faster than a full parser. It is checked against micromark over a real Markdown corpus
// (test/unit/markdownAgreement.test.ts).

import { isSpaceOrTab } from '../text/chars';
import { isCompleteTagLine } from './htmlSyntax';
import { ThematicBreaks, isTableDelimiterRow } from './lineShapes';
import { ContainerStack } from './containerStack';

export type BlockKind =
  | 'frontmatter'
  | 'code'
  | 'math'
  | 'html'
  | 'refdef'
  | 'heading'
  | 'paragraph'
  | 'htmlText'
  | 'thematic';

export interface Block {
  kind: BlockKind;
  /** Offset of the block's first line; for a table cell, or text after an HTML comment, where it starts. */
  start: number;
  /** Offset just past the last line's content (line break excluded). */
  end: number;
  /** Prose blocks: where the text starts, past quote markers, list markers and `#`s. */
  contentStart: number;
  /** Prose blocks: where the text ends, before a closing `#` sequence or a setext underline. */
  contentEnd: number;
  /** Headings: 1–6; 0 for every other block. Set when the block is made, so that every block has one
   * shape (a property added to some blocks only makes V8 keep two). */
  level: number;
}

/** Whether the lines of a block are prose that may hold concepts. */
export function isProseBlock(kind: BlockKind): boolean {
  return kind === 'paragraph' || kind === 'heading' || kind === 'htmlText';
}

interface Fence {
  /** The fence character: backtick, tilde, or `$` for a math block. */
  ch: number;
  len: number;
}

/** The parser's state between two lines. A line that starts in the initial state is a restart point. */
interface State {
  containers: ContainerStack;
  /** The open fenced code or math block. */
  fence: Fence | null;
  /** 0: none; 1–5: raw HTML block, waiting for its end marker; 6–7: HTML block, ends at a blank line. */
  html: number;
  /** The open block is a paragraph (or definitions, which read like one): it may continue lazily. */
  para: boolean;
  /** 1: the previous line is a reference label alone (`[a]:`), its destination must follow; 2: a
   * definition without a title, whose title may follow on the next line. */
  refdef: number;
  /** In the body of a GFM table: each line is a row of cells. */
  table: boolean;
  /** The open paragraph's last line (from its text, past container markers) and the line before. */
  lastFirst: number;
  lastStop: number;
  prevStop: number;
}

/** A position in a line: the offset and its column (tabs expanded to multiples of 4). When a tab is
 * only partly consumed (the optional space after `>`), `pos` stays on it and `col` is inside it. */
interface Cursor {
  pos: number;
  col: number;
}

/** Skips spaces and tabs. */
function skipWs(text: string, c: Cursor, to: number): void {
  let { pos, col } = c;
  for (; pos < to; pos++) {
    const u = text.charCodeAt(pos);
    if (u === 32) col++;
    else if (u === 9) col += 4 - (col % 4);
    else break;
  }
  c.pos = pos;
  c.col = col;
}

/** Consumes `n` columns of whitespace (the caller knows there are that many). */
function consumeCols(text: string, c: Cursor, n: number): void {
  while (n > 0) {
    const u = text.charCodeAt(c.pos);
    if (u === 9) {
      const stop = c.col + 4 - (c.col % 4);
      if (stop - c.col <= n) {
        n -= stop - c.col;
        c.col = stop;
        c.pos++;
      } else {
        c.col += n;
        n = 0;
      }
    } else {
      c.pos++;
      c.col++;
      n--;
    }
  }
}

/** After a `>`: consumes the optional space (one column of a tab). */
function quoteSpace(text: string, c: Cursor, to: number): void {
  const u = c.pos < to ? text.charCodeAt(c.pos) : -1;
  if (u === 32 || u === 9) consumeCols(text, c, 1);
}

const HTML_RAW_START = /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_RAW_END: Record<number, RegExp> = {
  1: /<\/(?:script|pre|style|textarea)>/i,
  2: /-->/,
  3: /\?>/,
  4: />/,
  5: /\]\]>/,
};
const HTML_BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl ' +
    'dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li ' +
    'link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th ' +
    'thead title tr track ul'
  ).split(' '),
);
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const REF_LABEL = '\\[(?!\\^)(?:[^\\]\\\\[]|\\\\.){1,999}\\]:';
const REF_DEST = '(?:<(?:[^<>\\n\\\\]|\\\\.)*>|[^\\s<]\\S*)';
const REF_TITLE = `(?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|\\((?:[^()\\\\]|\\\\.)*\\))`;
/** A whole reference definition on one line; group 1 is set when it has a title. */
const REFDEF = new RegExp(`^${REF_LABEL}[ \\t]*${REF_DEST}(?:([ \\t]+${REF_TITLE}))?[ \\t]*$`);
/** A label alone: the destination follows on the next line. */
const REFDEF_LABEL = new RegExp(`^${REF_LABEL}[ \\t]*$`);
/** The next line of a definition whose label stands alone. */
const REFDEF_DEST_LINE = new RegExp(`^${REF_DEST}(?:([ \\t]+${REF_TITLE}))?[ \\t]*$`);
/** A title on the line after a definition. */
const REFDEF_TITLE_LINE = new RegExp(`^${REF_TITLE}[ \\t]*$`);
/** A GFM footnote definition: `[^label]:`. */
const FOOTNOTE_DEF = /^\[\^[^\]\s[]{1,999}\]:/;

/** HTML block kind (1–7) that a line starting with `<` opens, or 0. */
function htmlStart(rest: string, para: boolean): number {
  if (HTML_RAW_START.test(rest)) return 1;
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (rest.startsWith('<![CDATA[')) return 5;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(rest);
  if (m && HTML_BLOCK_TAGS.has(m[1]!.toLowerCase())) {
    const after = rest.slice(m[0].length);
    if (after === '' || /^\s/.test(after) || after.startsWith('>') || after.startsWith('/>')) return 6;
  }
  if (!para && isCompleteTagLine(rest, 0, rest.length)) return 7;
  return 0;
}

function fenceRun(text: string, at: number, to: number): { ch: number; len: number } | null {
  const ch = text.charCodeAt(at);
  if (ch !== 96 && ch !== 126) return null;
  let j = at;
  while (j < to && text.charCodeAt(j) === ch) j++;
  const len = j - at;
  if (len < 3) return null;
  if (ch === 96 && text.slice(j, to).includes('`')) return null;
  return { ch, len };
}

function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/** Where the line that starts at `start` ends (before its break) and where the next one starts. */
export function lineEnd(text: string, start: number): { end: number; next: number } {
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
    i++;
  }
  return { end: n, next: n + 1 };
}

/** Front matter at the very start (after a BOM): YAML `---` or TOML `+++`. Returns its end, or -1. */
function frontMatterEnd(text: string): number {
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { end, next } = lineEnd(text, first);
  const opener = text.slice(first, end).trimEnd();
  if (opener !== '---' && opener !== '+++') return -1;
  let at = next;
  while (at <= text.length) {
    const line = lineEnd(text, at);
    const body = text.slice(at, line.end).trimEnd();
    if (body === opener || (opener === '---' && body === '...')) return line.end;
    if (line.next > text.length) break;
    at = line.next;
  }
  return -1;
}

export interface BlockScan {
  blocks: Block[];
  /** Offsets of line starts where the parser was in its initial state: safe places to resume. */
  restarts: number[];
}

/**
 * Scans the lines from `from` (0, or a restart point from an earlier scan) to the end of the text.
 * `stopAt`, when given, is asked at every later restart point whether scanning may stop there.
 */
export function scanBlocks(text: string, from = 0, stopAt?: (offset: number) => boolean): BlockScan & { stoppedAt: number } {
  const blocks: Block[] = [];
  const restarts: number[] = [];
  const st: State = { containers: new ContainerStack(), fence: null, html: 0, para: false, refdef: 0, table: false, lastFirst: 0, lastStop: 0, prevStop: 0 };
  const cs = st.containers;
  let at = from;
  let current = null as Block | null;
  const cur: Cursor = { pos: 0, col: 0 };
  const ws: Cursor = { pos: 0, col: 0 };
  const thematic = new ThematicBreaks(text);

  const close = (): void => {
    current = null;
  };
  const open = (kind: BlockKind, start: number, end: number, contentStart = start, contentEnd = end): Block => {
    const b: Block = { kind, start, end, contentStart, contentEnd, level: 0 };
    blocks.push(b);
    current = b;
    return b;
  };
  const extend = (end: number, contentEnd = end): void => {
    current!.end = end;
    current!.contentEnd = contentEnd;
  };
  const currentIs = (kind: BlockKind): boolean => current !== null && current.kind === kind;
  /** Opens a paragraph at the line, or adds the line to the open one. */
  const paragraphLine = (lineStart: number, first: number, lineStop: number): void => {
    if (st.para && currentIs('paragraph')) {
      extend(lineStop);
      st.prevStop = st.lastStop;
    } else open('paragraph', lineStart, lineStop, first, lineStop);
    st.lastFirst = first;
    st.lastStop = lineStop;
    st.para = true;
  };
  /** A table row: each cell is a paragraph of its own (code spans and math do not cross cells). */
  const tableRow = (first: number, lineStop: number): void => {
    tableCells(text, first, lineStop, (s, e) => {
      open('paragraph', s, e);
      close();
    });
  };
  /**
   * Ends the raw HTML block of `kind` if its end marker is on the current line (searched from
   * `from`). After a comment, processing instruction, declaration or CDATA section, the rest of the
   * line is text, as in any HTML block; inside `<script>`, `<style>`, `<pre>`, `<textarea>` it is not.
   */
  const endRawHtml = (kind: number, from: number): void => {
    const lineStop = current!.end;
    const re = HTML_RAW_END[kind]!;
    const m = re.exec(text.slice(from, lineStop));
    if (!m) return;
    st.html = 0;
    const stop = from + m.index + m[0].length;
    if (kind !== 1 && !isBlankRange(text, stop, lineStop)) {
      current!.end = current!.contentEnd = stop;
      open('htmlText', stop, lineStop, stop, lineStop);
    }
    close();
  };

  if (from === 0) {
    const fm = frontMatterEnd(text);
    if (fm >= 0) {
      open('frontmatter', 0, fm);
      close();
      at = lineEnd(text, fm).next;
    } else if (text.charCodeAt(0) === 0xfeff) at = 1; // A byte order mark is not part of the first line.
  }

  while (at <= text.length) {
    const initial =
      cs.length === 0 && st.fence === null && st.html === 0 && !st.para && st.refdef === 0 && !st.table && current === null;
    if (initial && at > from) {
      if (stopAt?.(at)) return { blocks, restarts, stoppedAt: at };
      restarts.push(at);
    } else if (initial && at === from) restarts.push(at);

    const { end: lineStop, next } = lineEnd(text, at);
    const lineStart = at;
    at = next;

    // 1. Match the open containers: `>` for a block quote, enough indentation for a list item.
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
          if (ws.col - cur.col > 3 || ws.pos >= lineStop || text.charCodeAt(ws.pos) !== 62 /* > */) break;
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
    const all = matched === cs.length;
    ws.pos = cur.pos;
    ws.col = cur.col;
    skipWs(text, ws, lineStop);
    let first = ws.pos;
    let ind = ws.col - cur.col;
    const blank = first >= lineStop;

    // 2. An open fenced block, HTML block or definition continues only inside all its containers.
    if (st.fence) {
      if (all) {
        extend(lineStop);
        if (st.fence.ch === 36) {
          if (text.slice(first, lineStop).includes('$$')) st.fence = null;
        } else if (ind < 4) {
          const run = fenceRun(text, first, lineStop);
          if (run && run.ch === st.fence.ch && run.len >= st.fence.len && isBlankRange(text, first + run.len, lineStop)) st.fence = null;
        }
        if (!st.fence) close();
        continue;
      }
      st.fence = null;
      close();
    }
    if (st.html !== 0) {
      if (!all) {
        st.html = 0;
        close();
      } else if (st.html <= 5) {
        // A raw HTML block: markers are literal until its end condition.
        extend(lineStop);
        endRawHtml(st.html, first);
        continue;
      } else if (blank) {
        st.html = 0;
        close();
      } else {
        extend(lineStop);
        continue;
      }
    }
    if (st.refdef !== 0) {
      // The line after a definition may hold its destination (after a label alone) or its title,
      // also on a lazy line.
      const mode = st.refdef;
      st.refdef = 0;
      const line = text.slice(first, lineStop);
      const c = text.charCodeAt(first);
      const goesOn =
        !blank &&
        (ind >= 4 || (!startsBlock(text, first, lineStop, line, thematic) && c !== 62 /* > */ && (all || !startsContainer(text, first, lineStop, line, thematic.at(first, lineStop)))));
      if (goesOn && mode === 1) {
        const m = listMarkerLength(text, first, lineStop, thematic.at(first, lineStop)) < 0 ? REFDEF_DEST_LINE.exec(line) : null;
        if (m) {
          extend(lineStop);
          if (m[1] === undefined) st.refdef = 2;
          continue;
        }
      } else if (goesOn && REFDEF_TITLE_LINE.test(line)) {
        extend(lineStop);
        continue;
      }
      // A label alone without a destination is paragraph text after all.
      if (mode === 1) current!.kind = 'paragraph';
    }

    if (blank) {
      // Block quotes end at a blank line; list items go on.
      cs.truncate(matched);
      st.para = false;
      st.table = false;
      close();
      continue;
    }

    // 3. New containers, unless the line is a lazy continuation of an open paragraph.
    let rest = text.slice(first, lineStop);
    let c0 = text.charCodeAt(first);
    if (!all) {
      if (st.para && (ind >= 4 || (!startsContainer(text, first, lineStop, rest, thematic.at(first, lineStop)) && !startsBlock(text, first, lineStop, rest, thematic)))) {
        // Lazy continuation: the paragraph (or the definitions) goes on and so do its containers.
        if (!currentIs('paragraph') && ind < 4 && c0 === 91 && REFDEF.test(rest)) open('refdef', lineStart, lineStop, first, lineStop);
        else paragraphLine(lineStart, first, lineStop);
        continue;
      }
      cs.truncate(matched);
      st.para = false;
      st.table = false;
      close();
    }
    let opened = false;
    while (ind < 4) {
      if (c0 === 62 /* > */) {
        cs.pushQuote();
        cur.pos = first + 1;
        cur.col = ws.col + 1;
        quoteSpace(text, cur, lineStop);
      } else {
        let item = listMarkerLength(text, first, lineStop, thematic.at(first, lineStop));
        // A list item interrupts a paragraph only with content and, if ordered, starting at 1
        // ("1984. It was cold" goes on with the sentence before it).
        if (item > 0 && st.para && !opened) {
          const ordered = c0 >= 48 && c0 <= 57;
          if ((ordered && parseInt(text.slice(first, first + item), 10) !== 1) || isBlankRange(text, first + item, lineStop)) item = -1;
        }
        const footnote = item < 0 && c0 === 91 /* [ */ ? FOOTNOTE_DEF.exec(text.slice(first, lineStop)) : null;
        if (item < 0 && !footnote) break;
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
          cs.pushItem(markerCol - ind + 4, false);
          cur.pos = ws.pos;
          cur.col = ws.col;
        } else {
          // One to four columns after the marker; with five or more, the content starts one column in
          // (as indented code).
          const spaces = empty || ws.col - cur.col > 4 ? 1 : ws.col - cur.col;
          cs.pushItem(cur.col + spaces, empty);
          if (!empty) consumeCols(text, cur, spaces);
        }
      }
      opened = true;
      ws.pos = cur.pos;
      ws.col = cur.col;
      skipWs(text, ws, lineStop);
      first = ws.pos;
      ind = ws.col - cur.col;
      c0 = text.charCodeAt(first);
      if (first >= lineStop) break;
    }
    // Sliced once past the containers: a slice per nesting level would cost an object per level.
    if (opened) rest = text.slice(first, lineStop);
    if (opened) {
      st.para = false;
      st.table = false;
      close();
      if (first >= lineStop) continue;
    }
    if (st.table) {
      if (ind >= 4 || !startsBlock(text, first, lineStop, rest, thematic)) {
        tableRow(first, lineStop);
        continue;
      }
      st.table = false;
    }

    // 4. The leaf block on the rest of the line.
    if (ind >= 4) {
      // Indented code does not interrupt a paragraph (nor the definitions that read like one).
      if (st.para) paragraphLine(lineStart, first, lineStop);
      else if (currentIs('code')) extend(lineStop);
      else open('code', lineStart, lineStop);
      continue;
    }
    const run = fenceRun(text, first, lineStop);
    if (run) {
      st.fence = run;
      st.para = false;
      open('code', lineStart, lineStop);
      continue;
    }
    if (c0 === 36 && rest.startsWith('$$') && !rest.slice(2).includes('$$')) {
      st.fence = { ch: 36, len: 2 };
      st.para = false;
      open('math', lineStart, lineStop);
      continue;
    }
    const atx = c0 === 35 ? atxLevel(text, first, lineStop) : 0;
    if (atx > 0) {
      let hs = first + atx;
      while (hs < lineStop && isSpaceOrTab(text.charCodeAt(hs))) hs++;
      let he = lineStop;
      while (he > hs && isSpaceOrTab(text.charCodeAt(he - 1))) he--;
      let k = he;
      while (k > hs && text.charCodeAt(k - 1) === 35) k--;
      if (k < he && (k === hs || isSpaceOrTab(text.charCodeAt(k - 1)))) {
        he = k;
        while (he > hs && isSpaceOrTab(text.charCodeAt(he - 1))) he--;
      }
      if (hs > he) hs = he;
      const h = open('heading', lineStart, lineStop, hs, he);
      h.level = atx;
      close();
      st.para = false;
      continue;
    }
    // A table: a delimiter row under a header row, the paragraph's last line, with as many cells.
    if (
      st.para &&
      currentIs('paragraph') &&
      (c0 === 124 || c0 === 45 || c0 === 58) &&
      rest.includes('|') &&
      isTableDelimiterRow(text, first, lineStop) &&
      tableCells(text, st.lastFirst, st.lastStop) === tableCells(text, first, lineStop)
    ) {
      const b = current!;
      if (st.lastFirst <= b.contentStart) blocks.pop();
      else extend(st.prevStop);
      close();
      tableRow(st.lastFirst, st.lastStop);
      st.para = false;
      st.table = true;
      continue;
    }
    if (st.para && currentIs('paragraph') && (c0 === 61 || c0 === 45) && SETEXT.test(rest)) {
      const b = current!;
      b.kind = 'heading';
      b.level = c0 === 61 ? 1 : 2;
      b.end = lineStop;
      close();
      st.para = false;
      continue;
    }
    if (thematic.at(first, lineStop)) {
      open('thematic', lineStart, lineStop);
      close();
      st.para = false;
      continue;
    }
    if (c0 === 60 /* < */) {
      const kind = htmlStart(rest, st.para);
      if (kind !== 0) {
        st.para = false;
        st.html = kind;
        if (kind <= 5) {
          open('html', lineStart, lineStop);
          endRawHtml(kind, first + (kind === 2 ? 2 : 1));
        } else open('htmlText', lineStart, lineStop, first, lineStop);
        continue;
      }
    }
    // A definition cannot interrupt a paragraph, but may follow another definition. Like a
    // paragraph, it is continued by lazy and indented lines (which are paragraph text).
    if (c0 === 91 /* [ */ && (!st.para || currentIs('refdef'))) {
      const whole = REFDEF.exec(rest);
      if (whole || REFDEF_LABEL.test(rest)) {
        open('refdef', lineStart, lineStop, first, lineStop);
        st.lastFirst = first;
        st.lastStop = lineStop;
        // Without a title yet, the next line may hold it (or, after a label alone, the destination).
        if (!whole || whole[1] === undefined) st.refdef = whole ? 2 : 1;
        st.para = true;
        continue;
      }
    }
    paragraphLine(lineStart, first, lineStop);
  }
  return { blocks, restarts, stoppedAt: -1 };
}

/**
 * The cells of a table row in [first, stop): how many, each passed (trimmed, when not empty) to
 * `cell`. Cells are split at pipes that are not escaped, even inside code spans, as in GFM.
 */
function tableCells(text: string, first: number, stop: number, cell?: (start: number, end: number) => void): number {
  let i = first;
  if (text.charCodeAt(i) === 124) i++;
  let from = i;
  let n = 0;
  for (; i <= stop; i++) {
    const c = i < stop ? text.charCodeAt(i) : 124;
    if (c === 92 /* \ */ && i + 1 < stop) {
      i++;
      continue;
    }
    if (c !== 124) continue;
    let s = from;
    let e = Math.min(i, stop);
    while (s < e && isSpaceOrTab(text.charCodeAt(s))) s++;
    while (e > s && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
    // What follows the last pipe is a cell only if it holds something.
    if (i < stop || s < e) {
      n++;
      if (cell && s < e) cell(s, e);
    }
    from = i + 1;
  }
  return n;
}

/** Whether the line at `first` starts a leaf block that interrupts a paragraph. */
function startsBlock(text: string, first: number, lineStop: number, rest: string, thematic: ThematicBreaks): boolean {
  const c0 = text.charCodeAt(first);
  return (
    (c0 === 35 /* # */ && /^#{1,6}(?:[ \t]|$)/.test(rest)) ||
    fenceRun(text, first, lineStop) !== null ||
    (c0 === 36 && rest.startsWith('$$')) ||
    (c0 === 60 /* < */ && htmlStart(rest, true) !== 0) ||
    thematic.at(first, lineStop)
  );
}

/** Whether the line at `first` opens a container (outside the paragraph's own ones, so any list item). */
function startsContainer(text: string, first: number, lineStop: number, rest: string, isThematic: boolean): boolean {
  const c0 = text.charCodeAt(first);
  return c0 === 62 /* > */ || listMarkerLength(text, first, lineStop, isThematic) > 0 || (c0 === 91 && FOOTNOTE_DEF.test(rest));
}

/** The level of an ATX heading opening at `first` (one to six `#` before a space, a tab or the line's end), or 0. */
function atxLevel(text: string, first: number, lineStop: number): number {
  let i = first;
  while (i < lineStop && i - first < 7 && text.charCodeAt(i) === 35) i++;
  const level = i - first;
  return level <= 6 && (i >= lineStop || isSpaceOrTab(text.charCodeAt(i))) ? level : 0;
}

/**
 * The length of a list item marker at `first` (`-`, `+`, `*`, or up to nine digits and `.` or `)`,
 * followed by a space, a tab or the line's end), or -1; -1 also when the line is a thematic break.
 */
function listMarkerLength(text: string, first: number, lineStop: number, isThematic: boolean): number {
  const c0 = text.charCodeAt(first);
  let end: number;
  if (c0 === 45 || c0 === 43 || c0 === 42) {
    if ((c0 === 42 || c0 === 45) && isThematic) return -1;
    end = first + 1;
  } else {
    let i = first;
    while (i < lineStop && i - first < 9 && isDigit(text.charCodeAt(i))) i++;
    const mark = text.charCodeAt(i);
    if (i === first || i >= lineStop || (mark !== 46 /* . */ && mark !== 41) /* ) */) return -1;
    end = i + 1;
  }
  return end >= lineStop || isSpaceOrTab(text.charCodeAt(end)) ? end - first : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
