import { foldWidth } from '../text/chars';

/** The form under which two aliases count as the same: width- and case-folded, spaces collapsed. */
export function aliasKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldWidth(text.charCodeAt(i)));
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}
