// A fuzz run that stays in CI: 100,000 random documents built from the constructs Markdown gives a
// meaning to (every ASCII punctuation character, nesting markers, CJK, concept names, line breaks of
// every kind), each scanned as the CLI and the extension scan it. Nothing may throw, every match must
// lie inside the text on a known surface, in order and without overlap, and the headings must be in
// order; every tenth document is also edited once and the incremental scan must equal a full scan.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanDocument, toOccurrences } from '../../src/core/scan/documentScan';
import { IncrementalScan } from '../../src/core/scan/incrementalScan';
import { frontMatterTitle, isArticle } from '../../src/core/features/articleMatch';
import { loadBuiltinPack } from '../../src/core/pack/builtinPack';
import { builtinCompiled } from '../support/testPack';

const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const PIECES = [
  ...PUNCTUATION,
  ...PUNCTUATION.map((c) => c.repeat(3)),
  '\n', '\n\n', '\r\n', '\r', ' ', '    ', '\t', '\u00a0', '\u3000', '\ufeff', '\u200b', '# ', '> ', '- ', '1. ', '[^a]: ', '---\n',
  '```\n', '$$\n', '<div>\n', '<!--', '-->', '<a b="c">', '</a>', '[[a|b]]', '](x (', 'http://a.b/', 'www.a.b', 'a@b.c', '<a@b.c>',
  '熵', '涌现', '对称性破缺', 'entropy', 'Entropy', 'emergence', 'attention', 'Transformer', '概率分布', 'thermodynamics', 'x', '😀',
];

const docs = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
const pack = loadBuiltinPack();

function checkScan(text: string): void {
  const cp = builtinCompiled();
  const scan = scanDocument(text, cp);
  let last = 0;
  for (const m of scan.matches) {
    assert.ok(m.start >= last && m.start < m.end && m.end <= text.length, `a match at ${m.start}–${m.end} after ${last}`);
    assert.ok(cp.surfaces[m.surface], 'a known surface');
    last = m.end;
  }
  const headings = scan.structure.headings;
  for (let k = 1; k < headings.length; k++) assert.ok(headings[k]!.start > headings[k - 1]!.start, 'headings in order');
  const excluded = scan.structure.excluded;
  for (let k = 0; k < excluded.length; k += 2) assert.ok(excluded[k]! < excluded[k + 1]! && excluded[k + 1]! <= text.length, 'an excluded range inside the text');
  toOccurrences(text, scan.matches, headings, cp);
  frontMatterTitle(text);
  isArticle(text, headings, pack);
}

describe('fuzzing the scan', function () {
  this.timeout(300_000);

  it('100,000 random documents: no throw, matches in order inside the text, headings in order', () => {
    fc.assert(fc.property(docs, (text) => checkScan(text)), { numRuns: 100_000, seed: 20261203 });
  });

  it('10,000 random edits: the incremental scan equals a full scan', () => {
    fc.assert(
      fc.property(docs, fc.nat(), fc.nat({ max: 12 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }), (text, at, deleteCount, pieces) => {
        const cp = builtinCompiled();
        const inc = new IncrementalScan(text, cp);
        inc.applyEdit({ start: text.length === 0 ? 0 : at % (text.length + 1), deleteCount, text: pieces.join('') });
        const full = scanDocument(inc.text, cp);
        assert.deepEqual(inc.matches, full.matches);
        assert.deepEqual(inc.blockList, full.structure.blocks);
      }),
      { numRuns: 10_000, seed: 20261203 },
    );
  });
});
