// Scratch lists for the cue pass, which runs once per block of a document: they keep their storage
// from block to block, where an array emptied for each block would grow again from nothing.

/**
 * Integers appended one, or three, at a time; the first `count` of `values` are the list. Emptied by
 * setting `count` to 0: the array keeps its length, and so its storage (a scratch made per document, or
 * per block the lint resolves, costs nothing until it is written).
 */
export class IntScratch {
  readonly values: number[] = [];
  count = 0;

  /** Appends `a`, and `b` and `c` when given (a cue hit is three: id, start, end). */
  push(a: number, b?: number, c?: number): void {
    this.values[this.count++] = a;
    if (b === undefined) return;
    this.values[this.count++] = b;
    this.values[this.count++] = c!;
  }
}

/** A block's cue hits and sentence ends, as the cue pass finds them. */
export class CueScratch {
  readonly hits = new IntScratch();
  readonly ends = new IntScratch();
}
