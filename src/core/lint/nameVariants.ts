// Two names of one concept in one language in the same document (对称破缺 and 对称性破缺). The pack's
// preferred name wins, else the name the document uses most; every other name's occurrence is
// reported, with fixes to use the preferred name here or everywhere. Inflections and spelling variants
// of a name are that name; names in the other language, acronyms and contextual aliases are not
// variants (an acronym introduced after its long form is good style), and nor are names that hold one
// another (熵增 is a compound of 熵, not another name for it).

import type { Alias } from '../pack/packTypes';
import type { CompiledPack } from '../scan/compiledPack';
import type { Match } from '../scan/scanner';
import { basicInflections } from '../inflect/inflections';
import { withCaseOf } from './caseOf';
import { editDistance } from './editDistance';
import type { Lexicon } from './lexicon';
import type { LintDiagnostic } from './lintTypes';

/** For each surface, the alias of its concept it is a form of (index in the concept's aliases), or -1. */
export function surfaceAliases(cp: CompiledPack): Int32Array {
  const out = new Int32Array(cp.surfaces.length).fill(-1);
  cp.surfaces.forEach((s, i) => {
    if (s.concept < 0) return;
    out[i] = aliasOf(cp.concepts[s.concept]!.aliases, s.text);
  });
  return out;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[\s\-*_~'\u2019]+/g, '');
}

/** The alias the surface is a form of: the same text, else the longest shared start (a plural, a verb form). */
function aliasOf(aliases: readonly Alias[], surface: string): number {
  const k = key(surface);
  let best = -1;
  let bestLength = 0;
  aliases.forEach((a, i) => {
    const ak = key(a.text);
    if (ak === k) {
      best = i;
      bestLength = Infinity;
      return;
    }
    let n = 0;
    while (n < ak.length && n < k.length && ak.charCodeAt(n) === k.charCodeAt(n)) n++;
    if (/[a-z]/.test(ak) && n >= ak.length - 1 && n > bestLength) {
      best = i;
      bestLength = n;
    }
  });
  return best;
}

function countsAsName(a: Alias): boolean {
  return !a.contextual && !/^[A-Z0-9]{2,6}s?$/.test(a.text);
}

export function nameVariants(text: string, cp: CompiledPack, aliasOfSurface: Int32Array, matches: readonly Match[], out: LintDiagnostic[], lexicon?: Lexicon): void {
  // Per concept and language: the alias of each occurrence.
  const groups = new Map<string, { concept: number; alias: number; m: Match }[]>();
  for (const m of matches) {
    const alias = aliasOfSurface[m.surface]!;
    if (alias < 0) continue;
    const a = cp.concepts[m.concept]!.aliases[alias]!;
    if (!countsAsName(a)) continue;
    const k = `${m.concept}:${a.lang}`;
    const list = groups.get(k);
    const entry = { concept: m.concept, alias, m };
    if (list) list.push(entry);
    else groups.set(k, [entry]);
  }
  for (const list of groups.values()) {
    const used = new Map<number, number>();
    for (const e of list) used.set(e.alias, (used.get(e.alias) ?? 0) + 1);
    const concept = cp.concepts[list[0]!.concept]!;
    const isVariant = (a: number, b: number): boolean => a !== b && variants(concept.aliases[a]!.text, concept.aliases[b]!.text, concept.aliases, lexicon);
    const candidates = [...used.keys()].filter((a) => [...used.keys()].some((b) => isVariant(a, b)));
    if (candidates.length === 0) continue;
    const lang = concept.aliases[list[0]!.alias]!.lang;
    const preferredText = concept.preferred?.[lang];
    const listed = preferredText !== undefined ? concept.aliases.findIndex((a) => a.lang === lang && a.text === preferredText) : -1;
    const preferred = listed >= 0 ? listed : mostUsed(new Map(candidates.map((a) => [a, used.get(a)!])));
    const name = concept.aliases[preferred]!.text;
    const others = list.filter((e) => isVariant(e.alias, preferred));
    if (others.length === 0) continue;
    const replacements = others.map((e) => ({ start: e.m.start, end: e.m.end, replacement: replacementFor(text.slice(e.m.start, e.m.end), concept.aliases[e.alias]!.text, name) }));
    others.forEach((e, i) => {
      const r = replacements[i]!;
      out.push({
        rule: 'concept-name-variant',
        concept: e.concept,
        start: e.m.start,
        end: e.m.end,
        text: text.slice(e.m.start, e.m.end),
        expected: name,
        fixes: [
          { kind: 'usePreferred', replacement: r.replacement, safe: true },
          ...(others.length > 1 ? [{ kind: 'usePreferredEverywhere' as const, replacement: r.replacement, more: replacements, safe: false }] : []),
        ],
      });
    });
  }
}

/**
 * Whether two names of a concept are variants of one name: a few edits apart (对称破缺 and 对称性破缺,
 * 自组织 and 自我组织). Not when one holds the other or both hold a shorter name of the concept (熵增,
 * 熵减 and 熵 are compounds, not other names), nor for English words of one stem (chaos, chaotic), nor
 * for two kinds of one head (软注意, 硬注意).
 */
function variants(a: string, b: string, aliases: readonly Alias[], lexicon: Lexicon | undefined): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka.includes(kb) || kb.includes(ka)) return false;
  if (/[a-z]/.test(ka) && /[a-z]/.test(kb) && commonPrefix(ka, kb) >= 4) return false;
  if (kindsOfOneHead(ka, kb, aliases, lexicon) || partsOfOneThing(ka, kb)) return false;
  if (aliases.some((x) => {
    const kx = key(x.text);
    return kx.length < Math.min(ka.length, kb.length) && ka.includes(kx) && kb.includes(kx);
  })) return false;
  const shorter = Math.min(ka.length, kb.length);
  return editDistance(ka, kb, 2) <= Math.min(2, Math.max(1, shorter >> 1));
}

