// Crafted inputs aimed at the concept lint: many near-misses of names, windows that look like phrases,
// long runs of homophones, comments that never close, and names and glosses repeated without end.

import type { AdversarialFamily } from './adversarialFamilies';

function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
}

/** Distinct made-up words of nine letters: each is looked up by its deletions. */
function madeUpWords(n: number): string {
  let out = '';
  let seed = 7;
  while (out.length < n) {
    let w = '';
    for (let k = 0; k < 9; k++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      w += String.fromCharCode(97 + (seed % 26));
    }
    out += w + ' ';
  }
  return out;
}

export const LINT_FAMILIES: readonly AdversarialFamily[] = [
  { name: 'one misspelling repeated', make: (n) => fill('entrophy ', n) },
  { name: 'misspellings, one per line', make: (n) => fill('Transfomer\n', n) },
  { name: 'made-up words near no name', make: madeUpWords },
  { name: 'first word of a phrase repeated', make: (n) => fill('symmetry ', n) },
  { name: 'phrase misspelt repeated', make: (n) => fill('symmetry braking ', n) },
  { name: 'one word of letters', make: (n) => 'e'.repeat(n) },
  { name: 'Han slip repeated without a break', make: (n) => fill('对称破却', n) },
  { name: 'one homophone repeated', make: (n) => fill('对', n) },
  { name: 'a common character repeated', make: (n) => fill('的', n) },
  { name: 'slip of a two-character name repeated', make: (n) => fill('商增', n) },
  { name: 'unclosed comments', make: (n) => fill('<!--', n) },
  { name: 'directives between slips', make: (n) => fill('<!-- concept-lens-disable -->\nentrophy\n<!-- concept-lens-enable -->\n', n) },
  { name: 'next-line directives', make: (n) => fill('<!-- concept-lens-disable-next-line -->\nentrophy\n', n) },
  { name: 'two names of a concept alternating', make: (n) => fill('对称破缺，对称性破缺。', n) },
  { name: 'open parentheses after a name', make: (n) => fill('词嵌入（（（（', n) },
  { name: 'glosses repeated', make: (n) => fill('词嵌入（embedding）', n) },
];
