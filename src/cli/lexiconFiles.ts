// The lint's word lists, read from dist/lexicon beside the bundled CLI (made by the build from the
// maintained dictionaries; see scripts/gen-lexicon.mjs).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconFromLists, type Lexicon } from '../core/lint/lexicon';

/** Where the lists are: beside dist/cli.js, or in dist/ when the CLI runs from its sources (tests). */
function lexiconFolder(): string {
  const candidates = [join(__dirname, 'lexicon'), join(__dirname, '..', '..', 'dist', 'lexicon')];
  for (const dir of candidates) if (existsSync(join(dir, 'en.txt')) && existsSync(join(dir, 'zh.txt'))) return dir;
  throw new Error('the word lists of the lint (dist/lexicon) are missing: run `npm run build`');
}

export function loadLexicon(): Lexicon {
  const dir = lexiconFolder();
  return lexiconFromLists(readFileSync(join(dir, 'en.txt'), 'utf8'), readFileSync(join(dir, 'zh.txt'), 'utf8'), true);
}
