// Linear time on crafted input: every adversarial family, scanned the way the extension scans a
// document it opens, at two sizes. A scanner that re-reads a run per position, or a line per nesting
// level, takes 16× the time at 4× the size; a linear one about 4×. The limit is 6×, over a floor that
// keeps timer noise on tiny inputs from counting, and a family is measured up to three times before it
// fails.

import * as assert from 'node:assert/strict';
import { ADVERSARIAL_FAMILIES } from '../support/adversarialFamilies';
import { scanAsOnOpen } from '../support/scanAsOnOpen';
import { loadBuiltinCompiledPack } from '../../src/core/pack/builtinCompiledPack';
import { loadBuiltinPack } from '../../src/core/pack/builtinPack';
import { scanDocument } from '../../src/core/scan/documentScan';
import { IncrementalScan } from '../../src/core/scan/incrementalScan';

// Both sizes are past 128 KB, where V8 moves strings to its large-object space: a step in cost
// that is not growth.
const SMALL = 150_000;
const FLOOR_MS = 10;
const MAX_GROWTH = 6;

const cp = loadBuiltinCompiledPack();
const pack = loadBuiltinPack();

/** A full collection before each run, where mocha exposes it: each run starts from the same heap. */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** The fastest of a few runs: the least disturbed by the collector and the other core. */
function fastest(text: string, runs = 2): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    collect();
    const t0 = performance.now();
    scanAsOnOpen(text, cp, pack);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function growth(make: (n: number) => string): { small: number; large: number } {
  const a = make(SMALL);
  const b = make(4 * SMALL);
  scanAsOnOpen(a, cp, pack); // warm-up
  return { small: fastest(a), large: fastest(b) };
}

describe('linear time on adversarial input', function () {
  this.timeout(120_000);
  for (const family of ADVERSARIAL_FAMILIES) {
    it(`grows linearly: ${family.name}`, () => {
      // Up to three measurements: a quadratic family fails all of them, a linear one that met a slow
      // collection passes on the next.
      let t = growth(family.make);
      for (let attempt = 1; attempt < 3 && t.large > MAX_GROWTH * Math.max(t.small, FLOOR_MS); attempt++) t = growth(family.make);
      assert.ok(
        t.large <= MAX_GROWTH * Math.max(t.small, FLOOR_MS),
        `${family.name}: ${t.small.toFixed(1)} ms at ${SMALL} units, ${t.large.toFixed(1)} ms at ${4 * SMALL} (${(t.large / t.small).toFixed(1)}×)`,
      );
    });
  }
});

describe('huge lines', function () {
  this.timeout(60_000);
  // A regex with a repeated group keeps one backtracking entry per repetition: on a line of a few
  // million units it overflows its stack and throws.
  const LINE = 3_000_000;
  const lines: [string, string][] = [
    ['*', '*'.repeat(LINE)],
    ['-', '-'.repeat(LINE)],
    ['_', '_'.repeat(LINE)],
    ['* * *', '* '.repeat(LINE / 2)],
    ['open HTML tag', '<a' + ' b'.repeat(LINE / 2)],
    ['open HTML tag alone on its line', '<a' + ' b=c'.repeat(LINE / 4) + '>'],
    ['table delimiter row', 'a|b\n' + '|-'.repeat(LINE / 2)],
    ['email autolink', '<a@b' + '.c'.repeat(LINE / 2) + '>'],
    ['reference definition title', '[a]: b "' + 'c'.repeat(LINE)],
    ['reference definition destination', '[a]: <' + 'b'.repeat(LINE) + '>'],
  ];
  for (const [name, text] of lines)
    it(`scans a line of 3 M units without throwing: ${name}`, () => {
      assert.doesNotThrow(() => scanAsOnOpen(text, cp, pack));
    });
});

describe('incremental reading in context', function () {
  this.timeout(120_000);
  // An edit that rewrites many sections with the same headings and new cues (a paste, a replace-all)
  // asks which sections hold each changed run: a walk back from each one costs the document per run.
  const section = (i: number, extra = ''): string => `## S${i}\n\nEntropy ${i}.\n\nFiller ${i}${extra}.`;
  function rewriteSections(n: number): number {
    // Every section past the opening (its first 1,000 blocks), so that the edit reaches this path.
    const k = n - 400;
    const text = Array.from({ length: n }, (_, i) => section(i)).join('\n\n');
    const inc = new IncrementalScan(text, cp);
    void inc.matches;
    const from = text.indexOf(`## S${n - k}\n`);
    const replacement = Array.from({ length: k }, (_, j) => section(n - k + j, ' bits')).join('\n\n');
    collect();
    const t0 = performance.now();
    inc.applyEdit({ start: from, deleteCount: text.length - from, text: replacement });
    void inc.matches;
    return performance.now() - t0;
  }
  it('grows linearly: an edit that changes the cues of many sections', () => {
    const measure = (): { small: number; large: number } => ({ small: rewriteSections(16_000), large: rewriteSections(64_000) });
    let t = measure();
    for (let attempt = 1; attempt < 3 && t.large > MAX_GROWTH * Math.max(t.small, FLOOR_MS); attempt++) t = measure();
    assert.ok(t.large <= MAX_GROWTH * Math.max(t.small, FLOOR_MS), `${t.small.toFixed(1)} ms at 16,000 sections, ${t.large.toFixed(1)} ms at 64,000`);
  });
});

describe('incremental scan of a document with unclosed front matter', () => {
  const body = '熵与涌现\n\n'.repeat(20_000);
  const doc = '---\ntitle: x\n' + body;

  it('rescans an edit far below from a nearby restart point, not from the top', () => {
    const inc = new IncrementalScan(doc, cp);
    const at = doc.length - 3;
    const { from } = inc.applyEdit({ start: at, deleteCount: 0, text: '熵' });
    assert.ok(from > doc.length - 100, `rescanned from ${from}`);
    assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
  });

  it('rescans from the top when the edit closes the front matter', () => {
    const inc = new IncrementalScan(doc, cp);
    const at = doc.indexOf('熵与涌现\n\n', 5000);
    const { from } = inc.applyEdit({ start: at, deleteCount: 0, text: '---\n' });
    assert.equal(from, 0);
    const full = scanDocument(inc.text, cp);
    assert.equal(full.structure.blocks[0]!.kind, 'frontmatter');
    assert.deepEqual(inc.matches, full.matches);
    assert.deepEqual(inc.blockList, full.structure.blocks);
  });

  it('rescans from the top when a closing fence is typed at the end of a line', () => {
    const inc = new IncrementalScan('---\ntitle: x\n--\n熵\n', cp);
    const { from } = inc.applyEdit({ start: 15, deleteCount: 0, text: '-' });
    assert.equal(from, 0);
    assert.equal(inc.blockList[0]!.kind, 'frontmatter');
    assert.equal(inc.matches.length, 1);
  });
});
