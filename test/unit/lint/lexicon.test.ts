import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconFromLists, SortedWords } from '../../../src/core/lint/lexicon';
import { testLexicon } from '../../support/lexicon';

describe('lint: the word lists', () => {
  it('finds words by bisection in a sorted list, and sorts a list that is not', () => {
    const sorted = new SortedWords('alpha\nbeta\ngamma\n', true);
    assert.deepEqual(['alpha', 'beta', 'gamma', 'delta', 'alph', 'alphas', ''].map((w) => sorted.has(w)), [true, true, true, false, false, false, false]);
    const messy = new SortedWords('zeta\r\n alpha \nbeta\n\nalpha\n');
    assert.equal(messy.size, 3);
    assert.deepEqual(['alpha', 'beta', 'zeta', 'gamma'].map((w) => messy.has(w)), [true, true, true, false]);
    assert.equal(lexiconFromLists('', '对称\n熵增大').maxChineseLength, 3);
  });

  it('is built sorted, so that the extension and the CLI need not check it', () => {
    testLexicon();
    for (const name of ['en.txt', 'zh.txt']) {
      const text = readFileSync(join(__dirname, '..', '..', '..', 'dist', 'lexicon', name), 'utf8');
      const trusted = new SortedWords(text, true);
      const checked = new SortedWords(text);
      assert.equal(trusted.size, checked.size, name);
      assert.ok(trusted.size > 200_000, `${name}: ${trusted.size} words`);
    }
  });

  it('knows the real words close to names and not the slips', () => {
    const lex = testLexicon();
    assert.deepEqual(['embedded', 'entropic', 'emerging', 'transforms', 'braking'].map((w) => lex.hasEnglish(w)), [true, true, true, true, true]);
    assert.deepEqual(['emdedding', 'entrophy', 'transfomer', 'emergance'].map((w) => lex.hasEnglish(w)), [false, false, false, false]);
    assert.deepEqual(['一时', '仪式', '遗失', '协商'].map((w) => lex.hasChinese(w)), [true, true, true, true]);
    assert.deepEqual(['对称破却', '商增'].map((w) => lex.hasChinese(w)), [false, false]);
  });
});
