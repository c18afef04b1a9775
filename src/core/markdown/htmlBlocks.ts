// The start and end conditions of CommonMark's seven kinds of HTML block.

import { isCompleteTagLine } from './htmlSyntax';

/** CommonMark's HTML block kinds, numbered as in the spec; `None` when no HTML block is open. */
export const enum HtmlBlock {
  None = 0,
  /** `<script>`, `<pre>`, `<style>` or `<textarea>`: ends at the line holding the matching closing tag. */
  Raw = 1,
  /** `<!--`: ends at `-->`. */
  Comment = 2,
  /** `<?`: ends at `?>`. */
  ProcessingInstruction = 3,
  /** `<!` and a letter: ends at `>`. */
  Declaration = 4,
  /** `<![CDATA[`: ends at `]]>`. */
  Cdata = 5,
  /** A known block-level tag, open or closing: ends at a blank line. */
  BlockTag = 6,
  /** Any other complete tag alone on its line (it cannot interrupt a paragraph): ends at a blank line. */
  CompleteTag = 7,
}

/** Kinds 1–5 end at a marker, and Markdown is not read inside them; kinds 6–7 end at a blank line. */
export function endsAtMarker(kind: HtmlBlock): boolean {
  return kind <= HtmlBlock.Cdata;
}

const HTML_RAW_START = /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
/** The end markers of kinds 1–5, at index kind − 1. */
const HTML_END_MARKER: readonly RegExp[] = [/<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/];
const HTML_BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl ' +
    'dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li ' +
    'link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th ' +
    'thead title tr track ul'
  ).split(' '),
);

/** The HTML block kind that a line starting with `<` opens (`rest` is the line from the `<`), or None. */
export function htmlBlockStart(rest: string, para: boolean): HtmlBlock {
  if (HTML_RAW_START.test(rest)) return HtmlBlock.Raw;
  if (rest.startsWith('<!--')) return HtmlBlock.Comment;
  if (rest.startsWith('<?')) return HtmlBlock.ProcessingInstruction;
  if (rest.startsWith('<![CDATA[')) return HtmlBlock.Cdata;
  if (/^<![A-Za-z]/.test(rest)) return HtmlBlock.Declaration;
  const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(rest);
  if (m && HTML_BLOCK_TAGS.has(m[1]!.toLowerCase())) {
    const after = rest.slice(m[0].length);
    if (after === '' || /^\s/.test(after) || after.startsWith('>') || after.startsWith('/>')) return HtmlBlock.BlockTag;
  }
  if (!para && isCompleteTagLine(rest, 0, rest.length)) return HtmlBlock.CompleteTag;
  return HtmlBlock.None;
}

/** The end of the end marker of an HTML block of kind 1–5 in `line`, or -1. */
export function htmlEndMarkerEnd(kind: HtmlBlock, line: string): number {
  const m = HTML_END_MARKER[kind - 1]!.exec(line);
  return m ? m.index + m[0].length : -1;
}
