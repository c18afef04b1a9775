// Memory of the workspace index, per file and per occurrence: indexes every Markdown file under a folder
// with the built-in pack as the extension does (indexText, one IndexState) and measures the heap the
// entries hold (after a full GC). Per occurrence: 300 copies of the article are added, with their
// matches kept and dropped (a docs folder has too few occurrences to tell them from the heap's noise). Run with
//   node --expose-gc -r tsx/cjs scripts/index-memory.ts DIR
// It prints one [index-memory-json] line. scripts/bench-index.mjs runs it on the generated workspace.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadBuiltinCompiledPack } from '../src/core/pack/builtinCompiledPack';
import { indexText, matchCount, type IndexedFile } from '../src/services/index/fileIndex';
import { IndexState } from '../src/services/index/indexState';

const dir = process.argv[2];
const gc = (globalThis as { gc?: () => void }).gc;
if (!dir || !gc) {
  console.error('usage: node --expose-gc -r tsx/cjs scripts/index-memory.ts DIR');
  process.exit(2);
}

function markdownFiles(d: string, out: string[] = []): string[] {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) markdownFiles(p, out);
    else if (/\.(md|markdown)$/i.test(e.name)) out.push(p);
  }
  return out;
}

const cp = loadBuiltinCompiledPack();
const decoder = new TextDecoder();

function heap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

/** Dense text for the figure per occurrence: the article, which names a concept every few words. */
const article = readFileSync(join(__dirname, '..', 'test', 'fixtures', 'entropy-and-emergence.md'), 'utf8');
const DENSE_COPIES = 300;

/**
 * The heap an index of the folder's files holds, plus `dense` copies of the article (each its own URI);
 * with `strip`, the copies' matches and texts are dropped (what is left is the files' own cost).
 */
function build(dense: number, strip: boolean): { bytes: number; files: number; occurrences: number } {
  const paths = markdownFiles(dir!);
  const base = heap();
  const state = new IndexState(cp, 'h');
  let occurrences = 0;
  for (const p of paths) {
    const s = statSync(p);
    // The URI is built as VS Code gives it, and the text is dropped once scanned, as in the extension.
    const f: IndexedFile = indexText(pathToFileURL(p).toString(), s.size, s.mtimeMs, decoder.decode(readFileSync(p)), cp);
    occurrences += matchCount(f);
    state.set(f);
  }
  for (let k = 0; k < dense; k++) {
    // A copy of the text each time, as a file read would give.
    let f: IndexedFile = indexText(`file:///dense/copy-${k}.md`, article.length, 0, (' ' + article).slice(1), cp);
    occurrences += matchCount(f);
    if (strip) f = { ...f, matches: new Int32Array(0), texts: [] };
    state.set(f);
  }
  const bytes = heap() - base;
  // Keep the state alive until it is measured.
  if (state.files.size !== paths.length + dense) throw new Error('files lost');
  return { bytes, files: paths.length, occurrences };
}

// A first run warms what scanning builds once (caches of the pack, compiled code), so it is not counted.
build(1, true);
// The folder's files as they are (few occurrences: the figure per file), then with dense copies whose
// matches are kept or dropped (the figure per occurrence: the difference over their occurrences).
const whole = build(0, false);
const withDense = build(DENSE_COPIES, false);
const denseStripped = build(DENSE_COPIES, true);
const perOccurrence = (withDense.bytes - denseStripped.bytes) / Math.max(1, withDense.occurrences - whole.occurrences);
const perFile = (whole.bytes - perOccurrence * whole.occurrences) / whole.files;
const budget = 200 * whole.occurrences + 2048 * whole.files;
console.log(`[index-memory-json] ${JSON.stringify({ files: whole.files, occurrences: whole.occurrences, bytes: whole.bytes, perFile: Math.round(perFile), perOccurrence: Math.round(perOccurrence), denseOccurrences: withDense.occurrences - whole.occurrences, budget, withinBudget: whole.bytes <= budget })}`);
