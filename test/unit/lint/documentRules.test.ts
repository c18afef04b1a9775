// concept-name-variant, concept-first-gloss and the comments that silence the lint, on our own fixtures.

import * as assert from 'node:assert/strict';
import { lintText, summary } from '../../support/lintDocument';
import { compilePack } from '../../../src/core/scan/compiledPack';
import { readUserPack } from '../../../src/core/pack/packPipeline';

describe('lint: name variants', () => {
  it('reports the less used of two names, with the one used most as preferred', () => {
    const text = '对称破缺很常见。对称破缺到处都是。也有人写对称性破缺。';
    assert.deepEqual(summary(text, 'concept-name-variant'), [['对称性破缺', '对称破缺', 'symmetry-breaking']]);
  });

  it("follows the pack's preferred name over the count", () => {
    const pack = readUserPack(
      JSON.stringify({
        id: 'p',
        version: 1,
        name: { en: 'P' },
        article: { title: { en: 'P' }, sections: [] },
        concepts: [{ id: 'sb', name: { zh: '对称破缺', en: 'symmetry breaking' }, aliases: { zh: ['对称性破缺'] }, explanation: { en: 'x' }, preferred: { zh: '对称性破缺' } }],
      }),
    );
    assert.deepEqual(pack.problems, []);
    const cp = compilePack(pack.pack!);
    assert.deepEqual(summary('对称破缺很常见。对称破缺到处都是。也有人写对称性破缺。', 'concept-name-variant', cp), [
      ['对称破缺', '对称性破缺', 'sb'],
      ['对称破缺', '对称性破缺', 'sb'],
    ]);
  });

  it('reports a preferred name that is not a name of the concept', () => {
    const pack = readUserPack(JSON.stringify({ id: 'p', version: 1, name: { en: 'P' }, article: { title: { en: 'P' }, sections: [] }, concepts: [{ id: 'sb', name: { zh: '对称破缺' }, explanation: { en: 'x' }, preferred: { zh: '破缺' } }] }));
    assert.equal(pack.problems.length, 1);
    assert.match(pack.problems[0]!.message, /preferred name "破缺" is not a name or alias/);
  });

  it('offers to use the preferred name everywhere, in one fix that covers every other occurrence', () => {
    const d = lintText('对称破缺。对称破缺。对称破缺。对称性破缺，对称性破缺。').filter((x) => x.rule === 'concept-name-variant');
    assert.equal(d.length, 2);
    const everywhere = d[0]!.fixes.find((f) => f.kind === 'usePreferredEverywhere');
    assert.deepEqual(everywhere?.more?.map((r) => r.replacement), ['对称破缺', '对称破缺']);
    assert.equal(d[1]!.fixes.find((f) => f.kind === 'usePreferredEverywhere')?.more, everywhere?.more);
  });

  it('counts no inflection, spelling variant, other language, compound or acronym as a variant', () => {
    const text = 'Entropy and entropies. 熵与熵增。Self-organization, self organization and 自组织. Large language models (LLMs) and a large language model.';
    assert.deepEqual(summary(text, 'concept-name-variant'), []);
  });

  it('counts no two kinds of one thing as variants: names that differ only in their modifier', () => {
    // Soft and hard attention, local and global attention: one head, two kinds.
    assert.deepEqual(summary('软注意的权重是连续的，硬注意只选一个位置；局部注意看窗口，全局注意看全部。', 'concept-name-variant'), []);
  });

  it('counts no two parts of one thing as variants: names that share a first part and end differently', () => {
    assert.deepEqual(summary('注意机制先算出注意权重，再得到注意向量。', 'concept-name-variant'), []);
  });

  it('still reports two spellings of one name that look like kinds or parts', () => {
    // 农熵 is no head, and 语言大模型 only reorders 大语言模型.
    assert.deepEqual(summary('香农熵也叫夏农熵。香农熵很常见。', 'concept-name-variant'), [['夏农熵', '香农熵', 'information-entropy']]);
    assert.deepEqual(summary('大语言模型也叫语言大模型。大语言模型很常见。', 'concept-name-variant'), [['语言大模型', '大语言模型', 'large-language-model']]);
  });
});

describe('lint: the English name at the first mention', () => {
  it('asks for the gloss at the first mention, in the parentheses the document uses', () => {
    assert.deepEqual(summary('词嵌入是把词变成向量的方法。后来的词嵌入都一样。', 'concept-first-gloss'), [['词嵌入', '词嵌入（embedding）', 'embedding']]);
    assert.deepEqual(summary('他说(大意如此)词嵌入是把词变成向量的方法。', 'concept-first-gloss'), [['词嵌入', '词嵌入 (embedding)', 'embedding']]);
  });

  it('is content with a gloss at the first mention and reports it repeated later', () => {
    const d = summary('词嵌入（Embedding）是把词变成向量的方法。后来的词嵌入（embedding）都一样。', 'concept-first-gloss');
    assert.deepEqual(d, [['（embedding）', '', 'embedding']]);
  });

  it('says nothing in a document written mostly in English', () => {
    assert.deepEqual(summary('The word 嵌入 means embedding, and this sentence is mostly English words.', 'concept-first-gloss'), []);
  });

  it('is off unless asked', () => {
    assert.deepEqual(lintText('词嵌入是把词变成向量的方法。', undefined, { 'concept-misspelling': 'warning', 'concept-name-variant': 'information', 'concept-first-gloss': 'off', 'concept-read-directive': 'warning' }), []);
  });
});

describe('lint: comments that silence it', () => {
  it('turns one rule off until it is turned on again', () => {
    const text = ['Its entrophy.', '', '<!-- concept-lens-disable concept-misspelling -->', '', 'Its entrophy.', '', '<!-- concept-lens-enable concept-misspelling -->', '', 'Its entrophy.'].join('\n');
    assert.deepEqual(lintText(text).map((d) => d.start), [text.indexOf('entrophy'), text.lastIndexOf('entrophy')]);
  });

  it('turns a rule off only for the rules listed', () => {
    const text = '<!-- concept-lens-disable concept-name-variant -->\n\nIts entrophy.';
    assert.equal(lintText(text).length, 1);
  });

  it('turns every rule off for the next line only', () => {
    const text = 'Its entrophy.\n<!-- concept-lens-disable-next-line -->\nIts entrophy.\nIts entrophy.';
    const lines = lintText(text).map((d) => text.slice(0, d.start).split('\n').length);
    assert.deepEqual(lines, [1, 4]);
  });

  it('reads a directive in a code block as code', () => {
    const text = '```\n<!-- concept-lens-disable -->\n```\n\nIts entrophy.';
    assert.equal(lintText(text).length, 1);
  });
});
