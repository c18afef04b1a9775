// Scratch lists for the cue pass, which runs once per block of a document: they keep their storage
// from block to block, where an array emptied for each block would grow again from nothing.

/** Integers appended one, or three, at a time; `count` of them are in `values`. */
export class IntScratch {
  values = new Int32Array(64);
  count = 0;

  /** Appends `a`, and `b` and `c` when given (a cue hit is three: id, start, end). */
  push(a: number, b?: number, c?: number): void {
    if (this.count + 3 > this.values.length) this.grow();
    this.values[this.count++] = a;
    if (b === undefined) return;
    this.values[this.count++] = b;
    this.values[this.count++] = c!;
  }

  private grow(): void {
    const bigger = new Int32Array(this.values.length * 2);
    bigger.set(this.values);
    this.values = bigger;
  }
}

/** A block's cue hits and sentence ends, as the cue pass finds them. */
export class CueScratch {
  readonly hits = new IntScratch();
  readonly ends = new IntScratch();
}
