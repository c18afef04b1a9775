// The Chinese surfaces a pinyin-input slip may have meant (对称破却 for 对称破缺, 商增 for 熵增), indexed
// by the toneless pinyin of their first character. Names of one character are left out: 熵 has too many
// homophones to tell a slip from another word.

import { pinyin } from 'pinyin-pro';
import type { CompiledPack } from '../scan/compiledPack';
import { isHan } from '../text/script';
import { pinyinPieces } from '../authoring/conceptId';

export interface ChineseTarget {
  surface: number;
  concept: number;
  contextual: boolean;
  text: string;
  /** The toneless syllable of each character, read in context. */
  syllables: string[];
}

export interface ChineseTargets {
  readonly bySyllable: ReadonlyMap<string, readonly number[]>;
  readonly targets: readonly ChineseTarget[];
  /** Every surface of the pack: such a run is never a slip. */
  readonly known: ReadonlySet<string>;
  /** The toneless readings of a character (every reading of a polyphonic one), cached. */
  readings(code: number): readonly string[];
  /** Whether some reading of the character starts a target: most characters start none, and are passed over. */
  startsTarget(code: number): boolean;
}

export function buildChineseTargets(cp: CompiledPack): ChineseTargets {
  const targets: ChineseTarget[] = [];
  const bySyllable = new Map<string, number[]>();
  const known = new Set<string>();
  cp.surfaces.forEach((s, surface) => {
    known.add(s.exact);
    if (s.concept < 0 || s.exact.length < 2 || !allHan(s.exact)) return;
    const pieces = pinyinPieces(s.exact);
    if (pieces.length !== s.exact.length || pieces.some((p) => !p.han)) return;
    const index = targets.length;
    targets.push({ surface, concept: s.concept, contextual: s.contextual, text: s.exact, syllables: pieces.map((p) => p.text) });
    const list = bySyllable.get(pieces[0]!.text);
    if (list) list.push(index);
    else bySyllable.set(pieces[0]!.text, [index]);
  });
  // The longest first: 对郴性破缺 is a slip of 对称性破缺, not of 对称性.
  for (const list of bySyllable.values()) list.sort((a, b) => targets[b]!.text.length - targets[a]!.text.length);
  const cache = new Map<number, readonly string[]>();
  const readings = (code: number): readonly string[] => {
    let r = cache.get(code);
    if (!r) {
      r = [...new Set(pinyin(String.fromCharCode(code), { multiple: true, type: 'array', toneType: 'none', v: true }).map((p) => p.toLowerCase()))];
      cache.set(code, r);
    }
    return r;
  };
  // Per code unit: 0 not asked yet, 1 starts no target, 2 starts one.
  const starts = new Uint8Array(0x10000);
  const startsTarget = (code: number): boolean => {
    let v = starts[code]!;
    if (v === 0) starts[code] = v = readings(code).some((r) => bySyllable.has(r)) ? 2 : 1;
    return v === 2;
  };
  return { bySyllable, targets, known, readings, startsTarget };
}

function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}
