// `npm run bench`: throughput and latency of the core, with baselines measured in the same run
// (these machines are noisy, so the ratios are what to compare across runs).
//
// Corpus: every Markdown file shipped in node_modules (real READMEs, changelogs and docs, code-heavy
// English) plus the article's paragraphs (Chinese with English terms), repeated to at least 5 MB; and,
// for the whole CLI against ripgrep, the real multi-file corpus of `npm run bench:corpus` if it is built.

import { readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { loadBuiltinPack, BUILTIN_INFLECTIONS } from '../src/core/pack/builtinPack';
import { loadBuiltinCompiledPack } from '../src/core/pack/builtinCompiledPack';
import { validatePack } from '../src/core/pack/loadPack';
import { compilePack, type CompiledPack } from '../src/core/scan/compiledPack';
import { scanDocument } from '../src/core/scan/documentScan';
import { scanRange, type Match } from '../src/core/scan/scanner';
import { IncrementalScan } from '../src/core/scan/incrementalScan';
import { parseMarkdown } from '../src/core/markdown/markdownStructure';
import { ADVERSARIAL_FAMILIES } from '../test/support/adversarialFamilies';
import { scanOnce } from '../test/support/scanAsOnOpen';
import { lintBench } from './lintBench';

const ROOT = join(__dirname, '..');
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function markdownFiles(dir: string, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) markdownFiles(p, out);
    else if (/\.(md|markdown)$/i.test(n) && st.size < 2 * MB) out.push(p);
  }
  return out;
}

function buildCorpus(): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of markdownFiles(join(ROOT, 'node_modules')).sort()) {
    const t = readFileSync(f, 'utf8');
    if (!seen.has(t)) {
      seen.add(t);
      parts.push(t);
    }
  }
  const article = readFileSync(join(ROOT, 'test', 'fixtures', 'entropy-and-emergence.md'), 'utf8');
  const paragraphs = article.split(/\n\s*\n/).slice(1);
  const english = parts.join('\n\n');
  let chinese = '';
  for (let i = 0; chinese.length < english.length * 0.4; i++) chinese += paragraphs[(i * 7) % paragraphs.length] + '\n\n';
  let corpus = english + '\n\n' + chinese;
  while (Buffer.byteLength(corpus) < 5 * MB) corpus += '\n\n' + corpus.slice(0, 1 * MB);
  return corpus;
}

/** A pack of `n` synthetic terms: English words and phrases from the corpus, Chinese n-grams. */
function generatedSpec(n: number, corpus: string): unknown {
  const words = [...new Set(corpus.match(/\b[a-z]{5,12}\b/g) ?? [])].slice(0, 3000);
  const han = [...new Set(corpus.match(/[\u4e00-\u9fff]{2,4}/g) ?? [])];
  const concepts = [];
  const used = new Set<string>();
  let rnd = 12345;
  const next = (m: number): number => {
    rnd = (Math.imul(rnd, 1103515245) + 12345) & 0x7fffffff;
    return rnd % m;
  };
  for (let i = 0; concepts.length < n && i < n * 20; i++) {
    const en = next(3) === 0 ? `${words[next(words.length)]} ${words[next(words.length)]}` : words[next(words.length)]!;
    const zh = han.length > 0 ? han[next(han.length)]! : undefined;
    if (!en || used.has(en) || (zh && used.has(zh))) continue;
    used.add(en);
    if (zh) used.add(zh);
    concepts.push({ id: `term-${concepts.length}`, name: zh ? { en, zh } : { en }, explanation: { en: 'x' } });
  }
  return { id: 'generated', article: { title: { en: 'Generated' }, sections: [] }, concepts };
}

function compileSpec(spec: unknown): CompiledPack {
  return compilePack(validatePack(spec).pack!);
}