/**
 * Whether two Chinese names are two kinds of one thing: the same head (a word or a name of the concept,
 * two characters or more) after different modifiers. 软注意 and 硬注意, 局部注意 and 全局注意 are kinds;
 * 香农熵 and 夏农熵 (no word 农熵) and 大语言模型 and 语言大模型 (the same modifier reordered) are names.
 */
function kindsOfOneHead(a: string, b: string, aliases: readonly Alias[], lexicon: Lexicon | undefined): boolean {
  if (/[a-z]/.test(a) || /[a-z]/.test(b) || a.charCodeAt(0) === b.charCodeAt(0)) return false;
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  if (n < 2 || n === a.length || n === b.length) return false;
  const head = a.slice(a.length - n);
  const isWord = (lexicon?.hasChinese(head) ?? false) || aliases.some((x) => key(x.text) === head);
  return isWord && sorted(a.slice(0, a.length - n)) !== sorted(b.slice(0, b.length - n));
}

/**
 * Whether two Chinese names are two parts of one thing: the same first part (two characters or more), then
 * ends that share no character. 注意权重 and 注意机制 are the mechanism's weights and the mechanism;
 * 对称破缺 and 对称性破缺 share 破缺 and are one name.
 */
function partsOfOneThing(a: string, b: string): boolean {
  if (/[a-z]/.test(a) || /[a-z]/.test(b)) return false;
  const n = commonPrefix(a, b);
  if (n < 2 || n === a.length || n === b.length) return false;
  const rest = new Set(a.slice(n));
  return ![...b.slice(n)].some((c) => rest.has(c));
}

function sorted(s: string): string {
  return [...s].sort().join('');
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The alias used most; on a tie, the one listed first in the pack. */
function mostUsed(used: ReadonlyMap<number, number>): number {
  let best = -1;
  let count = -1;
  for (const [alias, n] of [...used].sort((a, b) => a[0] - b[0]))
    if (n > count) {
      best = alias;
      count = n;
    }
  return best;
}

/** The preferred name in the form and case of the occurrence: a plural stays plural. */
function replacementFor(written: string, alias: string, preferred: string): string {
  if (!/[A-Za-z]/.test(preferred)) return preferred;
  const inflected = key(written) !== key(alias);
  const form = inflected ? (basicInflections(preferred)[0] ?? preferred) : preferred;
  return withCaseOf(written, form);
}
