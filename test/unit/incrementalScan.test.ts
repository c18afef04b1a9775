import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalScan, type TextEdit } from '../../src/core/scan/incrementalScan';
import type { MatchSnapshot } from '../../src/core/scan/matchSnapshot';
import type { Match } from '../../src/core/scan/scanner';
import { scanDocument } from '../../src/core/scan/documentScan';
import { parseMarkdown } from '../../src/core/markdown/markdownStructure';
import { builtinCompiled } from '../support/testPack';
import { FIXTURES } from '../support/paths';

// Pieces that exercise every construct the block and inline scanners know, and concept surfaces.
const PIECES = [
  '\n', '\n', '\n\n', '\r\n', ' ', '    ', '\t', '# ', '## ', '### ', '=== ', '---', '***', '+++', '> ', '- ', '* ', '1. ',
  '```', '~~~', '```js\n', '$$', '$', '`', '**', '_', '~~', '<div>', '</div>', '<!--', '-->', '<img src="熵.png">', '<script>',
  '</script>', '[', ']', '](', ')', '[ref]: https://x.y/entropy', 'https://example.com/涌现 ', '<https://a.b/熵>', '\\',
  '熵', '信息熵', '涌现', '对称性破缺', '对称', '大语言模型', '临界点', '交叉熵', '热力学第二定律', 'entropy', 'Entropy ',
  'cross-entropy', 'Transformer', 'Transformers-based', 'self-attention', 'attention', 'large language\nmodel', 'heat death',
  'LLMs', 'emergent', 'word', 'the ', '😀', 'ｅｎｔｒｏｐｙ', '|', ' | ',
  // The writer's readings: directives that turn readings anywhere in the document, and their pieces.
  '<!-- concept-lens-read 熵 as information-entropy -->\n', '<!-- concept-lens-read attention as everyday -->', 'concept-lens-read entropy as ', 'entropy -->',
];

const piece = fc.constantFrom(...PIECES);
const doc = fc.array(piece, { minLength: 0, maxLength: 60 }).map((xs) => xs.join(''));

/** The match under an offset, read from the flat list (the rule MatchSnapshot.at implements on blocks). */
function matchAtReference(matches: readonly Match[], offset: number): Match | undefined {
  const i = matches.findIndex((m) => m.end > offset);
  const m = i >= 0 ? matches[i] : undefined;
  if (m && m.start <= offset) return m;
  const before = matches[(i >= 0 ? i : matches.length) - 1];
  return before && before.end === offset ? before : undefined;
}

/** The snapshot's queries agree with the same questions asked of the flat list of matches. */
function checkQueries(snap: MatchSnapshot, matches: readonly Match[], length: number): void {
  for (let off = 0; off <= length; off++) assert.deepEqual(snap.at(off), matchAtReference(matches, off), `the match at ${off}`);
  for (let from = 0; from <= length; from += 7) {
    const to = from + 13;
    assert.deepEqual(snap.overlapping(from, to), matches.filter((m) => m.end > from && m.start < to), `the matches in [${from}, ${to})`);
  }
  const counts = new Int32Array(builtinCompiled().concepts.length);
  for (const m of matches) counts[m.concept]!++;
  assert.deepEqual(snap.countByConcept(counts.length), counts, 'counts by concept');
  for (const c of new Set(matches.map((m) => m.concept))) assert.deepEqual(snap.occurrencesOf(c), matches.filter((m) => m.concept === c), `occurrences of ${c}`);
}

function check(inc: IncrementalScan): void {
  const full = scanDocument(inc.text, builtinCompiled());
  assert.deepEqual(inc.blockList, full.structure.blocks, 'blocks differ from a full scan');
  assert.deepEqual(inc.matches, full.matches, 'matches differ from a full scan');
  assert.deepEqual(inc.headings, full.structure.headings, 'headings differ from a full scan');
  checkQueries(inc.snapshot(), full.matches, inc.text.length);
}

function randomEdit(text: string, r: { pos: number; len: number; ins: string[] }): TextEdit {
  const start = Math.floor(r.pos * (text.length + 1));
  const deleteCount = Math.min(r.len, text.length - start);
  return { start, deleteCount, text: r.ins.join('') };
}

const edit = fc.record({ pos: fc.double({ min: 0, max: 0.999999, noNaN: true }), len: fc.nat({ max: 12 }), ins: fc.array(piece, { maxLength: 3 }) });

describe('incremental scanning', () => {
  it('equals a full scan after every one of thousands of random edits', () => {
    let edits = 0;
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 5, maxLength: 25 }), (text, rs) => {
        const inc = new IncrementalScan(text, builtinCompiled());
        for (const r of rs) {
          // A snapshot taken before an edit (whose flat list is made only after it) keeps the old matches.
          const before = inc.snapshot();
          const expected = scanDocument(inc.text, builtinCompiled()).matches;
          inc.applyEdit(randomEdit(inc.text, r));
          edits++;
          check(inc);
          assert.deepEqual(before.all, expected, 'a snapshot changed after a later edit');
        }
      }),
      { numRuns: 700, seed: 20261129 },
    );
    assert.ok(edits >= 4000, `only ${edits} edits`);
  });

  it('equals a full scan while typing through the article, character by character', () => {
    const article = readFileSync(join(FIXTURES, 'entropy-and-emergence.md'), 'utf8');
    const inc = new IncrementalScan('', builtinCompiled());
    for (let i = 0; i < article.length; i += 7) inc.applyEdit({ start: inc.text.length, deleteCount: 0, text: article.slice(i, i + 7) });
    assert.equal(inc.text, article);
    check(inc);
  });

  it('rescans only the blocks around an edit', () => {
    const article = readFileSync(join(FIXTURES, 'entropy-and-emergence.md'), 'utf8');
    const inc = new IncrementalScan(article, builtinCompiled());
    const at = article.indexOf('宇宙中还有一些事物');
    const { from, to } = inc.applyEdit({ start: at, deleteCount: 0, text: '熵' });
    const paragraphEnd = article.indexOf('\n\n', at);
    assert.ok(from >= article.lastIndexOf('\n\n', at) && to <= paragraphEnd + 3, `rescanned ${from}..${to} for a paragraph ending at ${paragraphEnd}`);
    check(inc);
  });

  it('an edit far below can turn the top into front matter', () => {
    const inc = new IncrementalScan('---\ntitle: 熵\n\n# 涌现\n\nend', builtinCompiled());
    inc.applyEdit({ start: inc.text.indexOf('\n# '), deleteCount: 0, text: '\n---' });
    check(inc);
    assert.equal(inc.blockList[0]!.kind, 'frontmatter');
  });
});

describe('random Markdown never breaks the core', () => {
  it('the scanner never throws and every offset is valid', () => {
    fc.assert(
      fc.property(fc.oneof(doc, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const { matches, structure } = scanDocument(text, builtinCompiled());
        let last = 0;
        for (const m of matches) {
          assert.ok(m.start >= last && m.start < m.end && m.end <= text.length);
          last = m.end;
        }
        for (let k = 0; k < structure.excluded.length; k += 2) assert.ok(structure.excluded[k]! < structure.excluded[k + 1]! && structure.excluded[k + 1]! <= text.length);
        for (const h of structure.headings) assert.ok(h.start <= h.contentStart && h.contentEnd <= h.end && h.end <= text.length);
        parseMarkdown(text);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
