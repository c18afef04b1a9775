// The TextMate injection grammar (syntaxes/concept-lens.injection.tmLanguage.json): it is what
// scripts/gen-grammar.ts makes of the built-in pack, and run by vscode-textmate over Markdown it scopes
// the same names as the scanner, bar what a line-based grammar cannot see.

import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAMMAR_PATH, INJECTION_SELECTOR, builtinGrammarJson, grammarFor, grammarJson, type InjectionGrammar } from '../../scripts/gen-grammar';
import type { CompiledPack } from '../../src/core/scan/compiledPack';
import { scanDocument } from '../../src/core/scan/documentScan';
import { markdownTokenizer, scopedNames, type Token } from '../support/grammar/textmate';
import { FIXTURES } from '../support/paths';
import { builtinCompiled } from '../support/testPack';

const ARTICLE = readFileSync(join(FIXTURES, 'entropy-and-emergence.md'), 'utf8');

/** Markdown with every region the injection must stay out of, and names around and inside them. */
const REGIONS = [
  '---',
  'title: 熵与涌现 entropy',
  'tags: [emergence]',
  '---',
  '',
  '# 熵与 entropy',
  '',
  'Cross-entropy and 交叉熵 are not entropy; 熵增 is. The `entropy` and `熵` in code are not,',
  'nor $熵$ or $$S = entropy$$ in math, nor <span title="entropy">熵</span> attributes, nor <!-- 熵 and emergence --> comments,',
  'nor the destination of [熵的链接](https://example.com/entropy "entropy"), nor https://example.com/emergence/熵 or entropy@example.com.',
  'Embedding, 涌现 and LLMs are. So is [[notes/熵|the emergence page]], but not its target; escaped, \\[[涌现|x]] is no wiki link.',
  'An embed shows its file, not its name: ![[熵 and emergence.png]] is none, but [[熵]] is, and so is \\![[熵]] (escaped).',
  '',
  '熵 at the start of a line leaves the line a paragraph, with `entropy` in code.',
  '',
  '```python',
  'entropy = 熵  # emergence',
  '```',
  '',
  '~~~',
  '涌现',
  '~~~',
  '',
  '$$',
  'H = entropy(涌现)',
  '$$',
  '',
  '最后 emergence。',
].join('\n');

interface Range {
  start: number;
  end: number;
  concept: string;
}

const key = (r: Range, text: string): string => `${r.start}-${r.end} ${r.concept}:${text.slice(r.start, r.end)}`;

interface Comparison {
  /** Scanner matches the grammar must reproduce, and the grammar's scoped names, outside skipped spans. */
  scanner: string[];
  grammar: string[];
  compared: number;
  /** Matches no grammar can reproduce, by reason. */
  skipped: { contextual: number; lineBreak: number; emphasis: number };
  /** Scoped names inside skipped spans (a grammar's own take on them). */
  grammarInSkipped: number;
}

/** The pack with no name read in context. */
function withoutSenses(cp: CompiledPack): CompiledPack {
  return { ...cp, senseRules: { ...cp.senseRules, ambiguities: [] } };
}

/**
 * Compares the scanner's matches with the names the grammar scopes. Left out: contextual surfaces
 * (decided by the whole document, never scoped by the grammar) and names broken across lines or with
 * emphasis markers inside (a grammar reads one line at a time and sees the markers).
 */
