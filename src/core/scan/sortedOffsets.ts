// Binary searches over the sorted offsets the incremental scan keeps: restart points and block starts.

import type { Block } from '../markdown/blocks';

/** Index of the last value ≤ x in a sorted array, or -1. */
export function lastAtOrBefore(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the last value < x in a sorted array, or -1. */
export function lastBefore(a: readonly number[], x: number): number {
  return lastAtOrBefore(a, x - 1);
}

/** Index of the first value > x in a sorted array (a.length if none). */
export function firstAfter(a: readonly number[], x: number): number {
  return lastAtOrBefore(a, x) + 1;
}

/** Index of the first block that starts at or after `offset` (blocks.length if none). */
export function firstBlockAtOrAfter(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last block that starts at or before `offset`, or -1. */
export function lastBlockAtOrBefore(blocks: readonly Block[], offset: number): number {
  return firstBlockAtOrAfter(blocks, offset + 1) - 1;
}

/** Index of the block that holds `offset` (its end included: a cursor right after it), or -1. */
export function blockHolding(blocks: readonly Block[], offset: number): number {
  const b = lastBlockAtOrBefore(blocks, offset);
  return b >= 0 && offset <= blocks[b]!.end ? b : -1;
}
