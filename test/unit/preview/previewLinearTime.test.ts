// Linear time of the preview's own work (placing text tokens in the source and annotating them), on
// adversarial input, by the method of test/unit/linearTime.test.ts: two sizes 4× apart, growth at most
// 6× over a floor. markdown-it's parse is done before the clock starts: its cost is not ours to measure.

import { strict as assert } from 'node:assert';
import markdownIt from 'markdown-it';
import { annotate } from '../../../src/core/preview/annotations';
import type { MarkdownItLike, MdToken } from '../../../src/core/preview/markdownItTypes';
import { loadBuiltinCompiledPack } from '../../../src/core/pack/builtinCompiledPack';

const SMALL = 150_000;
const FLOOR_MS = 10;
const MAX_GROWTH = 6;
const cp = loadBuiltinCompiledPack();
const md = markdownIt({ html: true, linkify: true });
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

function fill(unit: string, n: number, head = ''): string {
  return head + unit.repeat(Math.max(1, Math.ceil((n - head.length) / unit.length)));
}

const FAMILIES: { name: string; make: (n: number) => string }[] = [
  { name: 'one paragraph of terms', make: (n) => fill('熵与涌现 entropy ', n) },
  {
    name: 'many cells on one table line',
    make: (n) => {
      const k = Math.ceil(n / 12);
      return `${'|熵'.repeat(k)}|\n${'|-'.repeat(k)}|\n${'|涌现'.repeat(k)}|\n`;
    },
  },
  {
    name: 'many cells with escaped pipes (not found as they stand) on one line',
    make: (n) => {
      const k = Math.ceil(n / 12);
      return `${'|熵'.repeat(k)}|\n${'|-'.repeat(k)}|\n${'|a\\|b'.repeat(k)}|\n`;
    },
  },
  { name: 'links with long destinations', make: (n) => fill('[熵](' + 'a'.repeat(50) + ') 熵 ', n) },
  { name: 'escapes and entities', make: (n) => fill('\\*熵&amp;\\[', n) },
  { name: 'code spans with unmatched backtick runs', make: (n) => fill('`` ` 熵 `` ', n) },
  { name: 'images, brackets in alt text', make: (n) => fill('![a [熵] b](x) 涌现 ', n) },
  { name: 'unclosed brackets', make: (n) => fill('[熵 ', n) },
  { name: 'many soft breaks in a quote', make: (n) => fill('> 熵 *a*\n', n) },
  { name: 'emphasis runs', make: (n) => fill('**熵*', n) },
];

function time(src: string, tokens: MdToken[]): number {
  let best = Infinity;
  for (let r = 0; r < 2; r++) {
    collect();
    const t0 = performance.now();
    annotate({ md: md as unknown as MarkdownItLike, src, tokens, cp, lang: 'zh' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function growth(make: (n: number) => string): { small: number; large: number } {
  const a = make(SMALL);
  const b = make(4 * SMALL);
  const ta = md.parse(a, {}) as unknown as MdToken[];
  const tb = md.parse(b, {}) as unknown as MdToken[];
  time(a, ta);
  return { small: time(a, ta), large: time(b, tb) };
}

describe('preview annotation: linear time on adversarial input', function () {
  this.timeout(120_000);
  for (const family of FAMILIES) {
    it(`grows linearly: ${family.name}`, () => {
      let t = growth(family.make);
      for (let attempt = 1; attempt < 3 && t.large > MAX_GROWTH * Math.max(t.small, FLOOR_MS); attempt++) t = growth(family.make);
      assert.ok(t.large <= MAX_GROWTH * Math.max(t.small, FLOOR_MS), `${family.name}: ${t.small.toFixed(1)} ms, then ${t.large.toFixed(1)} ms at 4× the size`);
    });
  }
});
