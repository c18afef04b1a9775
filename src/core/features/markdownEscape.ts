// Pack text is untrusted: it is escaped before it goes into a hover's Markdown, the concept guide's
// Markdown, a webview's HTML or an exported SVG.

/** Escapes text so Markdown shows it literally (no links, emphasis, HTML or command URIs). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c)).replace(/\r?\n/g, ' ');
}

/** Breaks an autolink without showing anything: ZERO WIDTH SPACE. */
const BREAK = '\u200B';

/**
 * Untrusted text as a piece of one line of generated Markdown (the concept guide), shown literally by
 * CommonMark and GFM renderers and by VS Code's preview, and readable in the editor:
 * - one line: white space, line and paragraph separators and control characters become one space, so
 *   a piece can neither end a block nor open one on a line of its own (the line map stays right);
 * - the characters that mean something anywhere in a line are backslash-escaped (code spans, emphasis,
 *   strikethrough, math, link and image brackets, HTML, entities, tables, heading markers); `- + =`
 *   and a number's `.` or `)` only where a piece opens a line (lists, thematic breaks, setext
 *   underlines). `( ) ! :` mean something only after a `[` or `<`, which are escaped. So the guide's
 *   prose keeps its hyphens, full stops and parentheses;
 * - bare URLs do not become links. Escapes are not enough here: the markdown-it of VS Code's preview
 *   (12.x) folds `http\://x` back into the text its linkify reads. A zero-width space goes between the
 *   slashes of `//` (http://, https://, ftp://, file://, scheme-relative //host), before `@` (e-mail
 *   addresses, mailto:) and after `www` of `www.` (GFM's www. autolinks).
 */
export function markdownLine(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- control characters are what it matches
    .replace(/[\s\0-\x1F\x7F-\x9F]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]#|<>~$&]/g, '\\$&')
    .replace(/^[-+=]|^(\d{1,9})([.)])/, (m, digits?: string, mark?: string) => (digits === undefined ? '\\' + m : `${digits}\\${mark}`))
    .replace(/\/(?=\/)/g, '/' + BREAK)
    .replace(/@/g, BREAK + '@')
    .replace(/www(?=\.)/gi, (w) => w + BREAK);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Characters XML 1.0 does not allow anywhere in a document (its Char production): C0 controls other
 * than tab, line feed and carriage return, U+FFFE, U+FFFF, and surrogates that are not in a pair.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const NOT_XML_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** Escapes text for XML content or a quoted attribute, dropping the characters XML does not allow. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML_CHAR, ''));
}
