// Taiwan's vocabulary: a name or cue written with mainland words also matches the words Taiwan uses.
// Expected spellings checked by hand against Taiwanese usage (遞迴, 神經網路, 資訊理論, 人工智慧).

import { strict as assert } from 'node:assert';
import { taiwanSpelling, withTaiwanSpelling } from '../../src/core/text/regionalWords';
import { found } from '../support/testPack';

describe("Taiwan's vocabulary", () => {
  it('respells the words that differ, longest first', () => {
    assert.equal(taiwanSpelling('递归'), '遞迴');
    assert.equal(taiwanSpelling('神经网络'), '神经網路');
    assert.equal(taiwanSpelling('信息论'), '資訊理論');
    assert.equal(taiwanSpelling('通用人工智能'), '通用人工智慧');
    assert.equal(taiwanSpelling('随机变量'), '随机變數');
  });
  it('leaves a word both sides write alike', () => {
    assert.equal(taiwanSpelling('熵'), undefined);
    assert.equal(taiwanSpelling('涌现'), undefined);
  });
  it('finds the built-in names in a Taiwanese text', () => {
    assert.deepEqual(found('遞迴在數學上的定義為：直接或間接定義自己。'), ['recursion:遞迴']);
    assert.deepEqual(found('宇宙誕生於大霹靂。'), ['big-bang:大霹靂']);
    assert.deepEqual(found('通用人工智慧何時到來？'), ['agi:通用人工智慧']);
  });
  it('mixes the two vocabularies, as Hong Kong writers and translators do', () => {
    assert.deepEqual(withTaiwanSpelling('递归网络').sort(), ['递归网络', '递归網路', '遞迴网络', '遞迴網路'].sort());
    assert.deepEqual(withTaiwanSpelling('熵'), ['熵']);
    // 遞歸 is 递归 in traditional characters, beside Taiwan's 網路: the exclusion 递归网络 still holds.
    assert.deepEqual(found('序列到序列的實現是通過兩個遞歸網路完成的。'), []);
  });
  it('bounds the mixes of a name with many such words', () => {
    assert.ok(withTaiwanSpelling('编程代码网络算法数据信息').length <= 1 + 2 ** 3);
  });
  it('reads a cue in Taiwan\'s words: 位元 speaks for information entropy', () => {
    assert.deepEqual(found('這個結果的熵是 1 位元。'), ['information-entropy:熵']);
  });
});
