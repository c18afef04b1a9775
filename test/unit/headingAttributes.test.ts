// A heading's trailing attribute list ({#id}, {.class}, kramdown's {: #id}) is markup for the site, not
// prose: a concept's name in it is no mention. Cases written by hand from Pandoc's and kramdown's syntax.

import { strict as assert } from 'node:assert';
import { headingAttributesStart } from '../../src/core/markdown/headingAttributes';
import { found } from '../support/testPack';

function attributesOf(heading: string): string | undefined {
  const at = headingAttributesStart(heading, 0, heading.length);
  return at < 0 ? undefined : heading.slice(at);
}

describe('heading attributes', () => {
  it('finds an id, classes, key=value pairs and a kramdown list at the end of a heading', () => {
    assert.equal(attributesOf('轉換器架構 {#transformer}'), '{#transformer}');
    assert.equal(attributesOf('Notes {.unnumbered #entropy}  '), '{.unnumbered #entropy}  ');
    assert.equal(attributesOf('Big Bang {: #big-bang}'), '{: #big-bang}');
    assert.equal(attributesOf('{#only-attributes}'), '{#only-attributes}');
  });
  it('leaves braces that are text alone', () => {
    assert.equal(attributesOf('Sets {a, b} and {c}'), undefined);
    assert.equal(attributesOf('Transformer{#glued}'), undefined);
    assert.equal(attributesOf('The {Transformer}'), undefined);
    assert.equal(attributesOf('Open {#id and more'), undefined);
    assert.equal(attributesOf('{}'), undefined);
  });
  it('a name in the attributes is no mention; the heading text still is', () => {
    assert.deepEqual(found('## Transformer 架构 {#transformer .arch}\n\n正文。'), ['transformer:Transformer']);
    assert.deepEqual(found('## 架构 {#transformer}\n\n正文。'), []);
  });
});