function compare(text: string, tokens: readonly Token[], cp: CompiledPack): Comparison {
  const skipped = { contextual: 0, lineBreak: 0, emphasis: 0 };
  const skippedSpans: [number, number][] = [];
  const scanner: string[] = [];
  // A grammar cannot see context: it scopes a name as the concept the name belongs to, so it is compared
  // with the scanner's names before they are read in context (熵 stays entropy, everyday attention stays).
  for (const m of scanDocument(text, withoutSenses(cp)).matches) {
    const span = text.slice(m.start, m.end);
    let reason: keyof typeof skipped | undefined;
    if (cp.surfaces[m.surface]!.contextual) reason = 'contextual';
    else if (/[\r\n]/.test(span)) reason = 'lineBreak';
    else if (/[*_~]/.test(span)) reason = 'emphasis';
    if (reason) {
      skipped[reason]++;
      skippedSpans.push([m.start, m.end]);
    } else {
      scanner.push(key({ start: m.start, end: m.end, concept: cp.concepts[m.concept]!.id }, text));
    }
  }
  let grammarInSkipped = 0;
  const grammar: string[] = [];
  for (const n of scopedNames(tokens)) {
    if (skippedSpans.some(([s, e]) => n.start < e && s < n.end)) grammarInSkipped++;
    else grammar.push(key(n, text));
  }
  return { scanner, grammar, compared: scanner.length, skipped, grammarInSkipped };
}

/** Scope prefixes of the regions that are not prose (see the stand-in Markdown grammar). */
const REGION = /^(comment|markup\.fenced_code|markup\.inline\.raw|markup\.math|markup\.underline\.link|meta\.embedded|meta\.tag)\b/;

/** The non-prose regions some concept scope reached. */
function regionsReached(tokens: readonly Token[]): string[] {
  const reached = new Set<string>();
  for (const t of tokens) {
    if (!t.scopes.some((s) => s.startsWith('meta.concept.'))) continue;
    for (const s of t.scopes) {
      const m = REGION.exec(s);
      if (m) reached.add(m[1]!);
    }
  }
  return [...reached].sort();
}

async function tokenize(grammar: InjectionGrammar, text: string): Promise<Token[]> {
  return (await markdownTokenizer(grammar))(text);
}

