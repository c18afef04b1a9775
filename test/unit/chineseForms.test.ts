// Simplified and traditional Chinese read as one: a name matches in either form, whichever form the
// pack writes it in and whichever name comes first. Expectations are written by hand.

import { strict as assert } from 'node:assert';
import { chineseFormsOf } from '../../src/core/text/chineseForms';
import { compileSpec, found } from '../support/testPack';

const forms = (c: string): string => [...(chineseFormsOf(c.charCodeAt(0)) ?? [])].map((u) => String.fromCharCode(u)).sort().join('');

function pack(names: readonly string[]): ReturnType<typeof compileSpec> {
  return compileSpec({
    id: 'forms-test',
    version: 1,
    name: { zh: '繁简' },
    article: { title: { zh: '繁简' }, sections: [] },
    concepts: names.map((n, i) => ({ id: `c${i}`, name: { zh: n }, explanation: { zh: n } })),
  });
}

describe('Chinese forms', () => {
  it('groups a simplified character with its traditional forms, both ways', () => {
    assert.equal(forms('后'), '后後');
    assert.equal(forms('後'), '后後');
    assert.equal(forms('热'), '热熱');
    assert.equal(forms('熱'), '热熱');
    assert.equal(forms('的'), '');
  });

  it('merges two groups that share a character (苧 is a form of 苎 and has a form of its own, 薴)', () => {
    assert.equal(forms('苎'), '苎苧薴');
    assert.equal(forms('薴'), '苎苧薴');
  });

  it('built-in names match their traditional spelling', () => {
    assert.deepEqual(found('熱力學第二定律與對稱破缺'), ['second-law-of-thermodynamics:熱力學第二定律', 'symmetry-breaking:對稱破缺']);
  });

  it('folds the same whichever form a pack writes first', () => {
    // 後 is written first, in its traditional form; 后 comes later: both names read both forms.
    const cp = pack(['後端', '后验']);
    assert.deepEqual(found('後驗，后端', cp), ['c1:後驗', 'c0:后端']);
    const reversed = pack(['后验', '後端']);
    assert.deepEqual(found('後驗，后端', reversed), ['c0:後驗', 'c1:后端']);
  });
});

