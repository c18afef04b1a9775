// The prefilter (src/core/scan/prefilter.ts) lets the scan skip every block where no match can end,
// and the CLI skip a file with none without decoding it. It must never skip a match: a scan with it
// equals a scan of every block, and every match ends where both versions of it (text and UTF-8 bytes)
// said a match may end.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanDocument } from '../../src/core/scan/documentScan';
import { candidateEnds, candidateEndsUtf8, type CandidateEnds } from '../../src/core/scan/prefilter';
import type { CompiledPack } from '../../src/core/scan/compiledPack';
import { builtinCompiled, compileSpec } from '../support/testPack';
import { markdownCorpus } from '../support/markdownCorpus';

const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const PIECES = [
  ...PUNCTUATION,
  '**', '__', '~~', '_', 'a_b', 'x', 'é', '\n', '\n\n', '\r\n', '\r', ' ', '    ', '\t', '\u00a0', '\u3000', '\ufeff', '# ', '> ', '- ',
  '```\n', '$$\n', '<div>\n', '`', '<a b="c">', 'http://a.b/', '熵', '涌现', '对称性', '破缺', 'entropy', 'Entropy', 'ENTROPY', 'emergence',
  'attention', 'Transformer', 'heat', 'death', 'self', '-', 'attention', '概率分布', 'Global', 'global', 'Brain', '\f', '\v', 'ｅｎｔｒｏｐｙ', '😀', '𝔸', 'Ａ', 'AT', 'At', 'LLM', 'llm', 'LLMs', 'AGI', 'agi', 'ＡＧＩ', 'A GI',
];
const docs = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

/** The matches of a scan that reads every prose block (the lint's scan keeps the exclusions of each). */
function everyBlock(text: string, cp: CompiledPack): unknown {
  return scanDocument(text, cp, { keepExclusions: true }).matches;
}

function check(text: string, cp: CompiledPack): void {
  const scan = scanDocument(text, cp);
  assert.deepEqual(scan.matches, everyBlock(text, cp));
  const text1 = candidateEnds(text, cp);
  const bytes1 = candidateEndsUtf8(Buffer.from(text, 'utf8'), cp);
  const fromText = new Set(text1.ends);
  const fromBytes = new Set(bytes1.ends);
  for (const m of scan.matches) {
    assert.ok(m.end > text1.denseFrom || fromText.has(m.end), `the text prefilter missed a match ending at ${m.end}`);
    assert.ok(m.end > bytes1.denseFrom || fromBytes.has(m.end), `the byte prefilter missed a match ending at ${m.end}`);
  }
  for (const e of fromText) assert.ok(e > bytes1.denseFrom || fromBytes.has(e), `the byte prefilter reads no less than the text one (${e})`);
}

const sparse = (c: CandidateEnds): readonly number[] => {
  assert.equal(c.denseFrom, Infinity, 'the whole text was read');
  return c.ends;
};

describe('prefilter', function () {
  this.timeout(120_000);

  it('finds the ends of emphasised, broken and quoted matches', () => {
    const cp = builtinCompiled();
    const text = '对称**破缺** and heat\n>   death, `熵` 😀熵';
    const ends = sparse(candidateEnds(text, cp));
    // 对称破缺 ends after its second **; heat death after the quote marker and the break; 熵 after the emoji.
    assert.ok(ends.includes(text.indexOf('**', 4)), 'symmetry breaking');
    assert.ok(ends.includes(text.indexOf('death') + 5), 'heat death');
    assert.ok(ends.includes(text.length), '熵 after an emoji');
    // The byte version reads no less (an end is counted again after a marker that follows it).
    const fromBytes = sparse(candidateEndsUtf8(Buffer.from(text, 'utf8'), cp));
    for (const e of ends) assert.ok(fromBytes.includes(e), `the byte prefilter has ${e}`);
    assert.deepEqual(sparse(candidateEnds('nothing to see here', cp)), []);
  });

  it('a case-sensitive name is a candidate only in its case (agi in pagination is none; AGI, *A*GI and ＡＧＩ are)', () => {
    const cp = builtinCompiled();
    const none = 'Use pagination and magic, agi-free.';
    assert.deepEqual(sparse(candidateEnds(none, cp)), []);
    assert.deepEqual(sparse(candidateEndsUtf8(Buffer.from(none, 'utf8'), cp)), []);
    for (const some of ['about AGI.', 'about *A*GI.', 'about ＡＧＩ.', 'LLM and\n> LLM']) {
      assert.ok(sparse(candidateEnds(some, cp)).length > 0, some);
      assert.ok(sparse(candidateEndsUtf8(Buffer.from(some, 'utf8'), cp)).length > 0, some);
    }
  });

  it('20,000 random documents: a scan with it equals a scan of every block', () => {
    const cp = builtinCompiled();
    fc.assert(fc.property(docs, (text) => check(text, cp)), { numRuns: 20_000, seed: 20261204 });
  });

  it('a pack with exclusions and case-sensitive names: the same', () => {
    const cp = compileSpec({
      id: 'p',
      article: { title: { en: 'P' }, sections: [] },
      concepts: [
        { id: 'heat', name: { en: 'heat' }, explanation: { en: 'x' }, exclusions: { en: ['heat death'] } },
        { id: 'at', name: { en: 'AT' }, aliases: { en: [{ text: 'AT', caseSensitive: true }] }, explanation: { en: 'x' } },
        { id: 'x', name: { zh: '熵', en: 'entropy' }, explanation: { en: 'x' } },
        { id: 'gb', name: { en: 'Global Brain' }, aliases: { en: [{ text: 'Global Brain', caseSensitive: true }] }, explanation: { en: 'x' } },
      ],
    });
    fc.assert(fc.property(docs, (text) => check(text, cp)), { numRuns: 5_000, seed: 7 });
  });

  it('stops where the text turns dense with candidates (every block from there is scanned), and the scan is the same', () => {
    const cp = builtinCompiled();
    const dense = '熵与涌现，entropy. '.repeat(2000);
    assert.equal(candidateEnds(dense, cp).denseFrom, 1, 'dense from the first candidate (熵 ends at 1)');
    assert.equal(candidateEndsUtf8(Buffer.from(dense, 'utf8'), cp).denseFrom, 1);
    // A few candidates in a long text are kept.
    const few = ('plain words here. '.repeat(200) + '熵\n\n').repeat(50);
    assert.equal(sparse(candidateEnds(few, cp)).length, 50);
    // Sparse notes, then a dense glossary: the notes' candidates are kept, the glossary is scanned whole.
    const mixed = few + dense;
    for (const c of [candidateEnds(mixed, cp), candidateEndsUtf8(Buffer.from(mixed, 'utf8'), cp)]) {
      // The last 熵 of the notes stands right before the glossary: the stretch begins there.
      assert.equal(c.denseFrom, few.length - 2, 'dense from the last candidate of the notes');
      assert.equal(c.ends.length, 50, 'the 50 of the notes');
    }
    check(dense, cp);
    check(mixed, cp);
    check(dense + few, cp);
  });

  it('the real Markdown corpus: the same', () => {
    const cp = builtinCompiled();
    for (const f of markdownCorpus()) check(f.text, cp);
  });
});
