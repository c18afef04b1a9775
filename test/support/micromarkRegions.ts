// The reference for the Markdown scanner: which characters of a document are not prose, according to
// micromark (CommonMark) with GFM, math and front matter. Built from micromark's token stream, so it
// shares no code with src/core/markdown (the HTML tag grammar below is the CommonMark spec's).
//
// Offsets: micromark points count UTF-16 units of the input string, CRLF as 2 and a tab as 1 (the
// virtual spaces a tab expands to are not counted); only a leading BOM is dropped by its
// preprocessor, so the document is parsed without it and every offset shifted by one.

import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';

/** Why micromark excludes a character (0: it is prose). */
export enum Why {
  Prose = 0,
  FrontMatter,
  CodeFenced,
  CodeIndented,
  CodeText,
  MathFlow,
  MathText,
  HtmlFlow,
  HtmlText,
  Autolink,
  LiteralAutolink,
  Resource,
  Reference,
  Definition,
  FootnoteLabel,
  Bom,
}

export const WHY_NAMES: readonly string[] = [
  'prose',
  'frontmatter',
  'codeFenced',
  'codeIndented',
  'codeText',
  'mathFlow',
  'mathText',
  'htmlFlow',
  'htmlText',
  'autolink',
  'literalAutolink',
  'resource',
  'reference',
  'definition',
  'footnoteLabel',
  'bom',
];

/** Where a character sits, for prose and for explaining disagreements. */
export enum Where {
  Other = 0,
  Paragraph,
  Heading,
  TableCell,
  HtmlFlowText,
  MathFlowBody,
  LinkText,
}

export interface MicromarkRegions {
  /** Per UTF-16 unit: why it is excluded, `Why.Prose` when it is prose. */
  why: Uint8Array;
  /** Per unit: 1 where either answer is fine (list item numbers, task list checks: markers). */
  ignore: Uint8Array;
  /** Per unit: the innermost block context. */
  where: Uint8Array;
  /** The mathFlow tokens, as start/end pairs (for the deviation about closing `$$`). */
  mathFlows: number[];
  /** The htmlFlow tokens, as start/end pairs. */
  htmlFlows: number[];
}

const WHOLE: Record<string, Why> = {
  yaml: Why.FrontMatter,
  toml: Why.FrontMatter,
  codeFenced: Why.CodeFenced,
  codeIndented: Why.CodeIndented,
  codeText: Why.CodeText,
  mathFlow: Why.MathFlow,
  mathText: Why.MathText,
  htmlText: Why.HtmlText,
  autolink: Why.Autolink,
  literalAutolink: Why.LiteralAutolink,
  resource: Why.Resource,
  reference: Why.Reference,
  definition: Why.Definition,
  // `[^note]` names a footnote; GitHub shows a number instead. Not prose.
  gfmFootnoteCall: Why.FootnoteLabel,
  gfmFootnoteDefinitionLabel: Why.FootnoteLabel,
};

const IGNORE = new Set(['listItemValue', 'taskListCheck']);

const WHERE: Record<string, Where> = {
  paragraph: Where.Paragraph,
  atxHeading: Where.Heading,
  setextHeading: Where.Heading,
  tableCell: Where.TableCell,
  tableHeader: Where.TableCell,
  tableData: Where.TableCell,
  mathFlowValue: Where.MathFlowBody,
  labelText: Where.LinkText,
};

// The CommonMark spec's raw HTML grammar (§6.6), as markdown-it writes it.
const ATTR_NAME = '[a-zA-Z_:][a-zA-Z0-9:._-]*';
const ATTR_VALUE = `(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*")`;
const ATTRIBUTE = `(?:\\s+${ATTR_NAME}(?:\\s*=\\s*${ATTR_VALUE})?)`;
const HTML_CONSTRUCT = new RegExp(
  [
    `<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\\s*\\/?>`,
    `<\\/[A-Za-z][A-Za-z0-9-]*\\s*>`,
    `<!---?>|<!--[\\s\\S]*?-->`,
    `<[?][\\s\\S]*?[?]>`,
    `<![A-Za-z][^>]*>`,
    `<!\\[CDATA\\[[\\s\\S]*?\\]\\]>`,
  ].join('|'),
  'y',
);
const RAW_HTML_START = /^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i;

