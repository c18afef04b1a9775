// Linear time of the lint on crafted input: the families aimed at it and every family of the scanner,
// linted at two sizes (the method of test/unit/linearTime.test.ts: at 4× the size a linear pass takes
// about 4× the time, a quadratic one 16×; the limit is 6× over a floor, up to three measurements).

import * as assert from 'node:assert/strict';
import { ADVERSARIAL_FAMILIES } from '../../support/adversarialFamilies';
import { LINT_FAMILIES } from '../../support/lintFamilies';
import { ALL_ON, lintText } from '../../support/lintDocument';

// Smaller than the scanner's sizes: the lint does more per unit, and the suite stays quick.
const SMALL = 30_000;
const FLOOR_MS = 10;
const MAX_GROWTH = 6;
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** One run each (a family that fails is measured again, up to three times). */
function fastest(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 1; r++) {
    collect();
    const t0 = performance.now();
    lintText(text, undefined, ALL_ON);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function growth(make: (n: number) => string): { small: number; large: number } {
  const a = make(SMALL);
  const b = make(4 * SMALL);
  return { small: fastest(a), large: fastest(b) };
}

describe('lint: linear time on adversarial input', function () {
  this.timeout(300_000);
  before(() => lintText('A warm-up: entrophy, 对称破却.'));
  for (const family of [...LINT_FAMILIES, ...ADVERSARIAL_FAMILIES]) {
    it(`grows linearly: ${family.name}`, () => {
      let t = growth(family.make);
      for (let attempt = 1; attempt < 3 && t.large > MAX_GROWTH * Math.max(t.small, FLOOR_MS); attempt++) t = growth(family.make);
      assert.ok(t.large <= MAX_GROWTH * Math.max(t.small, FLOOR_MS), `${family.name}: ${t.small.toFixed(1)} ms at ${SMALL} units, ${t.large.toFixed(1)} ms at ${4 * SMALL} (${(t.large / t.small).toFixed(1)}×)`);
    });
  }
});
