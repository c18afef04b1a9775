// A pack's problems in Chinese as well as English: the loader gives each problem its message as data
// (`detail`), the English `message` is unchanged, and each place that shows a problem renders it in its
// reader's language (the Problems panel in VS Code's, the CLI in the locale's or lint's --lang).
// The Chinese texts below are written by hand.

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, parsePack, problemMessage, packMessage, type PackProblem } from '../../src/core/pack/loadPack';
import { uiLang } from '../../src/core/features/language';
import { main } from '../../src/cli/main';
import { localeLanguage } from '../../src/cli/messageLanguage';

const article = { title: { zh: '示例', en: 'Demo' }, sections: [{ id: 'intro', heading: '引言' }] };
const concept = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: { zh: id + '中', en: `${id} term` }, explanation: { zh: '解释。', en: 'Explained.' }, ...extra });
const load = (value: unknown) => parsePack(JSON.stringify(value, null, 2)).problems;

/** The one problem at `path`, in both languages. */
function said(problems: readonly PackProblem[], path: string): { en: string; zh: string } {
  const p = problems.filter((x) => x.path === path);
  assert.equal(p.length, 1, `one problem at ${path}: ${JSON.stringify(problems)}`);
  return { en: problemMessage(p[0]!, 'en'), zh: problemMessage(p[0]!, 'zh') };
}

describe('pack problems in Chinese and English', () => {
  it('an unknown field', () => {
    const problems = load({ id: 'demo', article, concepts: [concept('a', { colour: 'red' })] });
    assert.deepEqual(said(problems, '$.concepts[0].colour'), { en: 'unknown field "colour"', zh: '未知字段“colour”' });
  });

  it('an empty name, and an alias that matches almost everywhere (a warning)', () => {
    const problems = load({ id: 'demo', article, concepts: [concept('a', { name: { zh: '甲', en: ' ' }, aliases: { en: ['e'], zh: ['的'] } })] });
    assert.deepEqual(said(problems, '$.concepts[0].name.en'), { en: 'the concept name (en) is empty', zh: '概念名称（en）为空' });
    assert.deepEqual(said(problems, '$.concepts[0].aliases.en[0]'), { en: 'alias "e" is a single letter: it matches almost everywhere', zh: '别名“e”只是一个字母，几乎处处都会匹配' });
    assert.deepEqual(said(problems, '$.concepts[0].aliases.zh[0]'), {
      en: 'alias "的" is a single common function character: it matches almost everywhere',
      zh: '别名“的”只是一个常用虚词，几乎处处都会匹配',
    });
  });

  it('an empty alias is skipped, and says so in both languages', () => {
    const problems = load({ id: 'demo', article, concepts: [concept('a', { aliases: { zh: [''] } })] });
    assert.deepEqual(said(problems, '$.concepts[0].aliases.zh[0]'), { en: 'an alias is empty; it is skipped', zh: '别名为空，已跳过' });
  });

  it('a backtick, which stands for inline code: skipped in an alias, and in an exclusion only at its start', () => {
    const { pack, problems } = parsePack(JSON.stringify({ id: 'demo', article, concepts: [concept('a', { aliases: { zh: ['`甲`'] }, exclusions: { zh: ['`a中', 'a中`乙'] } })] }));
    assert.deepEqual(said(problems, '$.concepts[0].aliases.zh[0]'), {
      en: 'alias "`甲`" holds a backtick, which stands for inline code: only an exclusion may hold one, at its start; it is skipped',
      zh: '别名“`甲`”含反引号，反引号代表行内代码：只有排除词可以含一个，且须在开头；已跳过',
    });
    assert.deepEqual(said(problems, '$.concepts[0].exclusions.zh[1]'), {
      en: 'exclusion "a中`乙" holds a backtick after its start: a backtick stands for a whole code span, so it matches only at the start (a name right after code)',
      zh: '排除词“a中`乙”在开头之后含反引号：反引号代表整段行内代码，只有开头的反引号能匹配（紧跟在代码后的名称）',
    });
    assert.equal(problems.filter((p) => p.path === '$.concepts[0].exclusions.zh[0]').length, 0, 'a leading backtick is what it is for');
    assert.ok(!JSON.stringify(pack?.concepts[0]?.aliases ?? []).includes('`'), 'the alias is skipped');
  });

  it('a JSON syntax error', () => {
    const problems = parsePack('{\n  "id": "demo"\n  "concepts": []\n}').problems;
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, problemMessage(p, 'en'), problemMessage(p, 'zh')]),
      [[3, 3, 'invalid JSON: CommaExpected', 'JSON 有误：这里应是逗号']],
    );
    // A blank file says so, rather than that a value was expected.
    assert.deepEqual(said(parsePack('  ').problems, '$'), { en: 'invalid JSON: the file is empty', zh: 'JSON 有误：文件是空的' });
  });

  it('a relation listed twice', () => {
    const rel = { kind: 'leads-to', target: 'b' };
    const problems = load({ id: 'demo', article, concepts: [concept('a', { relations: [rel, rel] }), concept('b')] });
    assert.deepEqual(said(problems, '$.concepts[0].relations[1]'), { en: 'the relation leads-to "b" is listed twice; this one is ignored', zh: '关系 leads-to“b”列了两次，忽略这一个' });
  });

  it('an unknown relation kind lists the kinds in the way of each language', () => {
    const problems = load({ id: 'demo', article, concepts: [concept('a', { relations: [{ kind: 'is-a', target: 'b' }] }), concept('b')] });
    const kinds = 'prerequisite-of, leads-to, part-of, contrasts-with, example-of, related-to';
    assert.deepEqual(said(problems, '$.concepts[0].relations[0].kind'), {
      en: `unknown relation kind "is-a"; expected one of ${kinds}`,
      zh: '未知的关系类型“is-a”；应是 prerequisite-of、leads-to、part-of、contrasts-with、example-of、related-to 之一',
    });
  });

  it('the line that counts the problems not listed', () => {
    const fields = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, i]));
    const problems = load({ id: 'x', article, concepts: [], ...fields });
    assert.equal(problems.length, 201);
    assert.deepEqual(said(problems, '$'), { en: '800 more problems are not listed (the first 200 are)', zh: '另有 800 个问题没有列出（只列出前 200 个）' });
  });

  it('formats a problem for a terminal in either language; English by default, as before', () => {
    const [warning] = load({ id: 'demo', article, concepts: [concept('a', { aliases: { en: ['e'] } })] });
    assert.ok(warning);
    assert.equal(formatProblem(warning, 'p.json'), 'p.json:28:11: warning: $.concepts[0].aliases.en[0]: alias "e" is a single letter: it matches almost everywhere');
    assert.equal(formatProblem(warning, 'p.json', 'en'), formatProblem(warning, 'p.json'));
    assert.equal(formatProblem(warning, 'p.json', 'zh'), 'p.json:28:11: 警告：$.concepts[0].aliases.en[0]: 别名“e”只是一个字母，几乎处处都会匹配');
  });

  it('every problem of the loader carries its message as data, whose English is the message', () => {
    const broken = [
      '{',
      '{"id": "Bad Id", "version": 0, "article": [], "concepts": {}}',
      JSON.stringify({ id: 'demo', article: { title: {}, sections: [{ id: 'x' }, 'y', { id: 'x', heading: '' }] }, concepts: [1, { id: 'a' }, { name: { en: 'n' } }, concept('b', { section: 'nowhere', caseSensitive: 'no', preferred: { en: 'zz' }, sense: 3, context: { otherSenses: [{ id: 'Bad' }], scopes: { sentence: 11 } } })] }),
      JSON.stringify({ id: 'demo', article, concepts: [concept('a', { aliases: { en: ['\u200bx', 'x'.repeat(201), { text: 'y', contextual: 1 }, 5] }, sense: { of: 'a', cues: {} } }), concept('b', { aliases: { en: ['a term'] }, sense: { of: 'zz' } })] }),
    ];
    let count = 0;
    for (const text of broken)
      for (const p of parsePack(text).problems) {
        count++;
        assert.ok(p.detail, `${p.path}: ${p.message} has a detail`);
        assert.equal(packMessage(p.detail, 'en'), p.message);
        const zh = packMessage(p.detail, 'zh');
        assert.notEqual(zh, p.message, `${p.path}: "${p.message}" has a Chinese text`);
        assert.match(zh, /[\u4e00-\u9fff]/, `${p.path}: "${zh}" is in Chinese`);
      }
    assert.ok(count >= 25, `${count} problems checked`);
  });

  it('VS Code’s display language decides the Problems panel’s: zh for any zh locale', () => {
    assert.equal(uiLang('zh-cn'), 'zh');
    assert.equal(uiLang('zh-TW'), 'zh');
    assert.equal(uiLang('en'), 'en');
    assert.equal(uiLang('ja'), 'en');
  });
});

