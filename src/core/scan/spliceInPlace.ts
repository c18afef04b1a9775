// Replacing a run of a long array in place: an edit replaces a few of a document's blocks, and copying
// every slot of a 36,000-block document into a new array per keystroke costs more than moving the tail.

/** Fewer items than this go through splice()'s arguments; more (a paste of a whole document) make a new array. */
const SPREAD_LIMIT = 10_000;

/** `items` in place of arr[from, to): the same array, changed, or a new one for a huge replacement. */
export function spliceInPlace<T>(arr: T[], from: number, to: number, items: readonly T[]): T[] {
  if (items.length > SPREAD_LIMIT) return arr.slice(0, from).concat(items, arr.slice(to));
  arr.splice(from, to - from, ...items);
  return arr;
}
