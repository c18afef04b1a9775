// Ids of a draft pack (kebab-case ASCII, as the schema's id pattern wants): from the English name, else
// the toneless pinyin of the Chinese one, else a numbered fallback. Unique within their list.

import { pinyin } from 'pinyin-pro';
import { hasHan } from './draftText';

/** Ids longer than this are cut at a word: a heading can be a whole sentence. */
const MAX_ID = 48;

/** Lower-case ASCII letters and digits, runs of anything else as one hyphen. */
function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let out = '';
  let gap = false;
  for (const ch of ascii) {
    const alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (alnum) {
      if (gap && out !== '') out += '-';
      out += ch;
      gap = false;
    } else gap = true;
  }
  if (out.length <= MAX_ID) return out;
  const cut = out.slice(0, MAX_ID);
  const dash = cut.lastIndexOf('-');
  return dash > 0 ? cut.slice(0, dash) : cut;
}

/** Pinyin without tones, one syllable per word: 热力学 → re-li-xue; ü is written v. */
function pinyinSlug(text: string): string {
  // Only the Han runs go to pinyin-pro: it spells other text one character at a time.
  const words = text.split(/([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)/).map((part, i) => (i % 2 === 1 ? (pinyin(part, { toneType: 'none', type: 'array' }) as string[]).join(' ') : part));
  return slug(words.join(' ').replace(/ü/g, 'v'));
}

export function idFromName(name: { zh?: string; en?: string }): string {
  if (name.en !== undefined) {
    const s = slug(name.en);
    if (s !== '') return s;
  }
  if (name.zh !== undefined && hasHan(name.zh)) return pinyinSlug(name.zh);
  return name.zh !== undefined ? slug(name.zh) : '';
}

/** Hands out ids: `base`, then `base-2`, `base-3`… for a repeated one; `fallback-N` for an empty one. */
export class UniqueIds {
  private readonly used = new Set<string>();
  /** The next suffix to try for each base: a base repeated k times costs k steps in all, not k². */
  private readonly nextSuffix = new Map<string, number>();
  constructor(private readonly fallback: string) {}

  next(base: string): string {
    const start = base === '' ? `${this.fallback}-${this.used.size + 1}` : base;
    let id = start;
    let n = this.nextSuffix.get(start) ?? 2;
    while (this.used.has(id)) id = `${start}-${n++}`;
    this.nextSuffix.set(start, n);
    this.used.add(id);
    return id;
  }
}
