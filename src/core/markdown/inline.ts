// Inline regions that are not prose, inside one prose block: code spans, math, HTML tags and
// comments, autolinks, bare URLs, link destinations and reference labels, template tags of static
// site generators ({{ … }}, {% … %}, Hugo's {{< … >}}), file names (images/transformer.png) and bare
// paths (/home/me/symmetry-app, ~/notes/entropy).
// Link text, image alt text and emphasis stay prose.

import { Ch } from '../text/charCodes';
import { isAsciiAlnum, isAsciiPunct, isJsWhitespace } from '../text/chars';
import { bareEmail, bareUrlEnd } from './autolinkLiterals';
import { ClosingRuns, runEnd } from './closingRuns';
import { emailAutolinkEnd, inlineHtmlEnd, uriAutolinkEnd, type Unclosed } from './htmlSyntax';
import { LinkDestinations } from './linkDestinations';
import { labelEnd, linkTailEnd, wikiEmbedEnd, wikiLinkPipe, type UnclosedTitles } from './linkSyntax';

/**
 * Appends the excluded ranges of the prose in [start, end) to `out` as start/end pairs, in order.
 * `htmlOnly` is for the text of an HTML block, where Markdown is not parsed: only tags, comments and
 * bare URLs are excluded there.
 */
export function scanInline(text: string, start: number, end: number, out: number[], htmlOnly = false): void {
  new InlineScanner(text, start, end, out, htmlOnly).run();
}

/**
 * Whether scanInline() may exclude in [start, end) anything but code spans and math: false only when the
 * range has none of the units every other excluded range needs (a tag's or autolink's `<`, a link's or
 * footnote's brackets, an email's `@`, a template's `{`, a path's or URL's `/`, a dot with more after it,
 * as in a file name or www.). A linear look, far cheaper than reading the range's inline markup.
 */
