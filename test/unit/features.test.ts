import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conceptOutline, occurrencePreview } from '../../src/core/features/conceptOutline';
import { hoverMarkdown, type HoverLabels } from '../../src/core/features/hoverContent';
import { conceptGuide } from '../../src/core/features/conceptGuide';
import { isArticle, sectionHeading, frontMatterTitle } from '../../src/core/features/articleMatch';
import { documentLanguage, readerLanguage } from '../../src/core/features/language';
import { escapeMarkdown } from '../../src/core/features/markdownEscape';
import { parseMarkdown } from '../../src/core/markdown/markdownStructure';
import { builtinCompiled, compileSpec } from '../support/testPack';
import { FIXTURES } from '../support/paths';

const labels: HoverLabels = {
  relation: (kind, dir) => `${kind}/${dir}`,
  occurrences: (n) => `${n} here`,
  section: 'Section',
  findAll: 'Find all',
  goToSection: 'Go to section',
  showInGraph: 'Show in graph',
};
const article = readFileSync(join(FIXTURES, 'entropy-and-emergence.md'), 'utf8');

describe('features', () => {
  describe('reader language', () => {
    it('follows the document’s script, then the UI', () => {
      assert.equal(documentLanguage('熵与涌现是本文的主题，Transformer 只是其中一节'), 'zh');
      assert.equal(documentLanguage('Entropy and emergence, with one word 熵'), 'en');
      assert.equal(readerLanguage('auto', '', 'zh-cn'), 'zh');
      assert.equal(readerLanguage('auto', '', 'en'), 'en');
      assert.equal(readerLanguage('en', '全是中文', 'zh-cn'), 'en');
    });
  });

  describe('hover', () => {
    const cp = builtinCompiled();
    const emergence = cp.concepts[cp.indexOf.get('emergence')!]!;
    it('shows both names, the explanation, the section, relations, the count and our command links', () => {
      const md = hoverMarkdown({ pack: cp.pack, concept: emergence, lang: 'zh', countInDocument: 3, section: { title: '神奇的涌现' }, commands: { findAll: 'command:a', goToSection: 'command:b', showInGraph: 'command:c' }, labels });
      assert.match(md, /^\*\*涌现\*\* · emergence/);
      assert.ok(md.includes(escapeMarkdown(emergence.explanation.zh!)));
      assert.match(md, /Section: 神奇的涌现/);
      assert.match(md, /leads\\-to\/out: 通用人工智能/);
      assert.match(md, /3 here/);
      assert.match(md, /\[Find all\]\(command:a "Find all"\)/);
      assert.match(md, /\[Go to section\]\(command:b "Go to section"\)/);
      assert.match(md, /\[Show in graph\]\(command:c "Show in graph"\)/);
    });
    it('escapes pack text, so a pack cannot inject links, HTML or commands', () => {
      const evil = compileSpec({
        id: 'evil',
        article: { title: { en: 'x' }, sections: [] },
        concepts: [{ id: 'x', name: { en: '[click](command:workbench.action.quit)' }, explanation: { en: '<img src=x onerror=alert(1)> **bold** `code`' } }],
      });
      const md = hoverMarkdown({ pack: evil.pack, concept: evil.concepts[0]!, lang: 'en', countInDocument: 1, commands: { findAll: 'command:a' }, labels });
      assert.ok(!md.includes('](command:workbench'));
      assert.ok(!md.includes('<img'));
      assert.ok(md.includes('\\[click\\]\\(command\\:workbench'));
    });
    it('says why a name was read so and links the other readings, the writer’s choice taken out last', () => {
      const entropy = cp.concepts[cp.indexOf.get('entropy')!]!;
      const withSense = { ...labels, readAs: (n: string) => `Read as ${n}: nothing else.`, readAsChosen: (n: string) => `Read as ${n}: chosen.`, readInstead: 'Here read as', readByContext: 'by context' };
      const others = [{ label: '[信息熵](command:evil)', uri: 'command:r1' }];
      // A line break in pack text must not end the title and start Markdown of its own.
      const broken = hoverMarkdown({ pack: cp.pack, concept: entropy, lang: 'zh', countInDocument: 1, commands: { findAll: 'command:a' }, labels: { ...labels, readInstead: 'Here' }, sense: { scope: undefined, cue: undefined, others: [{ label: 'x\n# [Open](command:conceptLens.chooseReading?%5B%5D)', uri: 'command:r1' }] } });
      assert.ok(!broken.includes('](command:conceptLens'), broken);
      const md = hoverMarkdown({ pack: cp.pack, concept: entropy, lang: 'zh', countInDocument: 1, commands: { findAll: 'command:a' }, labels: withSense, sense: { scope: undefined, cue: undefined, chosen: true, others, byContext: 'command:r0' } });
      assert.ok(md.includes('*Read as 熵\\: chosen\\.*'), md);
      assert.ok(md.includes('Here read as: [\\[信息熵\\]\\(command\\:evil\\)](command:r1 "信息熵 command:evil") · [by context](command:r0 "by context")'), md);
      const plain = hoverMarkdown({ pack: cp.pack, concept: entropy, lang: 'zh', countInDocument: 1, commands: { findAll: 'command:a' }, labels: withSense, sense: { scope: undefined, cue: undefined } });
      assert.ok(plain.includes('*Read as 熵\\: nothing else\\.*'), plain);
      assert.ok(!plain.includes('Here read as'));
    });
  });

  describe('concept guide', () => {
    it('has one section per article section, each concept under its section', () => {
      const cp = builtinCompiled();
      const g = conceptGuide(cp.pack, 'zh', { relation: labels.relation, title: 'Guide', intro: 'Read-only.', otherConcepts: 'Other' });
      const lines = g.text.split('\n');
      for (const s of cp.pack.sections) assert.ok(lines[g.sectionLine.get(s.id)!]!.startsWith(`## ${s.heading}`), s.id);
      const entropyLine = g.conceptLine.get('entropy')!;
      assert.ok(entropyLine > g.sectionLine.get('entropy-and-second-law')! && entropyLine < g.sectionLine.get('symmetry-and-symmetry-breaking')!);
      assert.match(lines[entropyLine]!, /^### 熵 · entropy/);
      const { headings } = parseMarkdown(g.text);
      assert.equal(headings.filter((h) => h.level === 3).length, cp.concepts.length);
    });
  });

  describe('finding the article', () => {
    const cp = builtinCompiled();
    it('by its front-matter title', () => {
      assert.equal(frontMatterTitle(article), '熵与涌现：大模型的智能之谜');
      assert.ok(isArticle(article, parseMarkdown(article).headings, cp.pack));
    });
    it('by its headings when the front matter is gone', () => {
      const body = article.slice(article.indexOf('---', 4) + 3);
      assert.equal(frontMatterTitle(body), undefined);
      assert.ok(isArticle(body, parseMarkdown(body).headings, cp.pack));
    });
    it('not an unrelated document', () => {
      const other = '# Notes\n\n## 熵\n\nSome text.';
      assert.ok(!isArticle(other, parseMarkdown(other).headings, cp.pack));
    });
    it('finds the heading of a concept’s home section', () => {
      const { headings } = parseMarkdown(article);
      assert.equal(sectionHeading(headings, cp.pack, cp.concepts[cp.indexOf.get('refraction')!]!)?.text, '熵与热力学第二定律');
      assert.equal(sectionHeading(headings, cp.pack, cp.concepts[cp.indexOf.get('attention-mechanism')!]!)?.text, 'Transformer+Embedding产生的化学效应');
    });
  });

  describe('Concepts tree model', () => {
    const cp = builtinCompiled();
    const counts = new Int32Array(cp.concepts.length);
    counts[cp.indexOf.get('entropy')!] = 5;
    counts[cp.indexOf.get('symmetry')!] = 2;
    counts[cp.indexOf.get('heat-death')!] = 9;
    it('groups by section in the article’s order, with labels in the reader’s language', () => {
      const groups = conceptOutline(cp, counts, 'zh', 'article', { text: '', presentOnly: false });
      assert.deepEqual(groups.slice(0, 5).map((g) => g.sectionId), cp.pack.sections.map((s) => s.id));
      const first = groups[0]!.concepts[0]!;
      assert.deepEqual([first.id, first.label, first.otherName, first.count], ['entropy', '熵', 'entropy', 5]);
    });
    it('filters by either name and by presence', () => {
      const byName = conceptOutline(cp, counts, 'en', 'article', { text: '热寂', presentOnly: false });
      assert.deepEqual(byName.flatMap((g) => g.concepts.map((c) => c.id)), ['heat-death']);
      const present = conceptOutline(cp, counts, 'en', 'article', { text: '', presentOnly: true });
      assert.deepEqual(present.flatMap((g) => g.concepts.map((c) => c.id)).sort(), ['entropy', 'heat-death', 'symmetry']);
    });
    it('sorts by count within a section', () => {
      const groups = conceptOutline(cp, counts, 'en', 'count', { text: '', presentOnly: false });
      const sym = groups.find((g) => g.sectionId === 'symmetry-and-symmetry-breaking')!;
      assert.equal(sym.concepts[0]!.id, 'heat-death');
      assert.equal(sym.concepts[1]!.id, 'symmetry');
    });
    it('previews an occurrence on one line with its place marked', () => {
      const text = 'first line\n这是一段很长的文字，其中提到了熵的概念，然后继续说下去。\nlast';
      const at = text.indexOf('熵');
      const p = occurrencePreview(text, at, at + 1, 16);
      assert.ok(!p.text.includes('\n'));
      assert.equal(p.text.slice(p.highlight[0], p.highlight[1]), '熵');
    });
  });
});
