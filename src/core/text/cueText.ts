// Text as a sense's cues are compared with it: both the cues (when a pack is compiled) and a block's
// text (when it is scanned) go through cueText, so that the comparison is a plain substring search.

import { foldWidth } from './chars';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff';
/** The units foldWidth changes. */
const WIDE = /[\uff01-\uff5e\u3000\u2018\u2019\u2010\u2011]/g;
/** A line break with the next line's indentation and block-quote markers. */
const LINE_BREAK = /[ \t]*\r?\n[ \t>]*/g;
/** Whitespace beside a CJK character: a wrapped Chinese line, or the optional space in "KL 散度". */
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/**
 * Width and case folded, emphasis markers dropped, a wrapped line read as one, no space beside
 * Chinese characters, and every other run of whitespace one space.
 */
export function cueText(s: string): string {
  // One regex pass for the units foldWidth changes (full-width forms, the ideographic space, curly
  // quotes, Unicode hyphens): most blocks have few of them.
  const folded = s.replace(WIDE, (ch) => String.fromCharCode(foldWidth(ch.charCodeAt(0))));
  return folded.replace(/[*_~]/g, '').replace(LINE_BREAK, ' ').replace(SPACE_BY_CJK, '').replace(/\s+/g, ' ').toLowerCase();
}