export function mayHoldAddresses(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Lt || c === Ch.LeftBracket || c === Ch.RightBracket || c === Ch.At || c === Ch.LeftBrace || c === Ch.Slash) return true;
    if (c === Ch.Dot && i + 1 < end && !isJsWhitespace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * One inline range being read. Each construct is a method that returns where reading goes on past
 * it, or -1 when there is none at `i`; what one construct learns (closing runs, unclosed comments
 * and titles) is kept for the later ones. It is its own record of unclosed HTML, so a range costs
 * one object for that.
 */
class InlineScanner implements Unclosed {
  comment = false;
  cdata = false;
  pi = false;
  decl = false;
  private brackets = 0;
  /** The end of the last range pushed: an email's local part starts no earlier. */
  private floor: number;
  private backtickRuns: ClosingRuns | undefined;
  private dollarRuns: ClosingRuns | undefined;
  private unclosedTitles: UnclosedTitles | undefined;
  private destinations: LinkDestinations | undefined;
  /** The last walk back from a file name's dot: where the dot was, where its token starts, whether a `/` is in it. */
  private lastWalk = { dot: -1, start: -1, path: false };
  /** Per kind of tag ({{ and {%): where the next closing `}}` / `%}` stands, -1 when none is left, -2 before the first search. */
  private readonly templateClose = [-2, -2];

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly out: number[],
    private readonly htmlOnly: boolean,
  ) {
    this.floor = start;
  }

  run(): void {
    const { text, end } = this;
    let i = this.start;
    while (i < end) {
      const c = text.charCodeAt(i);
      let next = -1;
      switch (c) {
        case Ch.Backslash:
          next = this.escape(i);
          break;
        case Ch.Backtick:
        case Ch.Dollar:
          next = this.codeOrMath(i, c);
          break;
        case Ch.Lt:
          next = this.html(i);
          break;
        case Ch.Exclamation:
          next = this.embed(i);
          break;
        case Ch.LeftBracket:
          next = this.openBracket(i);
          break;
        case Ch.RightBracket:
          next = this.closeBracket(i);
          break;
        case Ch.At:
          next = this.email(i);
          break;
        case Ch.LeftBrace:
          next = this.template(i);
          break;
        case Ch.Dot:
          next = this.fileName(i);
          break;
        case Ch.Slash:
          next = this.barePath(i);
          break;
        case Ch.LowerH:
        case Ch.UpperH:
        case Ch.LowerW:
        case Ch.UpperW:
          next = this.url(i);
          break;
      }
      i = next < 0 ? i + 1 : next;
    }
  }

  /** Excludes [s, e); reading goes on at `e`. */
  private exclude(s: number, e: number): number {
    this.out.push(s, e);
    this.floor = e;
    return e;
  }

  /** A backslash escapes the punctuation after it (not in an HTML block). */
  private escape(i: number): number {
    return !this.htmlOnly && i + 1 < this.end && isAsciiPunct(this.text.charCodeAt(i + 1)) ? i + 2 : -1;
  }

  /** A code span or inline math: a run of backticks or `$` up to the next run of the same length. */
  private codeOrMath(i: number, c: number): number {
    if (this.htmlOnly) return -1;
    const { text, end } = this;
    const stop = runEnd(text, i, end, c);
    const runs = c === Ch.Backtick ? (this.backtickRuns ??= new ClosingRuns(text, stop, end, c)) : (this.dollarRuns ??= new ClosingRuns(text, stop, end, c));
    const close = runs.closing(stop, stop - i);
    return close >= 0 ? this.exclude(i, close) : stop;
  }

  /** Raw HTML or an autolink; in an HTML block, an unclosed comment hides the rest of it. */
  private html(i: number): number {
    const { text, end } = this;
    const stop = this.htmlOnly
      ? inlineHtmlEnd(text, i, end, this)
      : Math.max(uriAutolinkEnd(text, i, end), emailAutolinkEnd(text, i, end), inlineHtmlEnd(text, i, end, this));
    if (stop > i) return this.exclude(i, stop);
    if (this.htmlOnly && text.startsWith('<!--', i)) return this.exclude(i, end);
    return -1;
  }

  /** An embed, `![[file]]` (Obsidian, Foam), which shows the file, not its name (an escaped `\!` never gets here). */
  private embed(i: number): number {
    if (this.htmlOnly || this.text.charCodeAt(i + 1) !== Ch.LeftBracket || this.text.charCodeAt(i + 2) !== Ch.LeftBracket) return -1;
    const stop = wikiEmbedEnd(this.text, i + 3, this.end);
    return stop > 0 ? this.exclude(i + 1, stop) : -1;
  }

  /**
   * A footnote call, `[^label]`, whose label is a name, not prose; a wiki link with a label,
   * `[[target|label]]` (Obsidian, Foam), whose target is a name like a link destination and whose
   * label is what the reader sees, prose; or the start of a link's text.
   */
  private openBracket(i: number): number {
    if (this.htmlOnly) return -1;
    const { text, end } = this;
    if (text.charCodeAt(i + 1) === Ch.Caret) {
      const close = labelEnd(text, i + 2, end, true);
      if (close > i + 2) return this.exclude(i, close + 1);
    }
    if (text.charCodeAt(i + 1) === Ch.LeftBracket) {
      const pipe = wikiLinkPipe(text, i + 2, end);
      if (pipe > 0) return this.exclude(i, pipe + 1);
    }
    this.brackets++;
    return -1;
  }

  /** The end of a link's text: an inline link's destination and title, or a reference's label, follow. */
  private closeBracket(i: number): number {
    if (this.htmlOnly || this.brackets === 0) return -1;
    this.brackets--;
    const { text, end } = this;
    const n = text.charCodeAt(i + 1);
    if (n === Ch.LeftParen) {
      const destinations = (this.destinations ??= new LinkDestinations(text, this.start, end));
      const stop = linkTailEnd(text, i + 1, end, destinations, (this.unclosedTitles ??= new Map()));
      if (stop > 0) return this.exclude(i + 1, stop);
    } else if (n === Ch.LeftBracket) {
      const close = labelEnd(text, i + 2, end, false);
      if (close > 0) return this.exclude(i + 1, close + 1);
    }
    return -1;
  }

  private email(i: number): number {
    if (this.htmlOnly) return -1;
    const email = bareEmail(this.text, i, this.floor, this.end);
    return email ? this.exclude(email[0], email[1]) : -1;
  }

  private url(i: number): number {
    const stop = bareUrlEnd(this.text, i, this.end);
    return stop > 0 ? this.exclude(i, stop) : -1;
  }

  /**
   * A template tag of a static site generator, `{{ … }}` or `{% … %}` (Liquid in Jekyll and Hexo,
   * Hugo's shortcodes, Nunjucks): markup the site builds from, not prose. Closing marks are searched
   * for once, forward, so a text of unclosed tags stays linear.
   */
  private template(i: number): number {
    if (this.htmlOnly) return -1;
    const { text, end } = this;
    const second = text.charCodeAt(i + 1);
    if (i + 1 >= end || (second !== Ch.LeftBrace && second !== Ch.Percent)) return -1;
    const k = second === Ch.LeftBrace ? 0 : 1;
    let close = this.templateClose[k]!;
    if (close === -2 || (close >= 0 && close < i + 2)) {
      const mark = k === 0 ? '}}' : '%}';
      close = text.indexOf(mark, i + 2);
      if (close < 0 || close + 2 > end) close = -1;
      this.templateClose[k] = close;
    }
    return close >= 0 ? this.exclude(i, close + 2) : -1;
  }

  /**
   * A file name or path, such as images/transformer.png or entropy.py: a name of a file is not a
   * mention. At a dot followed by a known extension and no more word, the token back to the last space,
   * bracket or quote is excluded (no further back than what was read already).
   */
  private fileName(i: number): number {
    const { text, end } = this;
    let e = i + 1;
    while (e < end && e - i <= 8 && isAsciiAlnum(text.charCodeAt(e))) e++;
    if (e === i + 1 || (e < end && isAsciiAlnum(text.charCodeAt(e)))) return -1;
    const ext = text.slice(i + 1, e).toLowerCase();
    const kind = FILE_EXTENSIONS.get(ext);
    if (kind === undefined) return -1;
    // Back over the units no earlier walk read: a walk that reaches the last one's dot takes its start
    // (x.js.js.js… is read once, not once per dot).
    let s = i;
    let path = false;
    const stop = Math.max(this.floor, this.lastWalk.dot);
    while (s > stop && isPathUnit(text.charCodeAt(s - 1))) {
      s--;
      if (text.charCodeAt(s) === Ch.Slash) path = true;
    }
    if (s === this.lastWalk.dot && this.lastWalk.start >= this.floor) {
      s = this.lastWalk.start;
      path ||= this.lastWalk.path;
    }
    this.lastWalk = { dot: i, start: s, path };
    // Node.js and Vue.js are names of projects: a script's extension makes a file name only in a path.
    if (s === i || (kind === SCRIPT && !path)) return -1;
    return this.exclude(s, e);
  }

  /**
   * A bare path from the root, the home or the working folder (/home/me/app, ~/notes/x, ../src/y) at its
   * first `/`: two or more named segments. A slash inside a word (and/or, 熵/entropy) starts none.
   */
  private barePath(i: number): number {
    const { text, end } = this;
    let s = i;
    const before = (k: number): number => (k > this.start ? text.charCodeAt(k - 1) : Ch.Space);
    if (before(s) === Ch.Tilde) s--;
    else if (before(s) === Ch.Dot) s -= before(s - 1) === Ch.Dot ? 2 : 1;
    if (!opensPath(before(s))) return -1;
    let named = 0;
    let letters = false;
    let e = i + 1;
    // A backslash escapes in prose: it ends a bare path (a file name's walk back may cross it).
    for (let c = text.charCodeAt(e); e < end && c !== Ch.Backslash && isPathUnit(c); c = text.charCodeAt(++e)) {
      if (c === Ch.Slash) {
        if (letters) named++;
        letters = false;
      } else if (isAsciiAlnum(c)) letters = true;
    }
    if (letters) named++;
    // A sentence's full stop is not part of the path.
    while (text.charCodeAt(e - 1) === Ch.Dot) e--;
    return named >= 2 ? this.exclude(s, e) : -1;
  }
}

