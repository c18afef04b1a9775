// In a document written mostly in Chinese, the first mention of a concept that has an English name
// carries it in parentheses, 嵌入（Embedding）, and later mentions do not repeat it. The fix writes the
// gloss with the parentheses the document itself uses most (full-width unless it uses half-width more).

import { isHan } from '../text/script';
import type { Block } from '../markdown/blocks';
import { isProseBlock } from '../markdown/blocks';
import type { CompiledPack } from '../scan/compiledPack';
import type { Match } from '../scan/scanner';
import type { LintDiagnostic } from './lintTypes';

interface Gloss {
  /** Where the parenthesis opens and where it closes (past the closing one). */
  start: number;
  end: number;
  inner: string;
}

export function firstGlosses(text: string, blocks: readonly Block[], cp: CompiledPack, matches: readonly Match[], out: LintDiagnostic[]): void {
  // Only a Chinese name can want a gloss: a document with none is not read at all.
  if (!matches.some((m) => isHan(text.charCodeAt(m.start)))) return;
  const style = proseStyle(text, blocks);
  if (!style.chinese) return;
  const seen = new Set<number>();
  for (const m of matches) {
    const concept = cp.concepts[m.concept]!;
    const en = concept.name.en;
    const written = text.slice(m.start, m.end);
    if (en === undefined || !isHan(written.charCodeAt(0))) {
      seen.add(m.concept); // a first mention in English needs no gloss
      continue;
    }
    const gloss = glossAfter(text, m.end);
    const glossed = gloss !== undefined && namesEnglish(gloss.inner, concept.aliases);
    if (!seen.has(m.concept)) {
      seen.add(m.concept);
      if (!glossed) out.push({ rule: 'concept-first-gloss', concept: m.concept, start: m.start, end: m.end, text: written, expected: en, fixes: [{ kind: 'insertGloss', replacement: `${written}${style.open}${en}${style.close}`, safe: false }] });
    } else if (glossed) {
      out.push({ rule: 'concept-first-gloss', concept: m.concept, start: gloss.start, end: gloss.end, text: text.slice(gloss.start, gloss.end), expected: en, fixes: [{ kind: 'removeGloss', replacement: '', safe: false }] });
    }
  }
}

/** Whether the prose is mostly Chinese, and which parentheses it uses more. */
function proseStyle(text: string, blocks: readonly Block[]): { chinese: boolean; open: string; close: string } {
  let han = 0;
  let latin = 0;
  let full = 0;
  let half = 0;
  for (const b of blocks) {
    if (!isProseBlock(b.kind)) continue;
    for (let i = b.contentStart; i < b.contentEnd; i++) {
      const c = text.charCodeAt(i);
      if (isHan(c)) han++;
      else if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
      else if (c === 0xff08) full++;
      else if (c === 40) half++;
    }
  }
  // An English word has some five letters; a Chinese one some one and a half characters.
  const chinese = han / 1.5 > latin / 5;
  return half > full ? { chinese, open: ' (', close: ')' } : { chinese, open: '（', close: '）' };
}

/** A parenthesis right after the mention (spaces allowed), closed within a short distance. */
function glossAfter(text: string, at: number): Gloss | undefined {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  const open = text.charCodeAt(i);
  if (open !== 40 && open !== 0xff08) return undefined;
  const limit = Math.min(text.length, i + 80);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 41 || c === 0xff09) return { start: at, end: j + 1, inner: text.slice(i + 1, j) };
    if (c === 10) return undefined;
  }
  return undefined;
}

function namesEnglish(inner: string, aliases: readonly { text: string; lang: string }[]): boolean {
  const lower = inner.toLowerCase();
  return aliases.some((a) => a.lang === 'en' && lower.includes(a.text.toLowerCase()));
}
