// Heading ids as VS Code's Markdown preview (1.100, markdown-language-features) makes them, so that a
// `#slug` link from an annotation lands on the heading the preview renders. Its slugifier is not
// github-slugger: lower case, white space runs to `-`, a fixed set of ASCII and CJK punctuation removed,
// `-` trimmed at both ends, then encodeURI. A repeated slug gets `-1`, `-2`… and goes through the
// slugifier again, which drops the `%` of the encoding: a repeated CJK heading's id is `e7a59e…-1`.
// That is what the preview writes, so it is what a link must say.

import type { MdToken } from './markdownItTypes';

const PUNCTUATION = /[\][!/'"#$%&()*+,.:;<=>?@\\^{|}~`。，、；：？！…—·ˉ¨‘’“”々～‖∶＂＇｀｜〃〔〕〈〉《》「」『』．〖〗【】（）［］｛｝]/g;

/** encodeURI, with lone surrogates (which make it throw) replaced first. */
function encode(text: string): string {
  return encodeURI(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** The preview's slug of one heading text. */
export function previewSlug(heading: string): string {
  return encode(heading.trim().toLowerCase().replace(/\s+/g, '-').replace(PUNCTUATION, '').replace(/^-+/, '').replace(/-+$/, ''));
}

/** The preview's slugs of a document's headings, in order: repeats numbered as the preview numbers them. */
export class PreviewSlugs {
  private readonly counts = new Map<string, number>();

  next(heading: string): string {
    const slug = previewSlug(heading);
    const n = this.counts.get(slug);
    if (n === undefined) {
      this.counts.set(slug, 0);
      return slug;
    }
    this.counts.set(slug, n + 1);
    return previewSlug(`${slug}-${n + 1}`);
  }
}

/** A heading's text as the preview reads it for its id: text, emoji and code, image alt text included. */
export function headingPlainText(token: MdToken): string {
  if (token.children) return token.children.map(headingPlainText).join('');
  return token.type === 'text' || token.type === 'emoji' || token.type === 'code_inline' ? token.content : '';
}

/** The preview's id of every heading in a token stream, by the index of its `heading_open`. */
export function headingIds(tokens: readonly MdToken[]): Map<number, string> {
  const slugs = new PreviewSlugs();
  const out = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    out.set(i, slugs.next(inline ? headingPlainText(inline) : ''));
  }
  return out;
}
