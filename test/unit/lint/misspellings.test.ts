// concept-misspelling on our own fixtures: the slips the issue lists, the real words that must not be
// flagged, the Markdown that is never linted, and pinyin-input slips in Chinese.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText, summary } from '../../support/lintDocument';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'lint');

describe('lint: English misspellings', () => {
  const cases: [string, string, string, string][] = [
    // sentence, flagged, fix, concept
    ['The Transfomer reads the whole sequence.', 'Transfomer', 'Transformer', 'transformer'],
    ['Its entrophy only grows.', 'entrophy', 'entropy', 'entropy'],
    ['This is called emergance in the literature.', 'emergance', 'emergence', 'emergence'],
    ['Each token gets an Embeding first.', 'Embeding', 'Embedding', 'embedding'],
    ['The article writes emdedding here.', 'emdedding', 'embedding', 'embedding'],
    ['Here symmetry braking gives mass.', 'symmetry braking', 'symmetry breaking', 'symmetry-breaking'],
    ['Spontaneous symmetry braking gives mass.', 'Spontaneous symmetry braking', 'Spontaneous symmetry breaking', 'symmetry-breaking'],
    ['ENTROPHY, again.', 'ENTROPHY', 'ENTROPY', 'entropy'],
    ['Many Transfomers were trained.', 'Transfomers', 'Transformers', 'transformer'],
  ];
  for (const [text, flagged, fix, concept] of cases)
    it(`flags "${flagged}" and fixes it to "${fix}"`, () => {
      assert.deepEqual(summary(text, 'concept-misspelling'), [[flagged, fix, concept]]);
    });

  it('marks a fix with one candidate as safe', () => {
    const [d] = lintText('Its entrophy only grows.').filter((x) => x.rule === 'concept-misspelling');
    assert.equal(d?.fixes.length, 1);
    assert.equal(d?.fixes[0]?.safe, true);
  });

  it('flags no real English word close to a name (the table of 230)', () => {
    const table = readFileSync(join(FIXTURES, 'real-words-near-names.txt'), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(' ')[0]!);
    assert.ok(table.length >= 200, `${table.length} words`);
    const flagged = table.filter((w) => summary(`We saw ${w} there, and ${w[0]!.toUpperCase()}${w.slice(1)} too.`, 'concept-misspelling').length > 0);
    assert.deepEqual(flagged, []);
  });

  it('flags no identifier written in prose, and no short real word in a phrase', () => {
    assert.deepEqual(summary('Call toFraction() or transformKey, then read the last action and the were trained weights.', 'concept-misspelling'), []);
  });

  it('flags no acronym joined to a name (a project of its own), yet still a slip in capitals', () => {
    assert.deepEqual(summary('Serve it with KTransformers or BCEmbedding, or MSTransformer.', 'concept-misspelling'), []);
    assert.deepEqual(summary('TRANSFOMER, again.', 'concept-misspelling'), [['TRANSFOMER', 'TRANSFORMER', 'transformer']]);
    const shiftHeld = summary('The TRansfomer, its ENtrophy, an EMbeding.', 'concept-misspelling').map(([flagged]) => flagged);
    assert.deepEqual(shiftHeld, ['TRansfomer', 'ENtrophy', 'EMbeding']);
  });

  it('flags no word the pack knows, inflections included', () => {
    assert.deepEqual(summary('Entropy, entropies, embeddings, Transformers, emergent, emerging, embedded, entropic and transforms.', 'concept-misspelling'), []);
  });

  it('never lints code, math, URLs, HTML, front matter or link destinations', () => {
    const text = [
      '---',
      'title: entrophy',
      '---',
      '',
      'Inline `entrophy` and $entrophy$ and <span title="entrophy">x</span> and https://example.com/entrophy.',
      '',
      '[a link](https://example.com/entrophy "entrophy")',
      '',
      '```',
      'entrophy',
      '```',
      '',
      '$$',
      'entrophy',
      '$$',
    ].join('\n');
    assert.deepEqual(summary(text, 'concept-misspelling'), []);
  });

  it('reads link text and emphasis as prose', () => {
    assert.deepEqual(
      summary('See [the entrophy](https://example.com) and *emergance*.', 'concept-misspelling').map((x) => x[0]),
      ['entrophy', 'emergance'],
    );
  });
});

