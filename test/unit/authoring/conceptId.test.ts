import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CONCEPT_ID_PATTERN, pinyinKeys, proposeConceptId } from '../../../src/core/authoring/conceptId';
import { ROOT } from '../../support/paths';

const none = new Set<string>();

describe('proposed concept ids', () => {
  it('are checked against the schema’s own id pattern', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'concept-pack.schema.json'), 'utf8')) as { definitions: { id: { pattern: string } } };
    assert.equal(CONCEPT_ID_PATTERN.source, schema.definitions.id.pattern);
  });

  it('come from the pinyin of a Chinese name, tone-less, a hyphen between syllables', () => {
    assert.equal(proposeConceptId({ zh: '对称破缺' }, none), 'dui-chen-po-que');
    assert.equal(proposeConceptId({ zh: '熵' }, none), 'shang');
    assert.equal(proposeConceptId({ zh: '绿色' }, none), 'lv-se', 'ü as v');
    assert.equal(proposeConceptId({ zh: 'GPT模型' }, none), 'gpt-mo-xing');
  });

  it('come from the English name when there is one', () => {
    assert.equal(proposeConceptId({ zh: '对称破缺', en: 'Symmetry breaking' }, none), 'symmetry-breaking');
    assert.equal(proposeConceptId({ en: "Newton's second law" }, none), 'newton-s-second-law');
    assert.equal(proposeConceptId({ en: 'Schrödinger equation' }, none), 'schrodinger-equation');
    assert.equal(proposeConceptId({ en: '  --AGI--  ' }, none), 'agi');
    assert.equal(proposeConceptId({ en: '!!!', zh: '熵' }, none), 'shang', 'an English name of punctuation gives nothing');
  });

  it('are unique against the ids taken', () => {
    assert.equal(proposeConceptId({ zh: '熵' }, new Set(['shang'])), 'shang-2');
    assert.equal(proposeConceptId({ zh: '熵' }, new Set(['shang', 'shang-2', 'shang-3'])), 'shang-4');
    assert.equal(proposeConceptId({}, new Set(['concept'])), 'concept-2');
  });

  it('are valid for odd input: empty, punctuation, emoji, very long', () => {
    for (const name of [{}, { zh: '' }, { en: '' }, { zh: '？！。' }, { en: '…' }, { zh: '😀' }, { en: '😀🎉' }, { zh: '\u0301' }]) assert.equal(proposeConceptId(name, none), 'concept', JSON.stringify(name));
    const long = proposeConceptId({ en: 'word '.repeat(40) }, none);
    assert.match(long, CONCEPT_ID_PATTERN);
    assert.ok(long.length <= 48);
    assert.match(proposeConceptId({ en: 'x'.repeat(100) }, none), CONCEPT_ID_PATTERN);
  });

  it('always match the schema’s id pattern and avoid the ids taken (property)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('对称破缺', '熵', '大model', 'é', '-'));
    fc.assert(
      fc.property(fc.record({ zh: text, en: text }, { requiredKeys: [] }), fc.array(fc.constantFrom('concept', 'concept-2', 'shang', 'a', 'dui-chen-po-que'), { maxLength: 4 }), (name, taken) => {
        const id = proposeConceptId(name, new Set(taken));
        assert.match(id, CONCEPT_ID_PATTERN);
        assert.ok(!(taken as string[]).includes(id));
      }),
      { numRuns: 500 },
    );
  });
});

describe('pinyin keys', () => {
  it('give the full pinyin and the initials without spaces', () => {
    assert.deepEqual(pinyinKeys('对称破缺'), { full: 'duichenpoque', initials: 'dcpq' });
    assert.deepEqual(pinyinKeys('大model'), { full: 'damodel', initials: 'dmodel' });
  });
});