const extensions = [gfm(), math(), frontmatter(['yaml', 'toml'])];

/** micromark's view of which characters of `text` are not prose. */
export function micromarkRegions(text: string): MicromarkRegions {
  const n = text.length;
  const why = new Uint8Array(n);
  const ignore = new Uint8Array(n);
  const where = new Uint8Array(n);
  const mathFlows: number[] = [];
  const htmlFlows: number[] = [];
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (shift) why[0] = Why.Bom;
  const body = shift ? text.slice(1) : text;

  const events = postprocess(parse({ extensions }).document().write(preprocess()(body, undefined, true)));
  for (const [kind, token] of events) {
    if (kind !== 'enter') continue;
    const s = token.start.offset + shift;
    const e = token.end.offset + shift;
    const type = token.type as string;
    const w = WHOLE[type];
    if (w !== undefined) {
      // Outer constructs come first; an inner one (a code span in a link's title…) changes nothing.
      for (let k = s; k < e; k++) if (why[k] === Why.Prose) why[k] = w;
      if (w === Why.MathFlow) mathFlows.push(s, e);
      continue;
    }
    if (type === 'htmlFlow') {
      htmlFlows.push(s, e);
      htmlFlowRegions(text, s, e, why, where);
      continue;
    }
    if (IGNORE.has(type)) {
      ignore.fill(1, s, e);
      continue;
    }
    const ctx = WHERE[type];
    if (ctx !== undefined) where.fill(ctx, s, e);
  }
  return { why, ignore, where, mathFlows, htmlFlows };
}

/**
 * An HTML block is raw HTML, but only its tags and comments are markup: the text between them is what
 * a reader sees. `<script>`, `<style>`, `<pre>` and `<textarea>` blocks are wholly excluded.
 */
