import { strict as assert } from 'node:assert';
import { buildCompletionIndex, completionContext, conceptCompletions, type CompletionIndex } from '../../../src/core/authoring/completion';
import { loadBuiltinPack } from '../../../src/core/pack/builtinPack';
import { parseMarkdown } from '../../../src/core/markdown/markdownStructure';

describe('concept completion', () => {
  let index: CompletionIndex;
  before(() => {
    index = buildCompletionIndex(loadBuiltinPack());
  });
  const ids = (prefix: string): string[] => conceptCompletions(index, prefix).map((c) => c.conceptId);
  const first = (prefix: string) => conceptCompletions(index, prefix)[0];

  it('offers the concepts whose Chinese names start with the Han word typed', () => {
    const got = conceptCompletions(index, '对称');
    const texts = got.map((c) => c.insertText);
    assert.ok(texts.includes('对称破缺'), texts.join());
    assert.ok(texts.includes('对称性'), texts.join());
    const symmetry = got.find((c) => c.conceptId === 'symmetry')!;
    assert.deepEqual([symmetry.insertText, symmetry.matchedText], ['对称性', '对称'], 'an alias match inserts the name');
    const breaking = got.find((c) => c.insertText === '对称破缺')!;
    assert.equal(breaking.conceptId, 'symmetry-breaking');
    assert.equal(breaking.detail, 'symmetry breaking');
    assert.equal(breaking.replaceLength, 2);
  });

  it('offers a Chinese name by the initials or the full pinyin', () => {
    assert.deepEqual(first('dcpq'), { ...first('dcpq')!, conceptId: 'symmetry-breaking', insertText: '对称破缺', matched: 'initials', lang: 'zh' });
    assert.equal(first('duichenpo')!.insertText, '对称破缺');
    assert.equal(first('duichenpo')!.matched, 'pinyin');
  });

  it('offers English names, case- and width-folded, keeping a typed capital', () => {
    assert.equal(first('emer')!.conceptId, 'emergence');
    assert.equal(first('emer')!.insertText, 'emergence');
    assert.equal(first('emer')!.detail, '涌现');
    assert.equal(first('EMER')!.conceptId, 'emergence');
    assert.equal(first('Emer')!.insertText, 'Emergence');
    assert.equal(first('ｅｍｅｒ')!.conceptId, 'emergence');
  });

  it('ranks an exact match first, and shorter names before longer ones', () => {
    assert.equal(first('熵')?.conceptId, undefined, 'one character offers nothing');
    assert.equal(first('entropy')!.conceptId, 'entropy');
    const sym = conceptCompletions(index, 'symmetry');
    assert.equal(sym[0]!.conceptId, 'symmetry');
    assert.ok(sym.some((c) => c.conceptId === 'symmetry-breaking'));
    assert.deepEqual(sym.map((c) => c.sortText), [...sym.map((c) => c.sortText)].sort());
  });

  it('tries the tails of a Han run: the word is not the whole clause', () => {
    const got = conceptCompletions(index, '熵与对称');
    assert.ok(got.some((c) => c.insertText === '对称破缺' && c.replaceLength === 2));
  });

  it('offers nothing for one character or for no match', () => {
    assert.deepEqual(ids('e'), []);
    assert.deepEqual(ids('对'), []);
    assert.deepEqual(ids(''), []);
    assert.deepEqual(ids('zzzz'), []);
  });
});

describe('completion context', () => {
  const at = (marked: string) => {
    const offset = marked.indexOf('|');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    return completionContext(text, offset);
  };

  it('takes the Latin, pinyin or Han word before the offset', () => {
    assert.deepEqual(at('We see emer| here'), { word: 'emer', start: 7, inProse: true });
    assert.deepEqual(at('这是dcpq|'), { word: 'dcpq', start: 2, inProse: true });
    assert.deepEqual(at('self-organ|'), { word: 'self-organ', start: 0, inProse: true });
    assert.deepEqual(at('a -emer|'), { word: 'emer', start: 3, inProse: true });
    assert.equal(at('一二三四五六七八九十对称|').word, '五六七八九十对称', 'at most 8 Han characters');
    assert.equal(at('说到对称|，').word, '说到对称');
    assert.equal(at('hello |').word, '');
  });

  it('is not in prose inside a code span, a fence, math, a link destination or front matter', () => {
    assert.equal(at('text `dcpq|` more').inProse, false);
    assert.equal(at('```\n对称|\n```\n').inProse, false);
    assert.equal(at('```\n对称|').inProse, false, 'an unclosed fence runs to the end');
    assert.equal(at('see $emer|$ here').inProse, false);
    assert.equal(at('[x](emer|)').inProse, false);
    assert.equal(at('---\ntitle: 对称|\n---\n\ntext\n').inProse, false);
    assert.equal(at('[emer|](x)').inProse, true, 'link text is prose');
    assert.equal(at('text `code` emer|').inProse, true);
  });

  it('takes the excluded ranges from the caller when it has them', () => {
    const text = 'text `dcpq` and dcpq';
    const excluded = parseMarkdown(text).excluded;
    assert.equal(completionContext(text, 10, excluded).inProse, false);
    assert.equal(completionContext(text, text.length, excluded).inProse, true);
    assert.equal(completionContext(text, text.length, []).word, 'dcpq');
  });
});
