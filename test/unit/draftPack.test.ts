import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftPack, DRAFT_EXPLANATION, type DraftPack } from '../../src/core/authoring/draftPack';
import { compromiseTagger } from '../../src/core/authoring/draftTagger';
import { parsePack, isPackError } from '../../src/core/pack/loadPack';
import { main, type Io } from '../../src/cli/main';
import { parseArgs, UsageError } from '../../src/cli/args';
import { ROOT } from '../support/paths';
import { UniqueIds } from '../../src/core/authoring/draftIds';

const fixture = (name: string): string => join(ROOT, 'test/fixtures/draft', name);
const read = (name: string): string => readFileSync(fixture(name), 'utf8');
const names = (d: DraftPack): string[] => d.pack.concepts.flatMap((c) => [c.name.zh, c.name.en].filter((n): n is string => n !== undefined));
const find = (d: DraftPack, name: string) => d.candidates.find((c) => c.name.zh === name || c.name.en === name);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function assertValidPack(d: DraftPack): void {
  const loaded = parsePack(JSON.stringify(d.pack, null, 2));
  assert.deepEqual(loaded.problems.filter(isPackError), [], 'the draft loads without errors');
  assert.equal(loaded.pack?.concepts.length, d.pack.concepts.length, 'every drafted concept is kept');
}

describe('draftPack', () => {
  it('finds the recurring Chinese terms of a Chinese document, with sections from its headings', () => {
    const d = draftPack(read('zh.md'));
    const top = names(d).slice(0, 10);
    for (const term of ['光合作用', '呼吸作用', '叶绿体', '叶绿素', '阳光', '养分']) assert.ok(top.includes(term), `${term} in ${top.join(' ')}`);
    // 叶绿 never stands on its own: it is inside 叶绿体 or 叶绿素 every time.
    assert.ok(!names(d).includes('叶绿'));
    assert.deepEqual(d.pack.article.title, { zh: '植物如何利用阳光' });
    assert.deepEqual(
      d.pack.article.sections.map((s) => [s.id, s.heading]),
      [
        ['guang-he-zuo-yong-yu-ye-lv-ti', '光合作用与叶绿体'],
        ['hu-xi-zuo-yong', '呼吸作用'],
      ],
    );
    assertValidPack(d);
  });

  it('records where a candidate is first used, how often, and a sentence that uses it', () => {
    const text = read('zh.md');
    const d = draftPack(text);
    const c = find(d, '叶绿体')!;
    assert.equal(c.count, 4);
    // A heading is prose: the first use is in the heading 光合作用与叶绿体.
    assert.equal(c.first.offset, text.indexOf('叶绿体'));
    assert.equal(c.first.section, 'guang-he-zuo-yong-yu-ye-lv-ti');
    assert.equal(text.split('\n')[c.first.line]!.slice(c.first.character, c.first.character + 3), '叶绿体');
    assert.equal(c.example, '光合作用与叶绿体');
    const later = find(d, '养分')!;
    assert.equal(later.example, '植物通过光合作用把阳光变成养分。');
    assert.equal(d.pack.concepts.find((x) => x.id === c.id)!.section, 'guang-he-zuo-yong-yu-ye-lv-ti');
  });

  it('takes emphasised terms and terms named in headings', () => {
    const d = draftPack(read('zh.md'));
    assert.ok(find(d, '光合作用')!.sources.includes('emphasis'));
    assert.ok(find(d, '光合作用')!.sources.includes('heading'));
    assert.ok(find(d, '叶绿体')!.sources.includes('heading'));
    const en = draftPack('# Notes\n\nThe *quorum* decides. Without a quorum nothing is decided.\n');
    assert.deepEqual(find(en, 'quorum')?.sources.includes('emphasis'), true);
  });

  it('pairs a Chinese name with its English gloss, either way round', () => {
    const d = draftPack(read('mixed.md'));
    assert.deepEqual(find(d, '嵌入')?.name, { zh: '嵌入', en: 'Embedding' });
    assert.deepEqual(find(d, '熵')?.name, { zh: '熵', en: 'entropy' });
    assert.ok(find(d, '熵')!.sources.includes('gloss'));
    assert.deepEqual(find(draftPack(read('zh.md')), '呼吸作用')?.name, { zh: '呼吸作用', en: 'respiration' });
    const reverse = draftPack('The gradient (梯度) is computed twice. Each gradient step is small.\n');
    assert.deepEqual(find(reverse, '梯度')?.name, { zh: '梯度', en: 'gradient' });
    assert.equal(find(d, '嵌入')!.id, 'embedding');
    assertValidPack(d);
  });

  it('finds English noun phrases, with the tagger and without one', () => {
    for (const tagger of [compromiseTagger, undefined]) {
      const d = draftPack(read('en.md'), { tagger });
      const all = names(d).map((n) => n.toLowerCase());
      for (const term of ['cache invalidation', 'cache key', 'time to live']) assert.ok(all.includes(term), `${term} in ${all.join(', ')}`);
      assertValidPack(d);
    }
    const tagged = names(draftPack(read('en.md'), { tagger: compromiseTagger }));
    assert.ok(tagged.includes('Web Servers') || tagged.includes('web server'), tagged.join(', '));
  });

  it('reads prose only: nothing from code, math, front matter or link destinations', () => {
    for (const file of ['zh.md', 'en.md', 'mixed.md']) {
      const all = names(draftPack(read(file), { max: 1000, tagger: compromiseTagger })).join(' | ');
      for (const outside of ['代码', '前言', '行内', 'codeOnlyTerm', 'inlineCodeTerm', 'linkOnlyTerm', '数学', '公式']) assert.ok(!all.toLowerCase().includes(outside.toLowerCase()), `${outside} in ${file}: ${all}`);
    }
  });

  it('gives every concept a unique schema id and a placeholder explanation marked as a draft', () => {
    const d = draftPack(read('mixed.md') + '\n' + read('zh.md'), { max: 1000 });
    const ids = d.pack.concepts.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of [...ids, ...d.pack.article.sections.map((s) => s.id), d.pack.id]) assert.match(id, ID);
    for (const c of d.pack.concepts) assert.deepEqual(c.explanation, { zh: DRAFT_EXPLANATION.zh });
    assert.deepEqual(draftPack(read('en.md')).pack.concepts[0]!.explanation, { en: DRAFT_EXPLANATION.en });
    assertValidPack(d);
  });

  it('keeps at most max candidates and only the language asked for', () => {
    const text = read('mixed.md');
    assert.equal(draftPack(text, { max: 2 }).pack.concepts.length, 2);
    assert.ok(draftPack(text, { lang: 'zh' }).pack.concepts.every((c) => c.name.zh !== undefined));
    assert.ok(draftPack(text, { lang: 'en' }).pack.concepts.every((c) => c.name.en !== undefined));
  });

  it('drafts a valid pack from an empty or a heading-only document', () => {
    for (const text of ['', '# 标题\n', '# A\n# A\n## 同名\n## 同名\n']) {
      const d = draftPack(text);
      assertValidPack(d);
      const ids = d.pack.article.sections.map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length);
    }
  });
});