function time(fn: () => void, minMs = 400, minRuns = 3): number {
  fn(); // warm-up
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < minRuns || performance.now() - t0 < minMs) {
    const s = performance.now();
    fn();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function naiveScan(text: string, surfaces: readonly string[]): number {
  const lower = text.toLowerCase();
  let hits = 0;
  for (const s of surfaces) for (let i = lower.indexOf(s); i >= 0; i = lower.indexOf(s, i + s.length)) hits++;
  return hits;
}

function ripgrep(file: string, patternsFile: string): number | undefined {
  const probe = spawnSync('rg', ['--version']);
  if (probe.error || probe.status !== 0) return undefined;
  return time(() => {
    const r = spawnSync('rg', ['-j1', '-F', '-i', '-b', '-o', '-f', patternsFile, file], { maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(String(r.stderr));
  }, 1500, 3);
}

const fmt = (x: number, d = 1): string => x.toFixed(d);
const row = (cells: (string | number)[]): string => cells.map((c, i) => String(c).padEnd(i === 0 ? 44 : 12)).join('');

function main(): void {
  const corpus = buildCorpus();
  const bytes = Buffer.byteLength(corpus);
  const dir = mkdtempSync(join(tmpdir(), 'concept-lens-bench-'));
  const corpusFile = join(dir, 'corpus.md');
  writeFileSync(corpusFile, corpus);
  console.log(`corpus: ${fmt(bytes / MB, 2)} MB (${corpus.length} UTF-16 units), ${corpus.split('\n').length} lines\n`);

  // Compile times, then the memory a compiled pack keeps.
  let builtin!: CompiledPack;
  const compileBuiltin = time(() => {
    builtin = compilePack(loadBuiltinPack(), BUILTIN_INFLECTIONS);
  });
  // What activation does instead: restore the pack as the build compiled it (src/packs/*.compiled.json).
  const restoreBuiltin = time(() => void loadBuiltinCompiledPack());
  const bigSpec = generatedSpec(2000, corpus);
  let big!: CompiledPack;
  const compileBig = time(() => {
    big = compileSpec(bigSpec);
  });
  const retained = (make: () => CompiledPack): number => {
    gc();
    const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const kept = make();
    gc();
    const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    return kept.automaton.stateCount > 0 ? after - before : 0;
  };
  const heapBuiltin = retained(() => compilePack(loadBuiltinPack(), BUILTIN_INFLECTIONS));
  const heapBig = retained(() => compileSpec(bigSpec));
  console.log('pack compile');
  console.log(row(['pack', 'surfaces', 'states', 'compile ms', 'heap MB']));
  console.log(row(['built-in', builtin.surfaces.length, builtin.automaton.stateCount, fmt(compileBuiltin, 2), fmt(heapBuiltin / MB, 2)]));
  console.log(`built-in, restored as the build compiled it: ${fmt(restoreBuiltin, 2)} ms (${fmt(compileBuiltin / restoreBuiltin, 1)}× faster than compiling)`);
  console.log(row(['generated, 2,000 terms', big.surfaces.length, big.automaton.stateCount, fmt(compileBig, 1), fmt(heapBig / MB, 2)]));
  const t0 = performance.now();
  void import('../src/core/inflect/compromiseInflections').then(() => undefined);
  console.log(`(compromise is not loaded by compiling: inflections come precomputed; ${fmt(performance.now() - t0, 2)} ms)\n`);

  // Throughput.
  console.log('throughput on the corpus, MB/s (higher is better), ratio to ripgrep in the same run');
  console.log(row(['scan', 'built-in', 'ratio', '2,000 terms', 'ratio']));
  const results: Record<string, [number, number]> = {};
  const measure = (label: string, fn: (cp: CompiledPack) => void, cps: [CompiledPack, CompiledPack] = [builtin, big]): void => {
    results[label] = [bytes / MB / (time(() => fn(cps[0])) / 1000), bytes / MB / (time(() => fn(cps[1])) / 1000)];
  };
  measure('Markdown structure only', () => {
    void parseMarkdown(corpus).excluded;
  });
  measure('automaton only (no Markdown)', (cp) => {
    const out: Match[] = [];
    scanRange(corpus, 0, corpus.length, [], cp, out);
  });
  measure('full scan (Markdown-aware)', (cp) => {
    scanDocument(corpus, cp);
  });
  // The same scan with no name read in context: what senses by context cost on this corpus.
  const withoutSenses = (cp: CompiledPack): CompiledPack => ({ ...cp, senseRules: { ...cp.senseRules, ambiguities: [] } });
  measure(
    'full scan, senses off',
    (cp) => {
      scanDocument(corpus, cp);
    },
    [withoutSenses(builtin), withoutSenses(big)],
  );
  const naiveText = corpus.slice(0, 1 * MB);
  const naiveBytes = Buffer.byteLength(naiveText);
  const naive = (cp: CompiledPack): number => naiveBytes / MB / (time(() => naiveScan(naiveText, cp.surfaces.map((s) => s.text)), 400, 2) / 1000);
  results['naive indexOf per alias (first 1 MB)'] = [naive(builtin), naive(big)];
  const rgFiles = [builtin, big].map((cp, i) => {
    const f = join(dir, `patterns-${i}.txt`);
    writeFileSync(f, cp.surfaces.map((s) => s.text).join('\n') + '\n');
    return f;
  });
  const rg = rgFiles.map((f) => ripgrep(corpusFile, f));
  if (rg[0] !== undefined && rg[1] !== undefined) results['ripgrep -j1 -F -i -b -o'] = [bytes / MB / (rg[0] / 1000), bytes / MB / (rg[1] / 1000)];
  const rgRate = results['ripgrep -j1 -F -i -b -o'];
  for (const [label, [a, b]] of Object.entries(results))
    console.log(row([label, fmt(a), rgRate ? fmt(a / rgRate[0], 2) + '×' : '-', fmt(b), rgRate ? fmt(b / rgRate[1], 2) + '×' : '-']));
  if (!rgRate) console.log('(ripgrep not installed: no ratio)');

  // One keystroke in a 100 KB and in a 1 MB document: the incremental rescan, then what the typing path
  // reads (the snapshot and the match at the cursor, as highlights do); the flat list of every match is
  // made only by the views, after a pause.
  for (const size of [100_000, 1_000_000]) {
    const doc = corpus.slice(corpus.length - size * 0.6) + corpus.slice(0, size * 0.4);
    const inc = new IncrementalScan(doc, builtin);
    const positions: number[] = [];
    let seed = 99;
    for (let i = 0; i < 600; i++) {
      seed = (Math.imul(seed, 48271) + 11) & 0x7fffffff;
      positions.push(seed % doc.length);
    }
    const keystroke: number[] = [];
    for (const [i, p] of positions.entries()) {
      const s = performance.now();
      inc.applyEdit({ start: p, deleteCount: 0, text: i % 2 ? '熵' : 'e' });
      void inc.snapshot().at(p);
      keystroke.push(performance.now() - s);
    }
    const fullDoc = time(() => scanDocument(inc.text, builtin));
    keystroke.sort((a, b) => a - b);
    const q = (f: number): number => keystroke[Math.floor(keystroke.length * f)]!;
    console.log(`\none keystroke in a ${fmt(doc.length / 1000, 0)} KB document (incremental rescan + snapshot + match at the cursor), built-in pack, ${keystroke.length} edits`);
    console.log(`median ${fmt(q(0.5) * 1000, 0)} µs, p90 ${fmt(q(0.9) * 1000, 0)} µs, max ${fmt(q(0.999) * 1000, 0)} µs; a full rescan of it takes ${fmt(fullDoc * 1000, 0)} µs (${fmt(fullDoc / q(0.5), 0)}× the median keystroke)`);
  }

  cliVsRipgrep(corpusFile, bytes, rgFiles[0]!);

  lintBench(corpus, builtin, time, fmt);
  adversarial(builtin, bytes / MB / (time(() => scanOnce(corpus, builtin, loadBuiltinPack())) / 1000));
}

/** One run of a child process, in ms; its output is read through a pipe, as rg's is. */
function processTime(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const p = spawnSync(cmd, args, { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  if (p.error || (p.status !== 0 && p.status !== 1)) throw new Error(`${cmd} ${args.join(' ')}: ${p.error ?? p.stderr}`);
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The whole CLI (process start, pack, walk, reads, scan, JSON out) against ripgrep given the same
 * surfaces, timed alternately in the same run: on the corpus above (one file) and on the real
 * multi-file corpus that `npm run bench:corpus` builds, if it is there.
 */
function cliVsRipgrep(corpusFile: string, corpusBytes: number, patterns: string): void {
  const cli = join(ROOT, 'dist', 'cli.js');
  const hasRg = !spawnSync('rg', ['--version']).error;
  const manifestFile = join(ROOT, '.bench-corpus', 'corpus.json');
  const corpora: { label: string; path: string; bytes: number; files: number }[] = [{ label: 'the corpus above (1 file)', path: corpusFile, bytes: corpusBytes, files: 1 }];
  let manifest: { files: number; bytes: number; sourceFiles: number; copies: number } | undefined;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as typeof manifest;
  } catch {
    manifest = undefined;
  }
  if (manifest) corpora.push({ label: `real Markdown (${manifest.files} files)`, path: join(ROOT, '.bench-corpus', 'corpus'), bytes: manifest.bytes, files: manifest.files });
  console.log('\nthe whole CLI process vs ripgrep, same surfaces, same run: median of 3 runs each, MB/s');
  console.log(row(['corpus', 'MB', 'CLI -j1', 'rg -j1', 'ratio', `CLI -j${availableParallelism()}`, 'ratio']));
  for (const c of corpora) {
    const scanArgs = ['scan', c.path, '--format', 'json'];
    // Taken in turns, so that a busy moment of the machine falls on all three.
    const runs: { one: number[]; all: number[]; rg: number[] } = { one: [], all: [], rg: [] };
    for (let r = 0; r < 3; r++) {
      runs.one.push(processTime(process.execPath, [cli, ...scanArgs, '--jobs', '1']));
      runs.all.push(processTime(process.execPath, [cli, ...scanArgs]));
      if (hasRg) runs.rg.push(processTime('rg', ['-j1', '-F', '-i', '-b', '-o', '-f', patterns, c.path]));
    }
    const t1 = median(runs.one);
    const tn = median(runs.all);
    const trg = hasRg ? median(runs.rg) : undefined;
    const rate = (ms: number): number => c.bytes / MB / (ms / 1000);
    const ratio = (ms: number): string => (trg === undefined ? '-' : fmt(trg / ms, 2) + '×');
    console.log(row([c.label, fmt(c.bytes / MB), fmt(rate(t1)), trg === undefined ? '-' : fmt(rate(trg)), ratio(t1), fmt(rate(tn)), ratio(tn)]));
  }
  if (!manifest) console.log('(the real multi-file corpus is not built: `npm run bench:corpus` builds it in .bench-corpus/, about 40 MB to download)');
  if (!hasRg) console.log('(ripgrep not installed: no ratio)');
}

/**
 * Every adversarial family at 1 M units, scanned once as the CLI scans a file (the extension scans a
 * document it opens the same way, then once more incrementally); the worst families first, with the
 * same scan of the real corpus as the baseline.
 */
function adversarial(cp: CompiledPack, corpusRate: number): void {
  const pack = loadBuiltinPack();
  const rates = ADVERSARIAL_FAMILIES.map((f) => {
    const text = f.make(MB);
    const ms = time(() => scanOnce(text, cp, pack), 200, 2);
    return { name: f.name, rate: Buffer.byteLength(text) / MB / (ms / 1000) };
  }).sort((a, b) => a.rate - b.rate);
  console.log(`\nadversarial input: ${rates.length} families at 1 M units, one full scan each (blocks, inline, matches, headings, title, article test), MB/s`);
  console.log(`real corpus, the same scan: ${fmt(corpusRate)} MB/s`);
  for (const r of rates.slice(0, 8)) console.log(row([r.name, fmt(r.rate), fmt(r.rate / corpusRate, 2) + '× the corpus']));
  console.log(`worst family: ${rates[0]!.name}, ${fmt(rates[0]!.rate)} MB/s (${fmt(rates[0]!.rate / corpusRate, 2)}× the corpus)`);
}

main();
