// Which script a name is written in: Chinese when it holds a Han character.

import type { Lang } from '../pack/conceptPack';

/** A Han character: the basic block, extension A and the compatibility ideographs (one UTF-16 unit each). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** The language of a name: Chinese when it holds a Han character, else English. */
export function nameLanguage(text: string): Lang {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return 'zh';
  return 'en';
}
