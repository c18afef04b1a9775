// spliceInPlace: the incremental scan's per-block arrays replace a run in place, or whole for a huge run.

import { strict as assert } from 'node:assert';
import { spliceInPlace } from '../../src/core/scan/spliceInPlace';

describe('spliceInPlace', () => {
  it('replaces a run in the same array', () => {
    const arr = [1, 2, 3, 4, 5];
    const out = spliceInPlace(arr, 1, 3, [7, 8, 9]);
    assert.equal(out, arr);
    assert.deepEqual(out, [1, 7, 8, 9, 4, 5]);
  });
  it('inserts and removes at the ends', () => {
    assert.deepEqual(spliceInPlace([1, 2], 2, 2, [3]), [1, 2, 3]);
    assert.deepEqual(spliceInPlace([1, 2, 3], 0, 2, []), [3]);
  });
  it('makes a new array for more items than a call can take as arguments', () => {
    const arr = [0, 1];
    const items = Array.from({ length: 200_000 }, (_, i) => i + 2);
    const out = spliceInPlace(arr, 1, 2, items);
    assert.notEqual(out, arr);
    assert.equal(out.length, 200_001);
    assert.equal(out[0], 0);
    assert.equal(out[200_000], 200_001);
    assert.deepEqual(arr, [0, 1], 'the old array is left as it was');
  });
});
