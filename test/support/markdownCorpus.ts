// A corpus of real Markdown for the agreement test: every *.md / *.markdown file under node_modules
// (the READMEs, changelogs and docs of the npm packages that `npm ci` installs), the Markdown test
// fixtures, and any directories listed in CONCEPT_LENS_MD_CORPUS (path-delimited) for a larger run.
// Files are deduplicated by content and returned in a stable order.

import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { FIXTURES, ROOT } from './paths';

export interface CorpusFile {
  /** Path relative to the project root (absolute for extra directories outside it). */
  path: string;
  text: string;
}

const MARKDOWN = /\.(?:md|markdown)$/i;

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const d of entries) {
    // Symbolic links (node_modules/.bin, workspace links) are skipped: no cycles, no duplicates.
    if (d.isSymbolicLink()) continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p, out);
    else if (d.isFile() && MARKDOWN.test(d.name)) out.push(p);
  }
}

let cached: CorpusFile[] | undefined;

export function markdownCorpus(): CorpusFile[] {
  if (cached) return cached;
  const dirs = [join(ROOT, 'node_modules'), FIXTURES];
  const extra = process.env.CONCEPT_LENS_MD_CORPUS;
  if (extra) dirs.push(...extra.split(delimiter).filter((d) => d !== ''));
  const seen = new Set<string>();
  const files: CorpusFile[] = [];
  for (const dir of dirs) {
    const paths: string[] = [];
    walk(dir, paths);
    paths.sort();
    for (const p of paths) {
      const text = readFileSync(p, 'utf8');
      if (seen.has(text)) continue;
      seen.add(text);
      const rel = relative(ROOT, p);
      files.push({ path: rel.startsWith('..') ? p : rel, text });
    }
  }
  cached = files;
  return files;
}
