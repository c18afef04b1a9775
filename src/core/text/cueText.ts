// Text as a sense's cues are compared with it: both the cues (when a pack is compiled) and a block's
// text (when it is scanned) go through cueText, so that the comparison is a plain substring search.

import { foldWidth } from './chars';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff';
/** A line break with the next line's indentation and block-quote markers. */
const LINE_BREAK = /[ \t]*\r?\n[ \t>]*/g;
/** Whitespace beside a CJK character: a wrapped Chinese line, or the optional space in "KL 散度". */
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/**
 * Width and case folded, emphasis markers dropped, a wrapped line read as one, no space beside
 * Chinese characters, and every other run of whitespace one space.
 */
export function cueText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldWidth(s.charCodeAt(i)));
  return out.replace(/[*_~]/g, '').replace(LINE_BREAK, ' ').replace(SPACE_BY_CJK, '').replace(/\s+/g, ' ').toLowerCase();
}
