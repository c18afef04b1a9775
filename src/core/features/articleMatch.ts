// Recognises the pack's article among Markdown documents, and finds the heading of a concept's section.

import type { Heading } from '../markdown/headings';
import type { Concept, ConceptPack } from '../pack/packTypes';
import { foldWidthText, isJsWhitespace, stringOfUnits } from '../text/chars';

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** The body of YAML (`---`) or TOML (`+++`) front matter at the very start (after a BOM), if any. */
function frontMatterBody(text: string): string | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const marker = text.slice(start, start + 3);
  if (marker !== '---' && marker !== '+++') return undefined;
  let bodyStart = start + 3;
  if (text.charCodeAt(bodyStart) === 13) bodyStart++;
  if (text.charCodeAt(bodyStart) !== 10) return undefined;
  bodyStart++;
  // The first line break after the body's start that is followed by the marker alone on its line.
  for (let q = text.indexOf('\n', bodyStart); q >= 0; q = text.indexOf('\n', q + 1)) {
    if (!text.startsWith(marker, q + 1)) continue;
    let p = q + 4;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    const closes = p === text.length || text.charCodeAt(p) === 10 || (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10);
    if (closes) return text.slice(bodyStart, q > bodyStart && text.charCodeAt(q - 1) === 13 ? q - 1 : q);
  }
  return undefined;
}

/** The value of a `title:` (or `title =`) line in a front matter body, trimmed, if any. */
function titleValue(body: string): string | undefined {
  for (let at = 0; at < body.length; ) {
    if (body.startsWith('title', at)) {
      let k = at + 5;
      while (k < body.length && isJsWhitespace(body.charCodeAt(k))) k++;
      const sep = body.charCodeAt(k);
      if (sep === 58 /* : */ || sep === 61 /* = */) {
        k++;
        while (k < body.length && isJsWhitespace(body.charCodeAt(k))) k++;
        let end = k;
        while (end < body.length && !isLineTerminator(body.charCodeAt(end))) end++;
        while (end > k && isJsWhitespace(body.charCodeAt(end - 1))) end--;
        if (end > k) return body.slice(k, end);
      }
    }
    // On to the next line.
    while (at < body.length && !isLineTerminator(body.charCodeAt(at))) at++;
    at++;
  }
  return undefined;
}

/** The `title:` of YAML or TOML front matter, if any, without its quotes. */
export function frontMatterTitle(text: string): string | undefined {
  const body = frontMatterBody(text);
  const title = body === undefined ? undefined : titleValue(body);
  if (title === undefined) return undefined;
  const q = title.charCodeAt(0);
  return title.length >= 2 && (q === 34 || q === 39) && title.charCodeAt(title.length - 1) === q ? title.slice(1, -1) : title;
}

/** Whitespace and punctuation, every code point. */
const SEPARATORS = /[\s\p{P}]/gu;

/** Whitespace or punctuation at the sticky position (a whole code point). */
const SEPARATOR_AT = /[\s\p{P}]/uy;

/** ASCII whitespace and punctuation (`\p{P}`; `$+<=>^\`|~` are symbols, not punctuation). */
function isAsciiSeparator(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (c <= 47 && c !== 36 && c !== 43) || (c >= 58 && c <= 64 && (c < 60 || c > 62)) || (c >= 91 && c <= 96 && c !== 94 && c !== 96) || c === 123 || c === 125;
}

/**
 * The form under which a title or heading names a section: width and case folded (case on the whole
 * text: a final sigma depends on what follows it), without whitespace and punctuation. A long one is
 * built in a buffer: a heading of a million words would otherwise be a million string pieces.
 */
export function headingKey(text: string): string {
  // A heading of ordinary length: regex passes are quickest.
  const lower = foldWidthText(text).toLowerCase();
  if (lower.length <= 4096) return lower.replace(SEPARATORS, '');
  const buf = new Uint16Array(lower.length);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let separator: boolean;
    if (c < 128) separator = isAsciiSeparator(c);
    else if (c >= 0x3400 && c <= 0x9fff) separator = false; // CJK ideographs: the common case
    else {
      SEPARATOR_AT.lastIndex = i;
      separator = SEPARATOR_AT.test(lower);
      if (separator && SEPARATOR_AT.lastIndex > i + 1) i++; // punctuation beyond the BMP
    }
    if (!separator) buf[n++] = c;
  }
  return stringOfUnits(buf, n);
}

/** Whether a document is the pack's article: by its front-matter title, or by most of its section headings. */
export function isArticle(text: string, headings: readonly Heading[], pack: ConceptPack): boolean {
  return isArticleOutline(frontMatterTitle(text), headings.map((h) => h.text), pack);
}

/** isArticle() from a document's front-matter title (if any) and heading texts, as the workspace index keeps them. */
export function isArticleOutline(title: string | undefined, headings: readonly string[], pack: ConceptPack): boolean {
  if (title) {
    const key = headingKey(title);
    if (Object.values(pack.title).some((t) => t && headingKey(t) === key)) return true;
  }
  if (pack.sections.length === 0) return false;
  // Each heading is folded once: a document may have thousands of them.
  const keys = new Set(headings.map(headingKey));
  const found = pack.sections.filter((s) => keys.has(headingKey(s.heading))).length;
  return found >= Math.max(2, Math.ceil(pack.sections.length * 0.6));
}

/** The heading of the concept's home section in the article, if the article has it. */
export function sectionHeading(headings: readonly Heading[], pack: ConceptPack, concept: Concept): Heading | undefined {
  const section = pack.sections.find((s) => s.id === concept.section);
  if (!section) return undefined;
  const key = headingKey(section.heading);
  return headings.find((h) => headingKey(h.text) === key);
}
