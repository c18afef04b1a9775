// Memory of the workspace index, per file and per occurrence: indexes every Markdown file under a folder
// with the built-in pack as the extension does (indexText, one IndexState), then measures the heap the
// entries hold (after a full GC) twice: whole, and with the matches and their texts dropped. Run with
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

function build(strip: boolean): { bytes: number; files: number; occurrences: number } {
  const paths = markdownFiles(dir!);
  const base = heap();
  const state = new IndexState(cp, 'h');
  let occurrences = 0;
  for (const p of paths) {
    const s = statSync(p);
    // The URI is built as VS Code gives it, and the text is dropped once scanned, as in the extension.
    let f: IndexedFile = indexText(pathToFileURL(p).toString(), s.size, s.mtimeMs, decoder.decode(readFileSync(p)), cp);
    occurrences += matchCount(f);
    if (strip) f = { ...f, matches: new Int32Array(0), texts: [] };
    state.set(f);
  }
  const bytes = heap() - base;
  // Keep the state alive until it is measured.
  if (state.files.size !== paths.length) throw new Error('files lost');
  return { bytes, files: paths.length, occurrences };
}

// A first run warms what scanning builds once (caches of the pack, compiled code), so it is not counted.
build(true);
const whole = build(false);
const filesOnly = build(true);
const perFile = filesOnly.bytes / whole.files;
const perOccurrence = (whole.bytes - filesOnly.bytes) / Math.max(1, whole.occurrences);
const budget = 200 * whole.occurrences + 2048 * whole.files;
console.log(`[index-memory-json] ${JSON.stringify({ files: whole.files, occurrences: whole.occurrences, bytes: whole.bytes, perFile: Math.round(perFile), perOccurrence: Math.round(perOccurrence), budget, withinBudget: whole.bytes <= budget })}`);
