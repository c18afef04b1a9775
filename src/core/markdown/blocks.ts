// A line-based CommonMark block scanner. It classifies every line of a document into blocks: the
// regions that are never prose (front matter, code, math, raw HTML, reference definitions) and the
// prose blocks (paragraphs, headings, text inside HTML blocks) that the inline scanner then reads.
// It is much faster than a full parser and is checked against micromark over a real Markdown corpus
// (test/unit/markdownAgreement.test.ts).

import { isSpaceOrTab } from '../text/chars';

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
  /** Offset of the block's first line. */
  start: number;
  /** Offset just past the last line's content (line break excluded). */
  end: number;
  /** Prose blocks: where the text starts, past quote markers, list markers and `#`s. */
  contentStart: number;
  /** Prose blocks: where the text ends, before a closing `#` sequence or a setext underline. */
  contentEnd: number;
  /** Headings only. */
  level?: number;
}

/** Whether the lines of a block are prose that may hold concepts. */
export function isProseBlock(kind: BlockKind): boolean {
  return kind === 'paragraph' || kind === 'heading' || kind === 'htmlText';
}

interface Fence {
  ch: number;
  len: number;
  base: number;
  quote: number;
  kind: 'code' | 'math';
}

/** The parser's state between two lines. A line that starts in the initial state is a restart point. */
interface State {
  fence: Fence | null;
  /** 0: none; 1–5: raw HTML block, waiting for its end marker; 6–7: HTML block, ends at a blank line. */
  html: number;
  /** The previous line is paragraph text: it may continue lazily or turn into a setext heading. */
  para: boolean;
  /** Content columns of the open list items, innermost last. */
  lists: number[];
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
const HTML_COMPLETE_TAG =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const REFDEF = /^\[(?:[^\]\\[]|\\.){1,999}\]:[ \t]*(?:<[^>\n]*>|\S+)/;

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
  if (!para && HTML_COMPLETE_TAG.test(rest)) return 7;
  return 0;
}

/** Columns of leading whitespace (tabs to the next multiple of 4) and the offset of the first other unit. */
function indentation(text: string, from: number, to: number): { cols: number; at: number } {
  let cols = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) cols++;
    else if (c === 9) cols += 4 - (cols % 4);
    else break;
  }
  return { cols, at: i };
}

