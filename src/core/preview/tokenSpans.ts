// Where markdown-it's inline `text` tokens stand in the source. Text tokens carry no columns, so each
// inline token's content is found line by line in its block's source lines, and then its children are
// walked in order with a cursor: markup that markdown-it consumed (emphasis markers, link brackets and
// destinations, code spans, inline HTML, line breaks) is skipped by what the token says it was, and a
// text token's content is aligned character by character, through backslash escapes and entities.
// Whatever does not align (a plugin's token, typographer replacements, a tab expanded to spaces) leaves
// the rest of that line unmapped, so it is never annotated: a wrong place is worse than none.

import type { MarkdownItLike, MdToken } from './markdownItTypes';
import { LineIndex } from '../text/lineIndex';

/** A text token and, for each index into its content (and its end), the source offset. */
export interface TextSpan {
  token: MdToken;
  /** Whether the token stands inside a link (an annotation there must not be another link). */
  inLink: boolean;
  /** srcOf[k]: source offset of content[k]; srcOf[content.length]: where the content ends. */
  srcOf: Int32Array;
}

const ENTITY = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/** The start offset of every line of `src`. */
export function lineStarts(src: string): number[] {
  const out = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** Source offsets of the starts of an inline token's content lines, or undefined when one is not found. */
function contentLines(src: string, starts: readonly number[], token: MdToken, first: number): number[] | undefined {
  const lines = token.content.split('\n');
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = first + i;
    if (line >= starts.length) return undefined;
    const lineStart = starts[line]!;
    const lineEnd = line + 1 < starts.length ? starts[line + 1]! : src.length;
    const at = lines[i]!.length === 0 ? 0 : src.slice(lineStart, lineEnd).indexOf(lines[i]!);
    if (at < 0) return undefined;
    out.push(lineStart + at);
  }
  return out;
}

/**
 * A table cell's source: from `from` (the line's start or the previous cell's end), past its opening
 * pipe, to the next pipe that is not escaped. Each cell is looked for only there, so a cell whose text
 * is not found as it stands (markdown-it unescapes `\|`) costs its own width, not the rest of the line.
 */
function cellRange(src: string, from: number, lineEnd: number): [number, number] {
  let p = from;
  while (p < lineEnd && (src[p] === ' ' || src[p] === '\t')) p++;
  if (src[p] === '|') p++;
  let end = p;
  while (end < lineEnd && src[end] !== '|') end += src[end] === '\\' ? 2 : 1;
  return [p, Math.min(end, lineEnd)];
}

/** Walks one inline token's children, aligning its text tokens with the content. */
class InlineWalk {
  /** Cursor in the content; -1 once lost (until the next line break). */
  private c = 0;
  private linkDepth = 0;
  /** Where the current content line starts. */
  private lastBreak = 0;
  /** Inside an autolink, whose text is the URL normalised: nothing there is placed. */
  private skipUntilClose = false;

  constructor(
    private readonly md: MarkdownItLike,
    private readonly content: string,
    private readonly srcAt: (k: number) => number,
    private readonly out: TextSpan[],
  ) {}

  walk(children: readonly MdToken[]): void {
    for (let i = 0; i < children.length; i++) {
      const t = children[i]!;
      if (t.type === 'softbreak' || t.type === 'hardbreak') {
        const nl = this.content.indexOf('\n', this.c < 0 ? this.lastBreak : this.c);
        this.c = nl < 0 ? -1 : nl + 1;
        this.lastBreak = nl < 0 ? this.content.length : nl + 1;
        continue;
      }
      if (t.type === 'link_open') this.linkDepth++;
      if (t.type === 'link_close') this.linkDepth = Math.max(0, this.linkDepth - 1);
      if (this.c < 0) continue;
      this.c = t.type === 'link_open' && t.markup === 'linkify' ? this.linkified(t, children[i + 1]) : this.step(t);
    }
  }

  /** The cursor after token `t`, or -1 when `t` cannot be placed. */
  private step(t: MdToken): number {
    const { content } = this;
    let c = this.c;
    switch (t.type) {
      case 'text':
        if (this.lastBreak === c) while (c < content.length && (content[c] === ' ' || content[c] === '\t')) c++;
        return this.text(t, c);
      case 'em_open':
      case 'em_close':
      case 'strong_open':
      case 'strong_close':
      case 's_open':
      case 's_close':
        return content.startsWith(t.markup, c) ? c + t.markup.length : -1;
      case 'code_inline':
        return this.codeSpan(t, c);
      case 'html_inline':
        return content.startsWith(t.content, c) ? c + t.content.length : -1;
      case 'math_inline':
      case 'math_block': {
        // VS Code's math (markdown-it-katex): `$…$` or `$$…$$` inline, the TeX as written between.
        const whole = t.markup + t.content + t.markup;
        return t.markup !== '' && content.startsWith(whole, c) ? c + whole.length : -1;
      }
      case 'link_open':
        if (t.markup === 'autolink') {
          // The text shown is the URL normalised: skip the whole autolink; its text is never annotated.
          const close = content.indexOf('>', c);
          this.skipUntilClose = true;
          return close < 0 ? -1 : close + 1;
        }
        return content[c] === '[' ? c + 1 : -1;
      case 'link_close':
        if (this.skipUntilClose) {
          this.skipUntilClose = false;
          return c;
        }
        if (t.markup === 'linkify' || t.markup === 'autolink') return c;
        return content[c] === ']' ? this.linkTail(c + 1) : -1;
      case 'image':
        return this.image(c);
      default:
        return -1;
    }
  }

