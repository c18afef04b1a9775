// "Is this a real word?" for the lint: word lists of maintained dictionaries, handed in by the host
// (the extension and the CLI read them from dist/lexicon, made by the build from the `word-list` and
// jieba dictionaries). The core never reads a file.

export interface Lexicon {
  /** Whether a lower-case English word is in the dictionary. */
  hasEnglish(word: string): boolean;
  /** Whether a run of Han characters is a word of the Chinese dictionary. */
  hasChinese(word: string): boolean;
  /** The longest Chinese word, in UTF-16 units: how far a word can reach across a boundary. */
  readonly maxChineseLength: number;
}

/** A lexicon from two newline-separated word lists. */
export function lexiconFromLists(english: string, chinese: string): Lexicon {
  const en = new Set(splitLines(english, true));
  const zh = new Set(splitLines(chinese, false));
  let maxChineseLength = 0;
  for (const w of zh) if (w.length > maxChineseLength) maxChineseLength = w.length;
  return {
    hasEnglish: (w) => en.has(w),
    hasChinese: (w) => zh.has(w),
    maxChineseLength,
  };
}

/** A lexicon that knows no words (tests, and a host whose word lists failed to load). */
export const EMPTY_LEXICON: Lexicon = { hasEnglish: () => false, hasChinese: () => false, maxChineseLength: 0 };

function splitLines(text: string, lower: boolean): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (w !== '') out.push(lower ? w.toLowerCase() : w);
  }
  return out;
}
