// The lint's word lists for tests: dist/lexicon, made by the build (and made here if a test runs first).

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconFromLists, type Lexicon } from '../../src/core/lint/lexicon';

const ROOT = join(__dirname, '..', '..');
let cached: Lexicon | undefined;

export function testLexicon(): Lexicon {
  if (cached) return cached;
  const dir = join(ROOT, 'dist', 'lexicon');
  if (!existsSync(join(dir, 'zh.txt'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-lexicon.mjs')]);
  return (cached = lexiconFromLists(readFileSync(join(dir, 'en.txt'), 'utf8'), readFileSync(join(dir, 'zh.txt'), 'utf8'), true));
}