  /**
   * Past a URL that linkify found in the text. Its text token shows the URL decoded and its href is
   * encoded: the source holds one of them, or the href without the scheme linkify added.
   */
  private linkified(t: MdToken, text: MdToken | undefined): number {
    const href = t.attrGet('href') ?? '';
    const forms = [text?.type === 'text' ? text.content : '', href, href.replace(/^(?:https?:\/\/|mailto:)/, '')];
    const form = forms.find((f) => f.length > 0 && this.content.startsWith(f, this.c));
    if (form === undefined) return -1;
    this.skipUntilClose = true;
    return this.c + form.length;
  }

  private text(t: MdToken, c: number): number {
    if (this.skipUntilClose) return c;
    const { content, md } = this;
    const s = t.content;
    if (s.length === 0) return c;
    const srcOf = new Int32Array(s.length + 1);
    let k = 0;
    while (k < s.length) {
      if (c >= content.length) return -1;
      const ch = content[c]!;
      if (ch === '\\' && c + 1 < content.length && ASCII_PUNCT.test(content[c + 1]!) && s[k] === content[c + 1]) {
        srcOf[k++] = this.srcAt(c);
        c += 2;
        continue;
      }
      if (ch === '&') {
        const m = ENTITY.exec(content.slice(c, c + 40));
        if (m) {
          const decoded = md.utils.unescapeAll(m[0]);
          if (decoded !== m[0] && s.startsWith(decoded, k)) {
            for (let d = 0; d < decoded.length; d++) srcOf[k++] = this.srcAt(c);
            c += m[0].length;
            continue;
          }
        }
      }
      if (ch !== s[k]) return -1;
      srcOf[k++] = this.srcAt(c);
      c++;
    }
    // The end is where the last unit ends in the source: after an escape or entity it is the cursor.
    srcOf[s.length] = this.srcAt(c - 1) + 1;
    this.out.push({ token: t, inLink: this.linkDepth > 0, srcOf });
    return c;
  }

  /** Past a code span: its opening backticks, then the first run of exactly as many. */
  private codeSpan(t: MdToken, c: number): number {
    const { content } = this;
    const n = t.markup.length;
    if (n === 0 || !content.startsWith(t.markup, c)) return -1;
    for (let i = content.indexOf(t.markup, c + n); i >= 0; i = content.indexOf(t.markup, i + 1)) {
      let end = i + n;
      if (content[i - 1] === '`') continue;
      if (content[end] === '`') {
        while (content[end] === '`') end++;
        i = end - 1;
        continue;
      }
      return end;
    }
    return -1;
  }

  /** Past what follows a link's `]`: `(destination "title")`, `[label]`, `[]` or nothing. */
  private linkTail(c: number): number {
    const { content, md } = this;
    const max = content.length;
    if (content[c] === '(') {
      let p = c + 1;
      while (p < max && /\s/.test(content[p]!)) p++;
      if (content[p] === ')') return p + 1;
      const dest = md.helpers.parseLinkDestination(content, p, max);
      if (dest.ok) p = dest.pos;
      const beforeTitle = p;
      while (p < max && /\s/.test(content[p]!)) p++;
      if (p > beforeTitle || !dest.ok) {
        const title = md.helpers.parseLinkTitle(content, p, max);
        if (title.ok) p = title.pos;
      }
      while (p < max && /\s/.test(content[p]!)) p++;
      if (content[p] === ')') return p + 1;
      // Not an inline link after all (a reference followed by text in parentheses): stay here.
      return c;
    }
    if (content[c] === '[') {
      const close = labelEnd(content, c);
      return close < 0 ? c : close + 1;
    }
    return c;
  }

  /** Past an image: `![alt]` and its destination or label. Its alt text is an attribute: never annotated. */
  private image(c: number): number {
    const { content } = this;
    if (!content.startsWith('![', c)) return -1;
    const close = labelEnd(content, c + 1);
    return close < 0 ? -1 : this.linkTail(close + 1);
  }
}

/** The `]` that closes the bracket at `open`, counting nested brackets and skipping escapes; -1 if none. */
function labelEnd(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The text spans of a token stream parsed from `src`: every inline `text` token that could be placed,
 * in document order. Image alt text is not included.
 */
export function textSpans(md: MarkdownItLike, src: string, tokens: readonly MdToken[]): TextSpan[] {
  const starts = lineStarts(src);
  const out: TextSpan[] = [];
  // markdown-it 12 gives a table cell's inline token no map: its row's line is the cell's.
  let rowLine = -1;
  let cellFrom = 0;
  for (const t of tokens) {
    if (t.type === 'tr_open' && t.map) {
      rowLine = t.map[0];
      cellFrom = starts[rowLine] ?? src.length;
    }
    if (t.type === 'tr_close') rowLine = -1;
    if (t.type !== 'inline' || !t.children) continue;
    let lines: number[] | undefined;
    if (t.map) lines = contentLines(src, starts, t, t.map[0]);
    else if (rowLine >= 0) {
      const lineEnd = rowLine + 1 < starts.length ? starts[rowLine + 1]! : src.length;
      const [from, to] = cellRange(src, cellFrom, lineEnd);
      cellFrom = to;
      const at = t.content.length === 0 ? 0 : src.slice(from, to).indexOf(t.content);
      lines = at < 0 ? undefined : [from + at];
    }
    if (!lines) continue;
    const content = t.content;
    const lineOfContent = lineIndexer(content);
    const srcAt = (k: number): number => {
      const i = lineOfContent(k);
      return lines[i.line]! + (k - i.start);
    };
    new InlineWalk(md, content, srcAt, out).walk(t.children);
  }
  return out;
}

/** For offsets into `s`: the line they are on and where it starts (offsets are asked in order, mostly). */
function lineIndexer(s: string): (k: number) => { line: number; start: number } {
  const index = new LineIndex(s);
  return (k) => {
    const line = index.lineAt(k);
    return { line, start: index.lineStarts[line]! };
  };
}
