// "Is this a real word?" for the lint: word lists of maintained dictionaries, handed in by the host
// (the extension and the CLI read them from dist/lexicon, made by the build from the `word-list` and
// jieba dictionaries). The core never reads a file.
//
// A list stays the one string it was read as, with the offsets of its lines, and is searched by
// bisection: some 600,000 words then cost two allocations and a pass over the text to load (a Set of
// them took 0.6 s and some 40 MB, in the extension host), and a look-up allocates nothing.

export interface Lexicon {
  /** Whether a lower-case English word is in the dictionary. */
  hasEnglish(word: string): boolean;
  /** Whether a run of Han characters is a word of the Chinese dictionary. */
  hasChinese(word: string): boolean;
  /** The longest Chinese word, in UTF-16 units: how far a word can reach across a boundary. */
  readonly maxChineseLength: number;
}

/**
 * A lexicon from two newline-separated word lists (the English one in lower case). `sorted`: the lists
 * are as the build writes them (sorted, one word per line), so they are not checked again.
 */
export function lexiconFromLists(english: string, chinese: string, sorted = false): Lexicon {
  const en = new SortedWords(english, sorted);
  const zh = new SortedWords(chinese, sorted);
  return { hasEnglish: (w) => en.has(w), hasChinese: (w) => zh.has(w), maxChineseLength: zh.maxLength };
}

/** A lexicon that knows no words (tests, and a host whose word lists failed to load). */
export const EMPTY_LEXICON: Lexicon = { hasEnglish: () => false, hasChinese: () => false, maxChineseLength: 0 };

/** Lines of a text in code-unit order, searched in place. */
export class SortedWords {
  private readonly text: string;
  /** Start of each line, and one past the last line's end. */
  private readonly starts: Int32Array;
  readonly maxLength: number;


  constructor(list: string, trusted = false) {
    const read = SortedWords.lines(list.includes('\r') ? list.replace(/\r/g, '') : list, trusted);
    if (read) {
      [this.text, this.starts, this.maxLength] = [list.includes('\r') ? list.replace(/\r/g, '') : list, read.starts, read.maxLength];
      return;
    }
    // Not as the build writes it (unsorted, or spaces around words): sorted here, once.
    const text = [...new Set(list.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ''))].sort().join('\n');
    const sorted = SortedWords.lines(text)!;
    [this.text, this.starts, this.maxLength] = [text, sorted.starts, sorted.maxLength];
  }

  /** The line starts of a list in strictly increasing order with no spaces around its lines, else undefined. One pass. */
  private static lines(text: string, trusted = false): { starts: Int32Array; maxLength: number } | undefined {
    let count = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    const starts = new Int32Array(count + 2);
    let n = 0;
    let maxLength = 0;
    let prev = -1;
    let prevEnd = -1;
    for (let at = 0; at < text.length; ) {
      const end = lineEndOf(text, at);
      if (end > at) {
        if (!trusted && (text.charCodeAt(at) === 32 || text.charCodeAt(end - 1) === 32 || (prev >= 0 && compareRanges(text, prev, prevEnd, at, end) >= 0))) return undefined;
        starts[n++] = at;
        if (end - at > maxLength) maxLength = end - at;
        prev = at;
        prevEnd = end;
      }
      at = end + 1;
    }
    starts[n++] = text.length + 1;
    return { starts: starts.subarray(0, n), maxLength };
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareAt(mid, word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /** Line `k` against `word`, in code-unit order, without making a string. */
  private compareAt(k: number, word: string): number {
    const start = this.starts[k]!;
    const end = lineEndOf(this.text, start);
    const n = Math.min(end - start, word.length);
    for (let i = 0; i < n; i++) {
      const d = this.text.charCodeAt(start + i) - word.charCodeAt(i);
      if (d !== 0) return d;
    }
    return end - start - word.length;
  }
}

function lineEndOf(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function compareRanges(text: string, a: number, aEnd: number, b: number, bEnd: number): number {
  const n = Math.min(aEnd - a, bEnd - b);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(a + i) - text.charCodeAt(b + i);
    if (d !== 0) return d;
  }
  return aEnd - a - (bEnd - b);
}
