// The words of one block of prose, as the English misspelling check reads them.

/**
 * The words of a block, in typed arrays that one linter reuses for every block: a block of prose
 * costs no allocation per word. `joined[k]`: the next word follows with only spaces, one hyphen or
 * emphasis between (a phrase may span them).
 */
export class Tokens {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  joined = new Uint8Array(256);
  count = 0;

  push(start: number, end: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.joined[this.count] = 1;
    this.count++;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const joined = new Uint8Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    joined.set(this.joined);
    this.starts = starts;
    this.ends = ends;
    this.joined = joined;
  }
}
