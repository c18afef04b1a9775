// Writes the word lists the concept lint asks "is this a real word?" (dist/lexicon/en.txt, zh.txt)
// from two maintained dictionaries, so that neither we nor the lint type a word list by hand:
// - English: the `word-list` package (some 274,000 words with their inflections);
// - Chinese: the dictionary that the jieba segmenter ships (`@node-rs/jieba`'s dict.txt), words of
//   two to eight Han characters, and the most frequent one-character words.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const out = new URL('../dist/lexicon/', import.meta.url);
// word-list exports only its path helper; both files are read where the packages keep them.
const modules = new URL('../node_modules/', import.meta.url);
mkdirSync(out, { recursive: true });

const english = readFileSync(new URL('word-list/words.txt', modules), 'utf8')
  .split('\n')
  .map((w) => w.trim().toLowerCase())
  .filter((w) => /^[a-z]+$/.test(w));
// Sorted in code-unit order: the lint searches the lists in place by bisection (src/core/lint/lexicon.ts).
writeFileSync(new URL('en.txt', out), [...new Set(english)].sort().join('\n') + '\n');

// Single characters only when they are among the most frequent words on their own (的, 上, 于): the
// lint reads such a character beside a name as a word of its own, not as a slip.
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,8}$/;
const STANDALONE_FREQUENCY = 50000;
const chinese = readFileSync(new URL('@node-rs/jieba/dict.txt', modules), 'utf8')
  .split('\n')
  .map((line) => line.split(' '))
  .filter(([w = '', freq = '0']) => HAN.test(w) && (w.length > 1 || Number(freq) >= STANDALONE_FREQUENCY))
  .map(([w]) => w);
writeFileSync(new URL('zh.txt', out), [...new Set(chinese)].sort().join('\n') + '\n');
console.log(`lexicon: ${english.length} English words, ${chinese.length} Chinese words`);