describe('concept-lens draft', () => {
  const run = (argv: string[]): { code: number; out: string; err: string } => {
    let out = '';
    let err = '';
    const io: Io = { out: (s) => (out += s), err: (s) => (err += s + '\n') };
    return { code: main(argv, io), out, err };
  };

  it('prints a draft pack that the pack loader accepts', () => {
    const r = run(['draft', fixture('mixed.md'), '--max', '5']);
    assert.equal(r.code, 0, r.err);
    const loaded = parsePack(r.out);
    assert.deepEqual(loaded.problems.filter(isPackError), []);
    assert.equal(loaded.pack!.concepts.length, 5);
  });

  it('parses its options and says what is wrong', () => {
    assert.deepEqual(parseArgs(['draft', 'a.md']), { command: 'draft', file: 'a.md', max: 60, lang: 'auto' });
    assert.deepEqual(parseArgs(['draft', '--max=7', '--lang', 'zh', 'a.md']), { command: 'draft', file: 'a.md', max: 7, lang: 'zh' });
    for (const bad of [['draft'], ['draft', 'a.md', 'b.md'], ['draft', 'a.md', '--max', '0'], ['draft', 'a.md', '--max', 'x'], ['draft', 'a.md', '--lang', 'fr'], ['draft', 'a.md', '--pack', 'p.json']])
      assert.throws(() => parseArgs(bad), UsageError, bad.join(' '));
    const r = run(['draft', fixture('missing.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read/);
  });
});

describe('draft ids', () => {
  it('numbers a repeated base in order, each once (a document of 20,000 equal headings)', () => {
    const ids = new UniqueIds('section');
    const got = Array.from({ length: 20_000 }, () => ids.next('notes'));
    assert.deepEqual(got.slice(0, 3), ['notes', 'notes-2', 'notes-3']);
    assert.equal(got[19_999], 'notes-20000');
    assert.equal(ids.next('notes-2'), 'notes-2-2', 'a taken id that is also a base gets its own suffix');
  });
});
