// Concept ids proposed from a concept's names, and the pinyin of Chinese names.
//
// This is the one module that imports pinyin-pro (a dictionary of some 300 KB): only authoring
// commands and completion import it, never the scanner or the pack loader, so activation does not load it.

import { pinyin } from 'pinyin-pro';

/** The schema's id pattern (schemas/concept-pack.schema.json, definitions.id). */
export const CONCEPT_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Ids longer than this are cut at a hyphen: an id is typed in relations and kept in links. */
const MAX_ID_LENGTH = 48;

/** One piece of a name read as pinyin: a syllable of a Han character, or a run of other text. */
export interface PinyinPiece {
  /** Tone-less, lower-case, ü as v (what a pinyin keyboard takes): `dui`, `lv`; other text as written. */
  text: string;
  han: boolean;
}

/** A name read syllable by syllable; polyphonic characters are read in context (长大 → zhang da). */
export function pinyinPieces(text: string): PinyinPiece[] {
  return pinyin(text, { type: 'all', toneType: 'none', v: true, nonZh: 'consecutive' }).map((p) => (p.isZh ? { text: p.pinyin.toLowerCase(), han: true } : { text: p.origin, han: false }));
}

/** The full pinyin and the initials of a name, without spaces: 对称破缺 → `duichenpoque`, `dcpq`. */
export function pinyinKeys(text: string): { full: string; initials: string } {
  let full = '';
  let initials = '';
  for (const p of pinyinPieces(text)) {
    // Other text (Latin letters in 大model) counts whole in both: it is typed as it is.
    const t = p.han ? p.text : slugRun(p.text, '');
    full += t;
    initials += p.han ? t.charAt(0) : t;
  }
  return { full, initials };
}

/** Lower-case ASCII letters and digits of `text`, every other run of characters made one `sep`. */
function slugRun(text: string, sep: string): string {
  // Accents come off (Schrödinger → schrodinger); a loop, not a regex, so nothing backtracks.
  const plain = text.normalize('NFKD').toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out !== '') out += sep;
      out += plain[i];
      gap = false;
    } else if (c < 0x300 || c > 0x36f) gap = true; // combining marks join their letter
  }
  return out;
}

/** Cuts an id to the length limit at a hyphen (or hard, for one long word). */
function cut(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  const at = id.lastIndexOf('-', MAX_ID_LENGTH);
  return at > 0 ? id.slice(0, at) : id.slice(0, MAX_ID_LENGTH);
}

/** The id a name gives before it is made unique, or '' when it gives none. */
function baseId(name: { zh?: string; en?: string }): string {
  const en = slugRun(name.en ?? '', '-');
  if (en !== '') return cut(en);
  const zh = pinyinPieces(name.zh ?? '')
    .map((p) => slugRun(p.text, '-'))
    .filter((t) => t !== '')
    .join('-');
  return cut(zh);
}

/**
 * An id for a new concept: from its English name (`symmetry-breaking`), else from the pinyin of its
 * Chinese name (对称破缺 → `dui-chen-po-que`), else `concept`; made unique against `taken` with -2, -3….
 * Always matches the schema's id pattern.
 */
export function proposeConceptId(name: { zh?: string; en?: string }, taken: ReadonlySet<string>): string {
  const base = baseId(name) || 'concept';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
