// Pinyin-input slips of Chinese concept names in one block: a run of Han characters that reads like a
// name (tones ignored) and shares all but one or two of its characters, but is neither a name nor a
// word of the dictionary, and whose odd characters do not belong to a word around it (协商增加 holds
// 商增, but 商 there is part of 协商).

import { chineseFormsOf } from '../text/chineseForms';
import { dictionarySpelling, simplifiedUnit, usualTraditional, writesTraditional } from './chineseScript';
import { isHan } from '../text/script';
import type { BlockProse } from './blockText';
import { firstEndingAfter, matchesWithin, overlapsMatch } from './blockText';
import type { ChineseTarget, ChineseTargets } from './chineseTargets';
import type { Lexicon } from './lexicon';
import type { LintDiagnostic } from './lintTypes';

/** The longest dictionary word looked for around a suspect character. */
const MAX_WORD = 6;

export function chineseMisspellings(prose: BlockProse, t: ChineseTargets, dictionary: Lexicon, out: LintDiagnostic[]): void {
  if (t.targets.length === 0) return;
  const lexicon = withTraditionalSpellings(dictionary);
  const { text, segments } = prose;
  for (let s = 0; s < segments.length; s += 2) {
    const end = segments[s + 1]!;
    let i = segments[s]!;
    while (i < end) {
      if (!isHan(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const runStart = i;
      while (i < end && isHan(text.charCodeAt(i))) i++;
      slipsInRun(prose, runStart, i, t, lexicon, out);
    }
  }
}

function slipsInRun(prose: BlockProse, from: number, to: number, t: ChineseTargets, lexicon: Lexicon, out: LintDiagnostic[]): void {
  const text = prose.text;
  const matches = prose.matches;
  let m = firstEndingAfter(matches, from);
  let next = from;
  // The writer's script, read from the run (once, when a slip is found).
  let traditional: boolean | undefined;
  for (let i = from; i < to; i++) {
    // A window that starts inside a real occurrence (past its first character) overlaps it without
    // holding it: never a slip (see claimed()). One that starts with it may hold it (对称 in 对称破却).
    while (m < matches.length && matches[m]!.end <= i) m++;
    if (m < matches.length && matches[m]!.start < i) {
      i = matches[m]!.end - 1;
      continue;
    }
    if (i < next || !t.startsTarget(text.charCodeAt(i))) continue;
    for (const r of t.readings(text.charCodeAt(i))) {
      const hit = (t.bySyllable.get(r) ?? []).find((k) => isSlip(text, i, to, t.targets[k]!, t, lexicon, from) && !claimed(prose, i, t.targets[k]!));
      if (hit === undefined) continue;
      const target = t.targets[hit]!;
      const end = i + target.text.length;
      traditional ??= writesTraditional(text, from, to);
      const expected = inWritersForms(text.slice(i, end), target.text, traditional);
      const concept = prose.conceptOf(target.surface, target.concept);
      out.push({ rule: 'concept-misspelling', concept, contextual: target.contextual, candidates: [{ surface: target.surface, concept }], start: i, end, text: text.slice(i, end), expected, fixes: [{ kind: 'replace', replacement: expected, safe: true }] });
      next = end;
      break;
    }
  }
}

/**
 * Whether a real occurrence claims the window: one overlapping it, or the concept's own name filling
 * all of it but one character (的熵 is 的 and 熵, not a slip of 低熵).
 */
function claimed(prose: BlockProse, at: number, target: ChineseTarget): boolean {
  const end = at + target.text.length;
  if (overlapsMatch(prose.matches, at, end)) return true;
  return matchesWithin(prose.matches, at, end).some((m) => m.concept === target.concept && m.end - m.start >= end - at - 1);
}

function isSlip(text: string, at: number, runEnd: number, target: ChineseTarget, t: ChineseTargets, lexicon: Lexicon, runStart: number): boolean {
  const n = target.text.length;
  if (at + n > runEnd) return false;
  const differing: number[] = [];
  for (let j = 0; j < n; j++) {
    const c = text.charCodeAt(at + j);
    if (!sameCharacter(c, target.text.charCodeAt(j))) differing.push(at + j);
    if (!t.readings(c).includes(target.syllables[j]!)) return false;
  }
  if (differing.length === 0 || differing.length > (n >= 4 ? 2 : 1)) return false;
  const window = text.slice(at, at + n);
  const spelled = dictionarySpelling(window);
  if (t.known.has(window) || (spelled !== window && t.known.has(spelled)) || lexicon.hasChinese(window)) return false;
  if (differing.some((p) => standsAlone(text, p, at, at + n, t, lexicon))) return false;
  // A two-character window that a word crosses is no unit of the sentence (基础上增加 holds 上增).
  if (n === 2) return !crossed(text, at, at + n, runStart, runEnd, lexicon);
  return !differing.some((p) => inWordAcross(text, p, at, at + n, runStart, runEnd, lexicon));
}

/**
 * The dictionary also in traditional characters: 預言 is 预言 (prophecy) as Taiwan writes it, a word and
 * no slip of 語言. The dictionary lists simplified words only; a look-up that fails is tried again in the
 * dictionary's spelling.
 */
function withTraditionalSpellings(lexicon: Lexicon): Lexicon {
  return {
    ...lexicon,
    hasChinese: (w) => {
      if (lexicon.hasChinese(w)) return true;
      // Simplified text (most of it) is looked up once, with no copy.
      const spelled = dictionarySpelling(w);
      return spelled !== w && lexicon.hasChinese(spelled);
    },
  };
}

/**
 * The name as the writer would have typed it: their own form of each character it shares (對稱破缺, not
 * 对称破缺), and the others in the writer's script (預訓練 in traditional text, 资讯熵 in simplified).
 */
function inWritersForms(window: string, name: string, traditional: boolean): string {
  let out = '';
  for (let j = 0; j < name.length; j++) {
    const c = name.charCodeAt(j);
    if (sameCharacter(window.charCodeAt(j), c)) out += window.charAt(j);
    else {
      const simplified = simplifiedUnit(c);
      out += String.fromCharCode(traditional ? usualTraditional(simplified) : simplified);
    }
  }
  return out;
}

/** Whether two characters are one, in any of its forms: 語 is 语 as Taiwan writes it, never a slip of it. */
function sameCharacter(a: number, b: number): boolean {
  return a === b || (chineseFormsOf(b)?.includes(a) ?? false);
}

/**
 * Whether an odd character at the window's edge is a common word of its own beside a word: 的 in 的熵,
 * 于 in 于训练 (in a two-character window, beside anything). 却 in 对称破却 is not: 对称破 is no word.
 */
function standsAlone(text: string, p: number, from: number, to: number, t: ChineseTargets, lexicon: Lexicon): boolean {
  if ((p !== from && p !== to - 1) || !lexicon.hasChinese(text.charAt(p))) return false;
  if (to - from === 2) return true;
  const rest = p === from ? text.slice(from + 1, to) : text.slice(from, to - 1);
  return t.known.has(rest) || lexicon.hasChinese(rest);
}

/** Whether a dictionary word holds a character of the window and one outside it. */
function crossed(text: string, from: number, to: number, runStart: number, runEnd: number, lexicon: Lexicon): boolean {
  for (let p = from; p < to; p++) if (inWordAcross(text, p, from, to, runStart, runEnd, lexicon)) return true;
  return false;
}

/** Whether a dictionary word holds position `p` and reaches outside the window [from, to). */
function inWordAcross(text: string, p: number, from: number, to: number, runStart: number, runEnd: number, lexicon: Lexicon): boolean {
  const longest = Math.min(MAX_WORD, Math.max(2, lexicon.maxChineseLength));
  for (let a = Math.max(runStart, p - longest + 1); a <= p; a++)
    for (let b = Math.max(p + 1, a + 2); b <= Math.min(runEnd, a + longest); b++) {
      if (a >= from && b <= to) continue;
      if (lexicon.hasChinese(text.slice(a, b))) return true;
    }
  return false;
}
