// The block scanner construct by construct, on small documents whose blocks were worked out by hand
// (offsets counted in the source strings). The agreement test (markdownAgreement.test.ts) checks
// the scanner against micromark on a real corpus; these pin each construct's own method.

import { strict as assert } from 'node:assert';
import { scanBlocks } from '../../src/core/markdown/blocks';
import { HtmlBlock, htmlBlockStart } from '../../src/core/markdown/htmlBlocks';

/** Each block as [kind, start, end, contentStart, contentEnd, level]. */
function blocksOf(text: string): [string, number, number, number, number, number][] {
  return scanBlocks(text).blocks.map((b) => [b.kind, b.start, b.end, b.contentStart, b.contentEnd, b.level]);
}

describe('block scanner', () => {
  it('tells the seven kinds of HTML block apart', () => {
    assert.equal(htmlBlockStart('<script>', false), HtmlBlock.Raw);
    assert.equal(htmlBlockStart('<!-- x', false), HtmlBlock.Comment);
    assert.equal(htmlBlockStart('<?php', false), HtmlBlock.ProcessingInstruction);
    assert.equal(htmlBlockStart('<!DOCTYPE html>', false), HtmlBlock.Declaration);
    assert.equal(htmlBlockStart('<![CDATA[', false), HtmlBlock.Cdata);
    assert.equal(htmlBlockStart('<div class="a">', true), HtmlBlock.BlockTag);
    assert.equal(htmlBlockStart('<span>', false), HtmlBlock.CompleteTag);
    // A complete tag of another name cannot interrupt a paragraph; an incomplete one is no block.
    assert.equal(htmlBlockStart('<span>', true), HtmlBlock.None);
    assert.equal(htmlBlockStart('<span', false), HtmlBlock.None);
  });

  it('reads an ATX heading and a paragraph, with a restart point at each line in the initial state', () => {
    const scan = scanBlocks('# Title\n\nText *here*.\n');
    assert.deepEqual(
      scan.blocks.map((b) => [b.kind, b.start, b.end, b.contentStart, b.contentEnd, b.level]),
      [
        ['heading', 0, 7, 2, 7, 1],
        ['paragraph', 9, 21, 9, 21, 0],
      ],
    );
    assert.deepEqual(scan.restarts, [0, 8, 9]);
  });

  it('reads fenced code to its closing fence, and math to a line holding $$', () => {
    assert.deepEqual(blocksOf('```js\ncode\n```\nafter'), [
      ['code', 0, 14, 0, 14, 0],
      ['paragraph', 15, 20, 15, 20, 0],
    ]);
    assert.deepEqual(blocksOf('$$\nx^2\n$$\n'), [['math', 0, 9, 0, 9, 0]]);
  });

  it('makes a paragraph a setext heading, and leaves out its underline', () => {
    assert.deepEqual(blocksOf('Title\n===\n'), [['heading', 0, 9, 0, 5, 1]]);
  });

  it('reads a definition over three lines, and a label alone without a destination as text', () => {
    assert.deepEqual(blocksOf('[a]:\n/url\n"title"\n\npara'), [
      ['refdef', 0, 17, 0, 17, 0],
      ['paragraph', 19, 23, 19, 23, 0],
    ]);
    assert.deepEqual(blocksOf('[a]:\n\nx'), [
      ['paragraph', 0, 4, 0, 4, 0],
      ['paragraph', 6, 7, 6, 7, 0],
    ]);
  });

  it('makes each table cell a paragraph of its own, and the delimiter row none', () => {
    assert.deepEqual(blocksOf('| a | b |\n|---|---|\n| c | d |'), [
      ['paragraph', 2, 3, 2, 3, 0],
      ['paragraph', 6, 7, 6, 7, 0],
      ['paragraph', 22, 23, 22, 23, 0],
      ['paragraph', 26, 27, 26, 27, 0],
    ]);
  });

  it('reads the text after a closed HTML comment as HTML text', () => {
    assert.deepEqual(blocksOf('<!-- c --> after\n'), [
      ['html', 0, 10, 0, 10, 0],
      ['htmlText', 10, 16, 10, 16, 0],
    ]);
  });

  it('continues a quoted paragraph lazily, and lets neither indented code nor "1984." interrupt a paragraph', () => {
    const quoted = scanBlocks('> quote\nlazy');
    assert.deepEqual(quoted.blocks.map((b) => [b.kind, b.start, b.end, b.contentStart, b.contentEnd]), [['paragraph', 0, 12, 2, 12]]);
    assert.deepEqual(quoted.restarts, [0]);
    assert.deepEqual(blocksOf('para\n    code'), [['paragraph', 0, 13, 0, 13, 0]]);
    assert.deepEqual(blocksOf('The year\n1984. It was cold'), [['paragraph', 0, 26, 0, 26, 0]]);
  });

  it('reads front matter first, and resumes scanning after it', () => {
    const scan = scanBlocks('---\ntitle: x\n---\nText');
    assert.deepEqual(
      scan.blocks.map((b) => [b.kind, b.start, b.end]),
      [
        ['frontmatter', 0, 16],
        ['paragraph', 17, 21],
      ],
    );
    assert.deepEqual(scan.restarts, [17]);
  });
});
