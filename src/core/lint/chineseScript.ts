// Which script a Chinese writer uses, for the lint: the dictionary lists simplified words, so a run in
// traditional characters is looked up in its simplified reading; a fix is written in the writer's script.

import { chineseFormsOf } from '../text/chineseForms';
import { LOOKUP_FOLDS, USUAL_TRADITIONAL } from '../text/traditionalForms';

const LOOKUP = pairs(LOOKUP_FOLDS);
const USUAL = pairs(USUAL_TRADITIONAL);

function pairs(table: string): ReadonlyMap<number, number> {
  const out = new Map<number, number>();
  for (const p of table.split(' ')) if (p.length === 2) out.set(p.charCodeAt(0), p.charCodeAt(1));
  return out;
}

/** The simplified reading of one character: 語 → 语, and 於 → 于 (a character that is also simplified text). */
export function simplifiedUnit(u: number): number {
  return chineseFormsOf(u)?.[0] ?? LOOKUP.get(u) ?? u;
}

/** `text` as the dictionary spells it (same length): 基於訓練 → 基于训练; `text` itself when already so (no copy). */
export function dictionarySpelling(text: string): string {
  if (!writesTraditional(text, 0, text.length)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(simplifiedUnit(text.charCodeAt(i)));
  return out;
}

/** The usual traditional form of a simplified character (预 → 預; 注 stays 注, not 註). */
export function usualTraditional(u: number): number {
  return USUAL.get(u) ?? u;
}

/** Whether text[from, to) holds a character written in a traditional form (熱, 稱): the writer's script. */
export function writesTraditional(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const u = text.charCodeAt(i);
    if (simplifiedUnit(u) !== u) return true;
  }
  return false;
}