describe('lint: Chinese slips of the pinyin input method', () => {
  it('flags 对称破却 for 对称破缺', () => {
    assert.deepEqual(summary('这就是对称破却的结果。', 'concept-misspelling'), [['对称破却', '对称破缺', 'symmetry-breaking']]);
  });

  it('flags 商增 for 熵增', () => {
    assert.deepEqual(summary('孤立系统总是商增的。', 'concept-misspelling'), [['商增', '熵增', 'entropy']]);
  });

  it('flags no homophone that is a dictionary word, nor one whose odd character belongs to a word around it', () => {
    // 一时, 仪式 and 遗失 read yishi like 意识; 协商增加 holds 商增 across 协商|增加; 语言 has the homophone 预言.
    for (const text of ['他一时想不起来。', '举行了仪式。', '文件遗失了。', '双方协商增加预算。', '这是一个预言。', '他是商人。', '使用时应注意安全。', '注意的分配很重要。'])
      assert.deepEqual(summary(text, 'concept-misspelling'), [], text);
  });

  it('never matches a one-character name by pinyin alone', () => {
    // 商, 伤 and 上 read shang like 熵.
    assert.deepEqual(summary('商伤上。', 'concept-misspelling'), []);
  });

  it('leaves the names themselves alone', () => {
    assert.deepEqual(summary('对称破缺与熵增。', 'concept-misspelling'), []);
  });

  it('reads a traditional form as the name, not as a slip, where the name does not count', () => {
    // 語言模型 and 程式語言 are not the concept: the scanner leaves them, and 語 is 语 written in Taiwan.
    for (const text of ['這是一個語言模型的介紹。', '程式語言很多。', '我們研究自然語言處理。', '對稱加密很常見。'])
      assert.deepEqual(summary(text, 'concept-misspelling'), [], text);
  });

  it('knows the dictionary words in traditional characters too', () => {
    // 預言 (prophecy) reads yuyan like 語言, and is 预言 as Taiwan writes it; 於 (基於) is 于 in a word,
    // though it is simplified text of its own too.
    for (const text of ['這是一個預言。', '他說了一個古老的預言。', '模型基於訓練資料。', '這些能力來自於訓練。'])
      assert.deepEqual(summary(text, 'concept-misspelling'), [], text);
  });

  it('flags a slip written in traditional characters, and fixes it in the writer’s forms', () => {
    assert.deepEqual(summary('這就是對稱破卻的結果。', 'concept-misspelling'), [['對稱破卻', '對稱破缺', 'symmetry-breaking']]);
    // The odd character too is traditional where the writer's are: 預訓練, not 预訓練; simplified stays simplified.
    assert.deepEqual(summary('這是玉訓練的模型。', 'concept-misspelling'), [['玉訓練', '預訓練', 'pretraining']]);
    assert.deepEqual(summary('这是玉训练的模型。', 'concept-misspelling'), [['玉训练', '预训练', 'pretraining']]);
    // The usual traditional form (注 stays 注, not 註); and simplified where the writer writes simplified.
    assert.deepEqual(summary('多頭自助意力', 'concept-misspelling'), [['多頭自助意力', '多頭自注意力', 'attention-mechanism']]);
    assert.deepEqual(summary('资训熵很高。', 'concept-misspelling'), [['资训熵', '资讯熵', 'information-entropy']]);
  });
});

describe("lint: misspellings follow the writer's choice of reading", () => {
  it('reads a misspelt name as the concept the writer chose for its name', () => {
    assert.deepEqual(summary('Its entrophy only grows.', 'concept-misspelling'), [['entrophy', 'entropy', 'entropy']]);
    assert.deepEqual(summary('<!-- concept-lens-read entropy as information-entropy -->\n\nIts entrophy only grows.', 'concept-misspelling'), [['entrophy', 'entropy', 'information-entropy']]);
  });

  it('follows a choice written for another name read the same ways (熵 for entropy)', () => {
    assert.deepEqual(summary('<!-- concept-lens-read 熵 as information-entropy -->\n\nIts entrophy only grows.', 'concept-misspelling'), [['entrophy', 'entropy', 'information-entropy']]);
  });

  it('reports no slip of a name the writer reads as no concept', () => {
    const text = 'The attention mechanism weighs tokens. Each atention head looks.';
    assert.deepEqual(summary(text, 'concept-misspelling'), [['atention', 'attention', 'attention-mechanism']]);
    assert.deepEqual(summary(`<!-- concept-lens-read attention as everyday -->\n\n${text}`, 'concept-misspelling'), []);
  });

  it('drops only the fixes of names read as another sense when a slip is as near to several names', () => {
    const text = (word: string) => `The physics of symmetry breaking: the ${word} state of the universe.`;
    const fixes = (doc: string) =>
      lintText(doc)
        .filter((d) => d.rule === 'concept-misspelling')
        .map((d) => d.fixes.map((f) => f.replacement));
    assert.deepEqual(fixes(text('symmetri')), [['symmetric', 'symmetry']]);
    // "symmetric" and "symmetry" are read different ways: choosing one leaves the other's fix.
    assert.deepEqual(fixes(`<!-- concept-lens-read symmetric as cryptographic -->\n\n${text('symmetri')}`), [['symmetry']]);
    assert.deepEqual(fixes(`<!-- concept-lens-read symmetry as relation -->\n\n${text('symmetrie')}`), [['symmetric']]);
  });

  it('keeps a slip of a contextual name whose concept the writer chose, though the document names it nowhere else', () => {
    assert.deepEqual(summary('Each atention head looks.', 'concept-misspelling'), []);
    assert.deepEqual(summary('<!-- concept-lens-read attention as attention-mechanism -->\n\nEach atention head looks.', 'concept-misspelling'), [['atention', 'attention', 'attention-mechanism']]);
  });
});
