// concept-read-directive: a writer's reading that the pack cannot follow is reported, with the readings
// it can take as fixes; one it follows, or a comment that is no directive, is not. Hand-checked against
// the built-in pack (熵 reads as entropy or information-entropy).

import { strict as assert } from 'node:assert';
import { fixTitle, lintMessage } from '../../../src/core/lint/lintMessages';
import { lintText } from '../../support/lintDocument';

const rule = (text: string) => lintText(text).filter((d) => d.rule === 'concept-read-directive');

describe('lint: concept-read-directive', () => {
  it('reports a reading the pack does not know, with each reading it knows as a fix', () => {
    const text = '<!-- concept-lens-read 熵 as entropie -->\n\n气体的熵。';
    const [d, ...rest] = rule(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(d!.start, d!.end), '<!-- concept-lens-read 熵 as entropie -->');
    assert.equal(d!.text, 'entropie');
    assert.deepEqual(d!.fixes.map((f) => f.replacement), ['<!-- concept-lens-read 熵 as entropy -->', '<!-- concept-lens-read 熵 as information-entropy -->']);
    assert.equal(fixTitle(d!.fixes[1]!, 'en'), 'Read it as "information-entropy"');
    assert.equal(lintMessage(d!, '熵', 'en'), '"entropie" is no reading of this name of 熵 (it can be: entropy, information-entropy): this comment changes nothing.');
  });

  it('reports a name the pack does not read more than one way, naming no concept', () => {
    const [unknown] = rule('<!-- concept-lens-read 墒 as entropy -->\n');
    assert.equal(unknown!.concept, -1);
    assert.equal(lintMessage(unknown!, '', 'zh'), '概念包里没有可作多种读法的名称“墒”：这条注释不起作用。');
    assert.equal(rule('<!-- concept-lens-read 对称破缺 as symmetry-breaking -->\n').length, 1, 'a name with one reading');
  });

  it('reports a directive that names no reading, instead of ignoring it', () => {
    const [d] = rule('<!-- concept-lens-read 熵 -->\n');
    assert.equal(d!.text, '');
    assert.equal(lintMessage(d!, '熵', 'en'), 'This comment names no reading: write "concept-lens-read NAME as READING" (it can be: entropy, information-entropy).');
    assert.deepEqual(rule('<!-- concept-lens-read 對稱性 as relation -->\n'), [], 'a name in Traditional Chinese is that name');
  });

  it('says nothing of a directive the pack follows, of other comments, or of one in code', () => {
    assert.deepEqual(rule('<!-- concept-lens-read entropy as information-entropy -->\n\n熵。'), []);
    assert.deepEqual(rule('<!-- concept-lens-reader 墒 as x -->\n<!-- a note -->\n'), []);
    assert.deepEqual(rule('```\n<!-- concept-lens-read 墒 as entropy -->\n```\n'), []);
  });

  it('is silenced like every rule', () => {
    assert.deepEqual(rule('<!-- concept-lens-disable concept-read-directive -->\n<!-- concept-lens-read 墒 as entropy -->\n'), []);
  });
});