/** What may stand before a bare path: a space, an opening bracket or quote, a colon (ASCII or full width). */
function opensPath(c: number): boolean {
  return isJsWhitespace(c) || c === Ch.LeftParen || c === Ch.LeftBracket || c === Ch.DoubleQuote || c === Ch.SingleQuote || c === Ch.Colon || c === 0xff1a || c === 0xff08;
}

const FILE = 0;
/** An extension that also ends names of projects (Node.js, Socket.io): a file name only in a path. */
const SCRIPT = 1;

/** Extensions of files that writers link or name: images, documents, data, notebooks, code, models. */
const FILE_EXTENSIONS: ReadonlyMap<string, number> = new Map([
  ...'png jpg jpeg gif svg webp bmp ico tif tiff avif pdf md markdown mdx html htm txt csv tsv json jsonl yaml yml toml xml ipynb py java cpp hpp rb php sh ps1 mp3 mp4 wav webm mov zip gz tgz tar pt pth ckpt onnx safetensors h5 pkl npy npz'
    .split(' ')
    .map((x): [string, number] => [x, FILE]),
  ...'js mjs cjs ts tsx jsx go rs swift kt scala lua io cc'.split(' ').map((x): [string, number] => [x, SCRIPT]),
]);

/** A unit that a file's path is made of (ASCII: not a space, bracket, quote or other delimiter). */
function isPathUnit(c: number): boolean {
  return isAsciiAlnum(c) || c === Ch.Slash || c === Ch.Dot || c === Ch.Underscore || c === Ch.Hyphen || c === Ch.Backslash;
}

/** Whether `piece` is made of path units alone (or a home's `~`): a file name or bare path the scanner excludes. */
export function isPathText(piece: string): boolean {
  if (piece.length === 0) return false;
  for (let k = 0; k < piece.length; k++) {
    const c = piece.charCodeAt(k);
    if (!isPathUnit(c) && c !== Ch.Tilde) return false;
  }
  return true;
}
