// Generates syntaxes/concept-lens.injection.tmLanguage.json from the built-in pack: a TextMate
// injection grammar for Markdown that gives every concept name a scope themes can colour.
// Run before the bundle (`tsx scripts/gen-grammar.ts`); test/unit/injectionGrammar.test.ts checks that
// the committed file is what this script writes and that it agrees with the scanner on the article.
//
// How the grammar mirrors the scanner (src/core/scan/scanner.ts):
// - One regex for the whole pack. The scanner is leftmost-longest across all concepts; a TextMate rule
//   list is leftmost-first (on a tie the earlier rule wins), so one alternation with the longest
//   surfaces first is the only way to get the same choice when surfaces of different concepts overlap.
//   Surfaces are grouped by their first unit behind a lookahead (only surfaces that start alike
//   compete), which keeps Oniguruma from trying every surface at every position. Every run of
//   consecutive alternatives of one concept is a capture group carrying its scope.
// - Exclusions (cross-entropy, 交叉熵…) and contextual surfaces (bare "attention", 注意力…) are
//   alternatives too, without a capture: they consume their text unscoped, exactly as the scanner's
//   match blocks shorter surfaces inside it. Whether a contextual surface names its concept depends on
//   the rest of the document, which a grammar cannot see, so it is never scoped.
// - Bare URLs, e-mail addresses, wiki embeds (`![[file]]`) and wiki link targets (`[[target|`),
//   which the scanner does not read as prose, are consumed unscoped.
// - Whole words where a surface begins or ends with a letter or digit (the scanner's isWordUnit:
//   Latin, Greek, Cyrillic, full-width), looking through emphasis markers as the scanner does.
// - Folding: case-insensitive unless the alias is case-sensitive, spelled out as classes (`[eEｅＥ]`)
//   rather than `(?i:)`; full-width forms, curly apostrophes and Unicode hyphens match as the automaton
//   folds them; whitespace inside a surface is any run of the scanner's whitespace within the line.
// What a line-based grammar cannot do: match a name broken across a line or with emphasis markers
// inside it (`对称**破缺**`), see more than three emphasis markers between a name and a letter, and read
// a bare name in a narrower sense from its paragraph's cues (熵 stays scoped as entropy).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_INFLECTIONS, loadBuiltinPack } from '../src/core/pack/builtinPack';
import { compilePack, type CompiledPack, type Surface } from '../src/core/scan/compiledPack';
import { chineseFormsOf } from '../src/core/text/chineseForms';

export const GRAMMAR_PATH = join(__dirname, '..', 'syntaxes', 'concept-lens.injection.tmLanguage.json');
export const SCOPE_NAME = 'concept-lens.injection';

/** The scope every concept name carries, so a theme can colour all of them with one rule. */
export const COMMON_SCOPE = 'meta.concept.concept-lens';

/** The scope of one concept, so a theme can colour it apart. */
export function conceptScope(id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`concept id "${id}" cannot be part of a scope name`);
  return `entity.name.concept.${id}.concept-lens`;
}

/**
 * Markdown prose only. Scopes of VS Code's markdown grammar (extensions/markdown-basics) and of its
 * math grammars (extensions/markdown-math): fenced and indented code, inline code, math, front matter
 * and other embedded languages, HTML comments and tags, link destinations and titles, reference labels
 * and definitions. No `L:` prefix: on a tie the Markdown grammar's own rule wins, so a name at the
 * start of a line does not keep a paragraph (and its inline code, links…) from starting there.
 */
export const INJECTION_SELECTOR =
  'text.html.markdown - (markup.fenced_code, markup.raw, markup.inline.raw, markup.math, meta.embedded, comment, meta.tag, string.quoted, string.other.link.description.title, markup.underline.link, constant.other.reference.link, meta.link.reference.def)';

export interface GrammarCapture {
  name: string;
}

export interface InjectionGrammar {
  comment: string;
  scopeName: string;
  injectionSelector: string;
  patterns: { comment: string; match: string; captures: Record<string, GrammarCapture> }[];
}

/** A letter or digit of a script that separates words with spaces: isWordUnit in src/core/text/chars.ts. */
const WORD = '[0-9A-Za-z\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{24F}\\x{370}-\\x{52F}\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF3A}\\x{FF41}-\\x{FF5A}]';
/**
 * Before a name that starts with a word unit: no word unit, looking back through up to three emphasis
 * markers. A single `_` right after a word unit joins the words of a snake_case identifier: no name there.
 */
