// A heading's trailing attribute list: `## Transformer 架构 {#transformer}`, `{#id .class key=value}`
// (Pandoc, markdown-it-attrs, Hugo's Goldmark) or kramdown's `{: #id}`. It names the heading's anchor
// and classes for the site; readers never see it, so a concept's name inside it is not a mention.

import { Ch } from '../text/charCodes';

/**
 * Where the attribute list that ends the heading content [start, end) begins (its `{`), or -1.
 * One backward pass from the final `}` to the nearest brace, so a heading costs its length at most.
 */
export function headingAttributesStart(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isBlank(text.charCodeAt(e - 1))) e--;
  if (e - start < 3 || text.charCodeAt(e - 1) !== Ch.RightBrace) return -1;
  let open = e - 2;
  while (open >= start) {
    const c = text.charCodeAt(open);
    if (c === Ch.LeftBrace) break;
    if (c === Ch.RightBrace || c === Ch.LineFeed) return -1;
    open--;
  }
  // The list follows the heading's text after a space (`Title{#id}` is text), or is all there is.
  if (open < start || (open > start && !isBlank(text.charCodeAt(open - 1)))) return -1;
  let i = open + 1;
  if (text.charCodeAt(i) === Ch.Colon) i++;
  while (i < e - 1 && isBlank(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  return first === Ch.Hash || first === Ch.Dot ? open : -1;
}

function isBlank(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab;
}
