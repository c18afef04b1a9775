import { foldWidthText } from '../text/chars';

/** The form under which two aliases count as the same: width- and case-folded, spaces collapsed. */
export function aliasKey(text: string): string {
  return foldWidthText(text).toLowerCase().replace(/\s+/g, ' ').trim();
}