const WORD_START = `(?:(?!${WORD})|(?<!${WORD}|${WORD}[*~_]|${WORD}[*~_]{2,3}))`;
/** After a name that ends with a word unit: no word unit, looking ahead through emphasis markers and `_`. */
const WORD_END = `(?:(?<!${WORD})|(?![*~_]*${WORD}))`;
/** Whitespace inside a surface: the automaton's whitespace class, without line breaks. */
const SPACE = '[ \\t\\f\\x{A0}\\x{3000}]+';
/** GFM autolink literals, which the scanner skips (src/core/markdown/inline.ts). */
const BARE_URL = `(?<!${WORD}|[/@])(?:[hH][tT][tT][pP][sS]?://|[wW]{3}\\.)[^\\s<]*`;
/**
 * The target of a labelled wiki link, `[[target|`, which the scanner skips (src/core/markdown/inline.ts);
 * not after a backslash, which escapes the bracket. (In a table cell or an HTML block the scanner reads
 * `[[a|b]]` otherwise; a line grammar cannot tell.)
 */
const WIKI_TARGET = `(?<!\\\\)\\[\\[[^\\[\\]|\\r\\n]+\\|(?=[^\\[\\]\\r\\n]*\\]\\])`;
/** An embed, `![[file]]`, which the scanner skips whole (src/core/markdown/inline.ts). */
const WIKI_EMBED = `(?<!\\\\)!\\[\\[[^\\[\\]\\r\\n]+\\]\\]`;
const EMAIL_DOMAIN_UNIT = '(?:[-_0-9A-Za-z]|\\.(?=[0-9A-Za-z]))';
const BARE_EMAIL = `(?<![/+\\-._0-9A-Za-z])[+\\-._0-9A-Za-z]+@(?=${EMAIL_DOMAIN_UNIT}*\\.[0-9A-Za-z])${EMAIL_DOMAIN_UNIT}++(?<=[A-Za-z])`;

const CLASS_SPECIAL = new Set(['\\', ']', '[', '^', '-', '&']);
const REGEX_SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);

/**
 * The units the automaton reads as the folded unit `c` (variantsOf in src/core/scan/automatonCompile.ts): its
 * other case unless the surface is case-sensitive, the full-width forms of ASCII, curly apostrophes,
 * Unicode hyphens and the other forms of a Chinese character (simplified and traditional).
 */
function unitVariants(c: string, anyCase: boolean): string[] {
  const out = new Set([c]);
  if (anyCase) for (const v of [c.toUpperCase(), c.toLowerCase()]) if (v.length === 1) out.add(v);
  for (const v of [...out]) {
    const u = v.charCodeAt(0);
    if (u >= 0x21 && u <= 0x7e) out.add(String.fromCharCode(u + 0xfee0));
  }
  if (c === "'") out.add('\u2018').add('\u2019');
  if (c === '-') out.add('\u2010').add('\u2011');
  for (const t of chineseFormsOf(c.charCodeAt(0)) ?? []) out.add(String.fromCharCode(t));
  return [...out];
}

function classBody(units: Iterable<string>): string {
  return [...units].map((v) => (CLASS_SPECIAL.has(v) ? `\\${v}` : v)).join('');
}

/**
 * One folded unit of a surface. Case is spelled out as a class rather than left to `(?i:)`: Oniguruma
 * expands case-insensitive alternatives when it compiles them, which made this grammar take half a
 * second to compile and scan some thirty times slower; `(?i:)` would also let `ss` match `ß`.
 */
function unitPattern(c: string, anyCase: boolean): string {
  if (c === ' ') return SPACE;
  const variants = unitVariants(c, anyCase);
  if (variants.length === 1) return REGEX_SPECIAL.has(c) ? `\\${c}` : c;
  return `[${classBody(variants)}]`;
}

function surfacePattern(s: Surface): string {
  // A case-sensitive surface keeps the case the alias is written in.
  let out = '';
  for (const c of s.caseSensitive ? s.exact : s.text) out += unitPattern(c, !s.caseSensitive);
  return out;
}

/** Index of the concept a surface is scoped as, or -1 for text consumed without a scope. */
function scopedConcept(s: Surface): number {
  return s.concept >= 0 && !s.contextual ? s.concept : -1;
}