describe('the CLI says a pack’s problems in the locale’s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concept-lens-pack-zh-'));
  const doc = join(dir, 'a.md');
  const pack = join(dir, 'bad.json');
  writeFileSync(doc, '# 熵\n\nentropy\n');
  writeFileSync(pack, JSON.stringify({ id: 'bad', article, concepts: [concept('a', { colour: 1 })] }, null, 2));
  const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
  const locale = (env: Partial<typeof saved>) => {
    for (const k of Object.keys(saved) as (keyof typeof saved)[]) {
      const v = env[k];
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  const run = (...argv: string[]) => {
    let err = '';
    main(argv, { out: () => undefined, err: (s) => (err += s + '\n') });
    return err;
  };
  afterEach(() => locale(saved));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(localeLanguage({ LANG: 'zh_CN.UTF-8' }), 'zh');
    assert.equal(localeLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(localeLanguage({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'C.UTF-8' }), 'zh');
    assert.equal(localeLanguage({}), 'en');
  });

  it('in English by default, as before', () => {
    locale({ LANG: 'C.UTF-8' });
    assert.equal(run('scan', doc, '--pack', pack), `concept-lens: ${pack}:26:7: $.concepts[0].colour: unknown field "colour"\nconcept-lens: ${pack}: using the 1 concepts that are valid\n`);
  });

  it('in Chinese under a zh locale', () => {
    locale({ LANG: 'zh_CN.UTF-8' });
    assert.equal(run('scan', doc, '--pack', pack), `concept-lens: ${pack}:26:7: $.concepts[0].colour: 未知字段“colour”\nconcept-lens: ${pack}：使用其中有效的 1 个概念\n`);
  });

  it('lint follows its --lang', () => {
    locale({ LANG: 'zh_CN.UTF-8' });
    assert.match(run('lint', doc, '--pack', pack, '--lang', 'en'), /\$\.concepts\[0\]\.colour: unknown field "colour"/);
    locale({ LANG: 'C.UTF-8' });
    assert.match(run('lint', doc, '--pack', pack, '--lang', 'zh'), /\$\.concepts\[0\]\.colour: 未知字段“colour”/);
  });
});