/** Strips up to `max` block-quote markers; returns how many and where the rest starts. */
function quotePrefix(text: string, from: number, to: number, max: number): { depth: number; at: number } {
  let depth = 0;
  let i = from;
  while (depth < max) {
    let j = i;
    let sp = 0;
    while (j < to && text.charCodeAt(j) === 32 && sp < 3) {
      j++;
      sp++;
    }
    if (j < to && text.charCodeAt(j) === 62 /* > */) {
      j++;
      if (j < to && isSpaceOrTab(text.charCodeAt(j))) j++;
      i = j;
      depth++;
    } else break;
  }
  return { depth, at: i };
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
  const st: State = { fence: null, html: 0, para: false, lists: [] };
  let at = from;
  let current = null as Block | null;

  const close = (): void => {
    current = null;
  };
  const open = (kind: BlockKind, start: number, end: number, contentStart = start, contentEnd = end): Block => {
    const b: Block = { kind, start, end, contentStart, contentEnd };
    blocks.push(b);
    current = b;
    return b;
  };
  const extend = (end: number, contentEnd = end): void => {
    current!.end = end;
    current!.contentEnd = contentEnd;
  };

  if (from === 0) {
    const fm = frontMatterEnd(text);
    if (fm >= 0) {
      open('frontmatter', 0, fm);
      close();
      at = lineEnd(text, fm).next;
    }
  }

  while (at <= text.length) {
    const initial = st.fence === null && st.html === 0 && !st.para && st.lists.length === 0 && current === null;
    if (initial && at > from) {
      if (stopAt?.(at)) return { blocks, restarts, stoppedAt: at };
      restarts.push(at);
    } else if (initial && at === from) restarts.push(at);

    const { end: lineStop, next } = lineEnd(text, at);
    const lineStart = at;
    at = next;

    // Inside a raw HTML block, markers are literal until its end condition.
    if (st.html >= 1 && st.html <= 5) {
      if (current === null || (current as Block).kind !== 'html') open('html', lineStart, lineStop);
      else extend(lineStop);
      if (HTML_RAW_END[st.html]!.test(text.slice(lineStart, lineStop))) {
        st.html = 0;
        close();
      }
      continue;
    }

    const fence = st.fence;
    const q = quotePrefix(text, lineStart, lineStop, fence && fence.quote === 0 ? 0 : 100);
    const { cols: ind, at: first } = indentation(text, q.at, lineStop);
    const blank = first >= lineStop;

    if (fence) {
      const leftQuote = q.depth < fence.quote;
      const leftList = fence.base > 0 && !blank && ind < fence.base;
      if (!leftQuote && !leftList) {
        extend(lineStop);
        const rel = ind - fence.base;
        if (fence.kind === 'code') {
          const run = rel <= 3 && rel >= 0 ? fenceRun(text, first, lineStop) : null;
          if (run && run.ch === fence.ch && run.len >= fence.len && isBlankRange(text, first + run.len, lineStop)) {
            st.fence = null;
            close();
          }
        } else if (text.slice(first, lineStop).includes('$$')) {
          st.fence = null;
          close();
        }
        continue;
      }
      st.fence = null;
      close();
    }

    if (st.html >= 6) {
      if (blank) {
        st.html = 0;
        st.para = false;
        close();
      } else extend(lineStop);
      if (!blank) continue;
    }

    if (blank) {
      st.para = false;
      close();
      continue;
    }

    const rest = text.slice(first, lineStop);
    const c0 = text.charCodeAt(first);
    const listItem = LIST_ITEM.exec(rest);
    const startsBlock =
      c0 === 35 /* # */ ||
      fenceRun(text, first, lineStop) !== null ||
      rest.startsWith('$$') ||
      (c0 === 60 /* < */ && htmlStart(rest, true) !== 0) ||
      THEMATIC.test(rest) ||
      listItem !== null;

    // Lazy continuation keeps list items open; anything else at a lower indent closes them.
    const lazy = st.para && !startsBlock;
    if (!lazy) while (st.lists.length > 0 && ind < st.lists[st.lists.length - 1]!) st.lists.pop();
    const base = st.lists.length > 0 ? st.lists[st.lists.length - 1]! : 0;
    const rel = ind - base;

    if (rel >= 4) {
      if (st.para) {
        extend(lineStop);
        continue;
      }
      if (current === null || (current as Block).kind !== 'code') open('code', lineStart, lineStop);
      else extend(lineStop);
      continue;
    }

    const run = fenceRun(text, first, lineStop);
    if (run) {
      st.fence = { ch: run.ch, len: run.len, base, quote: q.depth, kind: 'code' };
      st.para = false;
      open('code', lineStart, lineStop);
      continue;
    }
    if (rest.startsWith('$$') && !rest.slice(2).includes('$$')) {
      st.fence = { ch: 36, len: 2, base, quote: q.depth, kind: 'math' };
      st.para = false;
      open('math', lineStart, lineStop);
      continue;
    }
    const atx = /^(#{1,6})(?:[ \t]+|$)/.exec(rest);
    if (atx) {
      let cs = first + atx[0].length;
      let ce = lineStop;
      while (ce > cs && isSpaceOrTab(text.charCodeAt(ce - 1))) ce--;
      let k = ce;
      while (k > cs && text.charCodeAt(k - 1) === 35) k--;
      if (k < ce && (k === cs || isSpaceOrTab(text.charCodeAt(k - 1)))) {
        ce = k;
        while (ce > cs && isSpaceOrTab(text.charCodeAt(ce - 1))) ce--;
      }
      if (cs > ce) cs = ce;
      const h = open('heading', lineStart, lineStop, cs, ce);
      h.level = atx[1]!.length;
      close();
      st.para = false;
      continue;
    }
    if (st.para && current !== null && (current as Block).kind === 'paragraph' && SETEXT.test(rest) && !listItem) {
      const b = current as Block;
      b.kind = 'heading';
      b.level = c0 === 61 ? 1 : 2;
      b.end = lineStop;
      close();
      st.para = false;
      continue;
    }
    if (THEMATIC.test(rest)) {
      open('thematic', lineStart, lineStop);
      close();
      st.para = false;
      continue;
    }
    if (c0 === 60) {
      const kind = htmlStart(rest, st.para);
      if (kind !== 0) {
        st.para = false;
        if (kind <= 5) {
          open('html', lineStart, lineStop);
          if (HTML_RAW_END[kind]!.test(rest.slice(kind === 2 ? 4 : 1))) close();
          else st.html = kind;
        } else {
          open('htmlText', lineStart, lineStop, first, lineStop);
          st.html = kind;
        }
        continue;
      }
    }
    if (listItem) {
      const markerEnd = first + listItem[0].length;
      const after = indentation(text, markerEnd, lineStop);
      const spaces = after.at >= lineStop ? 1 : after.cols > 4 ? 1 : after.cols;
      st.lists.push(ind + listItem[0].length + Math.max(spaces, 1));
      const contentAt = after.cols > 4 ? markerEnd + 1 : after.at;
      // A fence may open on the item's own line ("- ```js").
      const innerRun = contentAt < lineStop ? fenceRun(text, contentAt, lineStop) : null;
      if (innerRun) {
        st.fence = { ch: innerRun.ch, len: innerRun.len, base: st.lists[st.lists.length - 1]!, quote: q.depth, kind: 'code' };
        st.para = false;
        open('code', lineStart, lineStop);
        continue;
      }
      const innerAtx = /^(#{1,6})(?:[ \t]+|$)/.exec(text.slice(contentAt, lineStop));
      if (innerAtx) {
        const h = open('heading', lineStart, lineStop, contentAt + innerAtx[0].length, lineStop);
        h.level = innerAtx[1]!.length;
        close();
        st.para = false;
        continue;
      }
      open('paragraph', lineStart, lineStop, Math.min(contentAt, lineStop), lineStop);
      st.para = contentAt < lineStop;
      if (!st.para) close();
      continue;
    }
    if (!st.para && c0 === 91 /* [ */ && REFDEF.test(rest)) {
      open('refdef', lineStart, lineStop);
      close();
      continue;
    }
    if (st.para && current !== null && (current as Block).kind === 'paragraph') extend(lineStop);
    else open('paragraph', lineStart, lineStop, first, lineStop);
    st.para = true;
  }
  return { blocks, restarts, stoppedAt: -1 };
}