/** Builds the injection grammar of a compiled pack. Deterministic: the same pack gives the same grammar. */
export function grammarFor(cp: CompiledPack): InjectionGrammar {
  // Longest first (the automaton counts a whitespace run as one symbol, as `text` spells it); on equal
  // length the scanner keeps the surface compiled first.
  const order = cp.surfaces.map((s, i) => ({ s, i }));
  order.sort((a, b) => b.s.text.length - a.s.text.length || a.i - b.i);

  // Surfaces that start with different units never match at the same place, so only the order within
  // one first unit matters. Grouping by it lets Oniguruma try a few groups at each position instead of
  // every surface.
  const byFirst = new Map<string, Surface[]>();
  for (const { s } of order) {
    const first = s.text[0]!;
    const group = byFirst.get(first);
    if (group) group.push(s);
    else byFirst.set(first, [s]);
  }
  const firsts = [...byFirst.keys()].sort();

  const captures: Record<string, GrammarCapture> = {};
  const groups = firsts.map((first) => {
    // Consecutive surfaces of one concept share a capture group; unscoped ones a non-capturing group.
    const runs: { concept: number; alternatives: string[] }[] = [];
    for (const s of byFirst.get(first)!) {
      const concept = scopedConcept(s);
      const last = runs[runs.length - 1];
      if (last && last.concept === concept) last.alternatives.push(surfacePattern(s));
      else runs.push({ concept, alternatives: [surfacePattern(s)] });
    }
    const parts = runs.map((run) => {
      if (run.concept < 0) return `(?:${run.alternatives.join('|')})`;
      captures[String(Object.keys(captures).length + 1)] = { name: `${COMMON_SCOPE} ${conceptScope(cp.concepts[run.concept]!.id)}` };
      return `(${run.alternatives.join('|')})`;
    });
    return `(?=[${classBody(unitVariants(first, true))}])(?:${parts.join('|')})`;
  });
  const anyFirst = `[${classBody(new Set(firsts.flatMap((f) => unitVariants(f, true))))}]`;
  const match = `${BARE_URL}|${BARE_EMAIL}|${WIKI_EMBED}|${WIKI_TARGET}|(?=${anyFirst})${WORD_START}(?:${groups.join('|')})${WORD_END}`;

  const contextual = [...new Set(cp.surfaces.filter((s) => s.contextual && s.concept >= 0).map((s) => s.exact))];
  return {
    comment:
      `Generated by scripts/gen-grammar.ts from the concept pack "${cp.pack.id}"; do not edit. ` +
      `Every concept name is scoped "${COMMON_SCOPE}" and "entity.name.concept.<concept id>.concept-lens". ` +
      'Exclusions (compounds naming something else, such as cross-entropy) are matched but left unscoped. ' +
      `Contextual surfaces are left unscoped too, because whether they name their concept depends on the rest of the document: ${contextual.join(', ')}. ` +
      'A line-based grammar cannot match a name broken across lines or with emphasis markers inside it.',
    scopeName: SCOPE_NAME,
    injectionSelector: INJECTION_SELECTOR,
    patterns: [
      {
        comment:
          'One alternation, so that leftmost-first matching picks the leftmost-longest name as the scanner does: surfaces are grouped by their first unit (surfaces that start differently never compete) and ordered longest first within a group. Each capture is a run of one concept\'s surfaces; non-capturing runs are exclusions and contextual surfaces. Bare URLs, e-mail addresses and wiki link targets come first and are left unscoped.',
        match,
        captures,
      },
    ],
  };
}

/** The grammar file's text. */
export function grammarJson(cp: CompiledPack): string {
  return `${JSON.stringify(grammarFor(cp), null, 2)}\n`;
}

export function builtinGrammarJson(): string {
  return grammarJson(compilePack(loadBuiltinPack(), BUILTIN_INFLECTIONS));
}

if (require.main === module) {
  const t0 = performance.now();
  const text = builtinGrammarJson();
  writeFileSync(GRAMMAR_PATH, text);
  const t1 = performance.now();
  console.log(`wrote syntaxes/concept-lens.injection.tmLanguage.json (${Math.round(text.length / 1024)} KB) in ${Math.round(t1 - t0)} ms, ${Math.round(t1)} ms after start`);
}
