// What the lint says, in the reader's language. Untrusted text (the flagged words, the names) is
// quoted as it is: each place that shows a message escapes it for its own medium.

import type { Lang } from '../pack/conceptPack';
import type { LintDiagnostic, LintFix, LintRuleId } from './lintTypes';

export const RULE_DESCRIPTIONS: Readonly<Record<LintRuleId, Record<Lang, string>>> = {
  'concept-misspelling': {
    en: 'A word that is almost the name of a concept but is not one: a likely misspelling.',
    zh: '与概念名只差一两处的词：很可能是笔误或输入法选错了字。',
  },
  'concept-name-variant': {
    en: 'One document calls the same concept by two names in the same language.',
    zh: '同一篇文档用同一种语言的两个名称指同一个概念。',
  },
  'concept-first-gloss': {
    en: 'In Chinese text, the first mention of a concept gives its English name in parentheses, and later ones do not repeat it.',
    zh: '中文文档里，概念第一次出现时在括号里注明英文名，之后不再重复。',
  },
  'concept-read-directive': {
    en: 'A comment that chooses how a name is read (concept-lens-read) names a name or a reading the concept pack does not know, so it changes nothing.',
    zh: '选定名称读法的注释（concept-lens-read）写了概念包不认识的名称或读法，因而不起作用。',
  },
};

export function lintMessage(d: LintDiagnostic, conceptName: string, lang: Lang): string {
  const q = (s: string): string => (lang === 'zh' ? `“${s}”` : `"${s}"`);
  switch (d.rule) {
    case 'concept-misspelling':
      return lang === 'zh' ? `${q(d.text)}可能是${q(d.expected)}的笔误（概念：${conceptName}）。` : `${q(d.text)} looks like a misspelling of ${q(d.expected)} (concept: ${conceptName}).`;
    case 'concept-name-variant':
      return lang === 'zh' ? `本文用了${conceptName}的两个名称：${q(d.text)}和${q(d.expected)}；首选${q(d.expected)}。` : `This document calls ${conceptName} both ${q(d.text)} and ${q(d.expected)}; the preferred name is ${q(d.expected)}.`;
    case 'concept-first-gloss':
      return d.fixes[0]?.kind === 'removeGloss'
        ? lang === 'zh' ? `${conceptName}的英文名在第一次出现时已经注明，这里不必重复。` : `The English name of ${conceptName} was given at its first mention; no need to repeat it.`
        : lang === 'zh' ? `${conceptName}第一次出现，宜在括号里注明英文名${q(d.expected)}。` : `First mention of ${conceptName}: give its English name ${q(d.expected)} in parentheses.`;
    case 'concept-read-directive':
      if (d.expected === '') return lang === 'zh' ? `概念包里没有可作多种读法的名称${q(d.text)}：这条注释不起作用。` : `The concept pack has no name ${q(d.text)} that can be read more than one way: this comment changes nothing.`;
      if (d.text === '') return lang === 'zh' ? `这条注释没写读法，应写成“concept-lens-read 名称 as 读法”（可用：${d.expected}）。` : `This comment names no reading: write "concept-lens-read NAME as READING" (it can be: ${d.expected}).`;
      return lang === 'zh' ? `${conceptName}的名称没有${q(d.text)}这种读法（可用：${d.expected}）：这条注释不起作用。` : `${q(d.text)} is no reading of this name of ${conceptName} (it can be: ${d.expected}): this comment changes nothing.`;
  }
}

export function fixTitle(fix: LintFix, lang: Lang): string {
  const r = fix.replacement;
  switch (fix.kind) {
    case 'replace':
      return lang === 'zh' ? `改为“${r}”` : `Change to "${r}"`;
    case 'usePreferred':
      return lang === 'zh' ? `这里改用首选名称“${r}”` : `Use the preferred name "${r}" here`;
    case 'usePreferredEverywhere':
      return lang === 'zh' ? '全文都改用首选名称' : 'Use the preferred name everywhere in this document';
    case 'insertGloss':
      return lang === 'zh' ? `注明英文名：“${r}”` : `Add the English name: "${r}"`;
    case 'removeGloss':
      return lang === 'zh' ? '删去重复的英文注释' : 'Remove the repeated English name';
    case 'useReading': {
      const reading = / as (\S+) -->$/.exec(r)?.[1] ?? r;
      return lang === 'zh' ? `改为读作“${reading}”` : `Read it as "${reading}"`;
    }
  }
}

/** The first line of a misspelt word's hover. */
export function didYouMean(expected: string, lang: Lang): string {
  return lang === 'zh' ? `想写的是“${expected}”吗？` : `Did you mean “${expected}”?`;
}

/** The source action that fixes every misspelt name of a document. */
export function fixAllTitle(lang: Lang): string {
  return lang === 'zh' ? '修正所有写错的概念名' : 'Fix all misspelt concept names';
}
