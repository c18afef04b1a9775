import { foldWidth } from '../text/chars';

/** The units foldWidth changes: most text has none, so it is folded by one regex pass, not unit by unit. */
const WIDE = /[\uff01-\uff5e\u3000\u2018\u2019\u2010\u2011]/g;

/** The form under which two aliases count as the same: width- and case-folded, spaces collapsed. */
export function aliasKey(text: string): string {
  const folded = text.replace(WIDE, (ch) => String.fromCharCode(foldWidth(ch.charCodeAt(0))));
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}