describe('injection grammar', () => {
  const cp = builtinCompiled();
  /** The grammar as committed, which is what ships. */
  const committed = (): InjectionGrammar => JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as InjectionGrammar;

  it('is what scripts/gen-grammar.ts makes of the built-in pack (run `npx tsx scripts/gen-grammar.ts`)', () => {
    const text = readFileSync(GRAMMAR_PATH, 'utf8');
    strictEqual(text, builtinGrammarJson(), 'syntaxes/concept-lens.injection.tmLanguage.json is stale');
    strictEqual(text, grammarJson(cp));
    strictEqual(grammarJson(cp), grammarJson(cp), 'the generator is deterministic');
  });

  it('injects into Markdown prose with a scope for every concept and one for all', () => {
    const g = committed();
    strictEqual(g.scopeName, 'concept-lens.injection');
    strictEqual(g.injectionSelector, INJECTION_SELECTOR);
    const scoped = new Set(Object.values(g.patterns[0]!.captures).map((c) => c.name));
    for (const name of scoped) ok(name.startsWith('meta.concept.concept-lens entity.name.concept.'), name);
    const ids = new Set([...scoped].map((name) => /entity\.name\.concept\.(.+)\.concept-lens$/.exec(name)![1]));
    deepStrictEqual([...ids].sort(), cp.concepts.map((c) => c.id).sort());
  });

  it('scopes the same names as the scanner in the article', async () => {
    const result = compare(ARTICLE, await tokenize(committed(), ARTICLE), cp);
    deepStrictEqual(result.grammar, result.scanner);
    // When written: 108 compared, 2 contextual (最低成本), none across a line or with markers inside.
    ok(result.compared >= 100, `only ${result.compared} matches compared`);
    ok(result.skipped.lineBreak + result.skipped.emphasis <= 5, `too many matches out of a grammar's reach: ${JSON.stringify(result.skipped)}`);
    ok(result.grammarInSkipped <= result.skipped.lineBreak + result.skipped.emphasis);
  });

  it('stays out of front matter, code, math, HTML and links, and leaves exclusions unscoped', async () => {
    const tokens = await tokenize(committed(), REGIONS);
    const result = compare(REGIONS, tokens, cp);
    deepStrictEqual(result.grammar, result.scanner);
    deepStrictEqual(result.skipped, { contextual: 0, lineBreak: 0, emphasis: 0 });
    deepStrictEqual(
      scopedNames(tokens).map((n) => `${n.concept}:${REGIONS.slice(n.start, n.end)}`),
      // The heading's two, `not entropy`, 熵增, the text between the span tags, the link text, three on the
      // next line, the wiki link after the embed and the escaped embed, the name starting a line, the last line's.
      ['entropy:熵', 'entropy:entropy', 'entropy:entropy', 'entropy:熵增', 'entropy:熵', 'entropy:熵', 'embedding:Embedding', 'emergence:涌现', 'large-language-model:LLMs', 'emergence:emergence', 'emergence:涌现', 'entropy:熵', 'entropy:熵', 'entropy:熵', 'emergence:emergence'],
    );
    deepStrictEqual(regionsReached(tokens), []);
  });

  it('agrees with the scanner on folding, whole words and overlapping names', async () => {
    const text = [
      'ENTROPY, Entropies, ｅｎｔｒｏｐｙ and entropic; xentropy, entropyx, **entropy**x and x**entropy** are not; entropy_x and x_entropy (identifiers) are not either.',
      'Cross entropy, cross‐entropy, crossentropy, Newton’s second law, LLM, llm, AGIs, Agi, large  language model.',
      '『有限的手段，无限的使用』, 热力学第二定律, 熵熵, 负熵增, self-attention, multi-head self-attention mechanism, symmetry breaking, 对称破缺.',
      '熱力學第二定律與對稱破缺, 湧現與時間晶體 (traditional Chinese).',
    ].join('\n\n');
    const result = compare(text, await tokenize(committed(), text), cp);
    deepStrictEqual(result.grammar, result.scanner);
    ok(result.compared >= 19, `only ${result.compared} compared`);
  });

  describe('the comparison catches a broken grammar', () => {
    const without = (drop: (text: string) => boolean): CompiledPack => ({ ...cp, surfaces: cp.surfaces.filter((s) => !drop(s.text)) });

    it('an alias missing', async () => {
      const result = compare(ARTICLE, await tokenize(grammarFor(without((t) => t === '熵增')), ARTICLE), cp);
      const missed = result.scanner.filter((k) => !result.grammar.includes(k));
      ok(missed.length > 0 && missed.every((k) => k.endsWith(' entropy:熵增')), missed.join('\n'));
    });

    it('an exclusion missing', async () => {
      const result = compare(REGIONS, await tokenize(grammarFor(without((t) => t === 'cross-entropy')), REGIONS), cp);
      const at = REGIONS.indexOf('Cross-entropy') + 'Cross-'.length;
      const wrong = `${at}-${at + 'entropy'.length} entropy:entropy`;
      ok(result.grammar.includes(wrong) && !result.scanner.includes(wrong));
    });

    it('a selector that lets names into code, math, HTML and links', async () => {
      const tokens = await tokenize({ ...grammarFor(cp), injectionSelector: 'text.html.markdown' }, REGIONS);
      deepStrictEqual(regionsReached(tokens), ['comment', 'markup.fenced_code', 'markup.inline.raw', 'markup.math', 'markup.underline.link', 'meta.embedded', 'meta.tag']);
      const result = compare(REGIONS, tokens, cp);
      ok(result.grammar.length > result.scanner.length);
    });

    it('an `L:` selector, which takes a line that starts with a name away from its paragraph', async () => {
      const g = grammarFor(cp);
      const tokens = await tokenize({ ...g, injectionSelector: `L:${g.injectionSelector}` }, REGIONS);
      deepStrictEqual(regionsReached(tokens), []);
      const result = compare(REGIONS, tokens, cp);
      const at = REGIONS.indexOf('`entropy` in code') + 1;
      ok(result.grammar.includes(`${at}-${at + 7} entropy:entropy`), 'the inline code after it is not code any more');
    });
  });
});