function htmlFlowRegions(text: string, s: number, e: number, why: Uint8Array, where: Uint8Array): void {
  where.fill(Where.HtmlFlowText, s, e);
  if (RAW_HTML_START.test(text.slice(s, Math.min(e, s + 40)))) {
    why.fill(Why.HtmlFlow, s, e);
    return;
  }
  const block = text.slice(s, e);
  for (let i = block.indexOf('<'); i >= 0 && i < block.length; i = block.indexOf('<', i)) {
    HTML_CONSTRUCT.lastIndex = i;
    const m = HTML_CONSTRUCT.exec(block);
    if (m) {
      why.fill(Why.HtmlFlow, s + i, s + i + m[0].length);
      i += m[0].length;
    } else if (/^<(?:!--|\?|!\[CDATA\[|![A-Za-z])/.test(block.slice(i, i + 9))) {
      // An unclosed comment, processing instruction, declaration or CDATA runs to the block's end.
      why.fill(Why.HtmlFlow, s + i, e);
      break;
    } else i++;
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing the scanner's excluded ranges with micromark's, per letter or digit.

let letterTable: Uint8Array | undefined;

/** 1 for the UTF-16 units that are letters or digits (markers and spaces hold no concepts). */
function letters(): Uint8Array {
  if (!letterTable) {
    letterTable = new Uint8Array(65536);
    const re = /[\p{L}\p{N}]/u;
    for (let c = 0; c < 65536; c++) if (c < 0xd800 || c > 0xdfff) letterTable[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return letterTable;
}

/** One maximal run of letters/digits on which the two disagree (markers between them join runs). */
export interface Disagreement {
  /** `scanner-excludes:…`, `micromark-excludes:…` or `deviation:…`. */
  kind: string;
  start: number;
  end: number;
  /** Letters and digits in the run. */
  count: number;
}

export interface Comparison {
  /** Letters and digits compared (those micromark marks as markers are left out). */
  chars: number;
  /** Those on which both agree. */
  agree: number;
  /** Those on which they disagree only by a documented deliberate deviation. */
  deviations: number;
  disagreements: Disagreement[];
}

/** Deviation (a): a `$$` block ends at any line holding `$$`. The mathFlow part after that line. */
function mathCloseDeviation(text: string, mm: MicromarkRegions): number[] {
  const out: number[] = [];
  for (let k = 0; k < mm.mathFlows.length; k += 2) {
    const s = mm.mathFlows[k]!;
    const e = mm.mathFlows[k + 1]!;
    const firstBreak = text.indexOf('\n', s);
    if (firstBreak < 0 || firstBreak >= e) continue;
    const at = text.indexOf('$$', firstBreak);
    if (at < 0 || at >= e) continue;
    let lineStop = text.indexOf('\n', at);
    if (lineStop < 0) lineStop = text.length;
    // The real closing fence is the token's last line: no deviation then.
    if (lineStop < e) out.push(lineStop, e);
  }
  return out;
}

function inPairs(pairs: readonly number[], at: number): boolean {
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k]! <= at && at < pairs[k + 1]!) return true;
  return false;
}

/** The scanner's excluded range holding `at`, by binary search, or null. */
function rangeAt(excluded: readonly number[], at: number): [number, number] | null {
  let lo = 0;
  let hi = excluded.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (excluded[2 * mid + 1]! <= at) lo = mid + 1;
    else if (excluded[2 * mid]! > at) hi = mid - 1;
    else return [excluded[2 * mid]!, excluded[2 * mid + 1]!];
  }
  return null;
}

/** Whether `at` is in something that looks like a URL or an email address, inside [from, to). */
function inBareUrl(text: string, from: number, to: number, at: number): boolean {
  const lo = Math.max(from, at - 2000);
  const re = /(?:https?:\/\/|www\.)[^\s<>]*/gi;
  re.lastIndex = 0;
  const window = text.slice(lo, Math.min(to, at + 2000));
  for (let m = re.exec(window); m && lo + m.index <= at; m = re.exec(window)) if (lo + m.index + m[0].length > at) return true;
  let a = at;
  let b = at;
  while (a > from && /[\w.+@-]/.test(text.charAt(a - 1))) a--;
  while (b < to && /[\w.+@-]/.test(text.charAt(b))) b++;
  return /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text.slice(a, b));
}

const WHERE_NAMES = ['other', 'paragraph', 'heading', 'tableCell', 'htmlFlowText', 'mathFlowBody', 'linkText'];

/** Names a disagreement at `at`: a deliberate deviation, or what each side took the text for. */
function classify(text: string, mm: MicromarkRegions, excluded: readonly number[], mathDev: readonly number[], at: number, scannerExcludes: boolean): string {
  if (!scannerExcludes) {
    const why = mm.why[at]!;
    if (why === Why.MathFlow && inPairs(mathDev, at)) return 'deviation:a-math-block-closes-at-any-$$';
    return `micromark-excludes:${WHY_NAMES[why]}`;
  }
  const r = rangeAt(excluded, at)!;
  const piece = text.slice(r[0], Math.min(r[1], r[0] + 12));
  const where = WHERE_NAMES[mm.where[at]!];
  const range = text.slice(r[0], r[1]);
  if (inBareUrl(text, r[0], r[1], at)) {
    return mm.where[at] === Where.HtmlFlowText ? 'deviation:b-bare-url-in-html-block' : 'deviation:d-bare-url-where-gfm-has-none';
  }
  // The scanner's own exclusions, which CommonMark does not have: file names and template tags.
  if (/^[\w./\\-]+\.[A-Za-z0-9]{1,8}$/.test(range) && /[./]/.test(range)) return 'deviation:e-file-name';
  if (/^\{[{%][\s\S]*[}%]\}$/.test(range)) return 'deviation:f-template-tag';
  if (/^(?:~|\.{1,2})?\/[\w.-]*[A-Za-z0-9][\w.-]*\/[\w./-]*[A-Za-z0-9][\w./-]*$/.test(range)) return 'deviation:h-bare-path';
  if (mm.where[at] === Where.Heading && /^\{:?\s*[#.][^{}\n]*\}\s*$/.test(range)) return 'deviation:g-heading-attributes';
  if (/\[\^[^\]\s]*$/.test(text.slice(Math.max(0, at - 100), at + 1)) || (text.charCodeAt(r[0] - 1) === 93 /* ] */ && /^\[[^\]]*\]$/.test(range))) {
    return 'deviation:c-undefined-reference-label';
  }
  const lead = piece.charAt(0) === '\n' || piece.charAt(0) === ' ' ? 'line' : JSON.stringify(piece.charAt(0));
  return `scanner-excludes:${where}:${lead}`;
}

/**
 * Compares the scanner's excluded ranges (sorted disjoint start/end pairs) with micromark's view of
 * `text`, per letter or digit.
 */
export function compareExclusions(text: string, excluded: readonly number[], mm: MicromarkRegions = micromarkRegions(text)): Comparison {
  const n = text.length;
  const ours = new Uint8Array(n);
  for (let k = 0; k < excluded.length; k += 2) ours.fill(1, excluded[k]!, Math.min(n, excluded[k + 1]!));
  const isLetter = letters();
  const mathDev = mathCloseDeviation(text, mm);
  let chars = 0;
  let agree = 0;
  let deviations = 0;
  const disagreements: Disagreement[] = [];
  let open: Disagreement | null = null;
  for (let i = 0; i < n; i++) {
    if (!isLetter[text.charCodeAt(i)] || mm.ignore[i]) continue;
    chars++;
    const theirs = mm.why[i] !== Why.Prose ? 1 : 0;
    if (ours[i] === theirs) {
      agree++;
      open = null;
      continue;
    }
    const kind = classify(text, mm, excluded, mathDev, i, ours[i] === 1);
    if (kind.startsWith('deviation:')) deviations++;
    if (open && open.kind === kind) {
      open.end = i + 1;
      open.count++;
    } else {
      open = { kind, start: i, end: i + 1, count: 1 };
      disagreements.push(open);
    }
  }
  return { chars, agree, deviations, disagreements };
}

// ---------------------------------------------------------------------------------------------
// micromark is slow (well under 1 MB/s with GFM): a corpus is parsed on worker threads.

const WORKER_FLAG = 'conceptLensMicromarkRegions';

/** `micromarkRegions` of many documents, in order, on `threads` worker threads. */
export async function micromarkRegionsAll(
  texts: readonly string[],
  threads = Math.min(4, availableParallelism()),
): Promise<MicromarkRegions[]> {
  const out = new Array<MicromarkRegions>(texts.length);
  if (threads <= 1) {
    texts.forEach((t, i) => (out[i] = micromarkRegions(t)));
    return out;
  }
  // Longest first, so that the threads finish together.
  const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length);
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      // The worker runs this file through tsx, like the tests themselves. A larger young generation
      // halves the time micromark's many small objects spend in the garbage collector.
      const w = new Worker(`require(${JSON.stringify(__filename)})`, {
        eval: true,
        execArgv: ['--require', require.resolve('tsx/cjs')],
        workerData: { [WORKER_FLAG]: true },
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      });
      const feed = (): void => {
        if (next < order.length) {
          const i = order[next++]!;
          w.postMessage({ i, text: texts[i] });
        } else void w.terminate().then(() => resolve());
      };
      w.on('message', (m: { i: number; r: MicromarkRegions }) => {
        out[m.i] = m.r;
        feed();
      });
      w.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: threads }, run));
  return out;
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  parentPort!.on('message', ({ i, text }: { i: number; text: string }) => {
    const r = micromarkRegions(text);
    parentPort!.postMessage({ i, r }, [r.why.buffer as ArrayBuffer, r.ignore.buffer as ArrayBuffer, r.where.buffer as ArrayBuffer]);
  });
}
