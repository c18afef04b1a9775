// The block scanner's open containers (block quotes, list items, footnote definitions) as columns of
// numbers: a list nested a million levels deep on one line costs no object per level, which on a
// crafted line made the collector's work grow faster than the line.

/** No block quote is open. */
const NO_QUOTE = 0x3fffffff;

export class ContainerStack {
  private quote = new Uint8Array(16);
  /** List items and footnote definitions: the column their content starts at. */
  private col = new Int32Array(16);
  /** A list item whose first line has no content yet: a blank line now ends it. */
  private empty = new Uint8Array(16);
  /** The index of the outermost block quote at or below each container, or NO_QUOTE. */
  private firstQuote = new Int32Array(16);
  private size = 0;

  get length(): number {
    return this.size;
  }

  isQuote(i: number): boolean {
    return this.quote[i] === 1;
  }

  contentColumn(i: number): number {
    return this.col[i]!;
  }

  isEmpty(i: number): boolean {
    return this.empty[i] === 1;
  }

  /** The list item at `i` has had content. */
  fill(i: number): void {
    this.empty[i] = 0;
  }

  /** Closes every container from `n` on. */
  truncate(n: number): void {
    if (n < this.size) this.size = n;
  }

  pushQuote(): void {
    const i = this.grow();
    this.quote[i] = 1;
    this.col[i] = 0;
    this.empty[i] = 0;
    this.firstQuote[i] = Math.min(i, this.outerQuote(i));
  }

  pushItem(col: number, empty: boolean): void {
    const i = this.grow();
    this.quote[i] = 0;
    this.col[i] = col;
    this.empty[i] = empty ? 1 : 0;
    this.firstQuote[i] = this.outerQuote(i);
  }

  /**
   * How many containers a blank line keeps open: list items go on, except one that has had no content
   * yet (only the innermost can be such); block quotes end. Constant time, however deep the stack.
   */
  blankLineMatches(): number {
    if (this.size === 0) return 0;
    const last = this.size - 1;
    return Math.min(this.firstQuote[last]!, this.empty[last] === 1 ? last : this.size);
  }

  private outerQuote(i: number): number {
    return i > 0 ? this.firstQuote[i - 1]! : NO_QUOTE;
  }

  private grow(): number {
    if (this.size === this.quote.length) {
      const n = this.size * 2;
      this.quote = copyInto(new Uint8Array(n), this.quote);
      this.col = copyInto(new Int32Array(n), this.col);
      this.empty = copyInto(new Uint8Array(n), this.empty);
      this.firstQuote = copyInto(new Int32Array(n), this.firstQuote);
    }
    return this.size++;
  }
}

function copyInto<T extends Uint8Array | Int32Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
