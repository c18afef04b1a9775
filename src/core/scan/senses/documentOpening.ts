// What the document scope reads: the document's opening blocks and its front matter's title, tags and
// categories (Hexo, Hugo, Jekyll).

import type { Block } from '../../markdown/blocks';
import { findCues } from './blockCues';
import type { SenseRules } from './senseRules';

/**
 * How many blocks, from the top, the document's context reads: a post's opening says what it is about
 * (a long blog post has a few hundred blocks), and a name far into a huge file is decided nearer by.
 * It bounds what the document scope costs a file of megabytes, which would otherwise be read whole for
 * a single name that nothing nearer decides.
 */
export const DOCUMENT_BLOCKS = 1000;

/** Keys of front matter whose values say what a document is about. */
const ABOUT_KEYS = new Set(['title', 'subtitle', 'tags', 'tag', 'categories', 'category', 'keywords', 'description', 'summary']);

/** The cues of a front-matter block's title, tags and categories. */
export function frontMatterCues(text: string, block: Block, rules: SenseRules): Set<number> {
  const found = new Set<number>();
  const ranges = frontMatterValueRanges(text, block);
  for (let k = 0; k < ranges.length; k += 2) for (const id of findCues(text, ranges[k]!, ranges[k + 1]!, rules)) found.add(id);
  return found;
}

/** The value ranges of those keys in a front-matter block: `title: …`, and the `- item` lines of a list under `tags:`. */
function frontMatterValueRanges(text: string, block: Block): number[] {
  const out: number[] = [];
  let inAbout = false;
  let at = block.start;
  while (at < block.end) {
    let eol = text.indexOf('\n', at);
    if (eol < 0 || eol > block.end) eol = block.end;
    const key = /^([A-Za-z_]+)[ \t]*:/.exec(text.slice(at, Math.min(eol, at + 40)));
    if (key) {
      inAbout = ABOUT_KEYS.has(key[1]!.toLowerCase());
      if (inAbout) out.push(at + key[0].length, eol);
    } else if (inAbout && /^[ \t-]/.test(text.charAt(at))) out.push(at, eol);
    else inAbout = false;
    at = eol + 1;
  }
  return out;
}
