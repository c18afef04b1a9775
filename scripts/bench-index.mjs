#!/usr/bin/env node
// npm run bench:index — the workspace index in a real extension host (code-server), on a generated
// workspace of real Markdown files: those of .bench-corpus/corpus (npm run bench:corpus; else the
// Markdown documentation in this project's node_modules and code-server's), copied as often as needed
// to reach --files (default 5,000), plus the article. It runs the indexBench suite (test/integration/indexBench.test.ts) twice with
// the same user data folder: cold (no cache), then warm (a new window: the index is read back from the
// workspace's storage). Then it measures the index's memory per file and per occurrence in plain Node
// (scripts/index-memory.ts). A benchmark, not a test: it prints figures and asserts nothing about them.
//
//   npm run bench:index [-- --files 5000] [--keep]

import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyArticle } from './host/fixtureWorkspaces.mjs';
import { VSCODE_TEST_DIR } from './host/codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { files: { type: 'string', default: '5000' }, mb: { type: 'string', default: '0' }, keep: { type: 'boolean', default: false } } });
const want = Math.max(1, Number(values.files));
// --mb N: the workspace holds about N MB in its files (each file then joins real files one after another
// until it holds its share), for a workspace of long notes rather than short READMEs.
const perFile = (Math.max(0, Number(values.mb)) * 1048576) / want;

/** Markdown files under `dir` (following no links), at most 2 MB each (the extension's default limit). */
function markdownFiles(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, out);
    else if (e.isFile() && /\.(md|markdown)$/i.test(e.name) && statSync(p).size <= 2 * 1024 * 1024) out.push(p);
  }
  return out;
}

// The benchmark corpus (npm run bench:corpus) when it is built; else the docs in node_modules.
const corpus = path.join(root, '.bench-corpus', 'corpus');
const sources = existsSync(corpus) ? [corpus] : [path.join(root, 'node_modules'), path.join(VSCODE_TEST_DIR, 'code-server', 'node_modules')].filter(existsSync);
const real = [...new Set(sources.flatMap((s) => markdownFiles(s)))].sort();
if (real.length === 0) throw new Error('no Markdown files found in .bench-corpus/corpus or node_modules: run npm run bench:corpus');

const dir = mkdtempSync(path.join(os.tmpdir(), 'concept-lens-index-bench-'));
const ws = path.join(dir, 'workspace');
let files = 0;
let bytes = 0;
let next = 0;
for (let copy = 0; files < want; copy++) {
  for (const f of real) {
    if (files >= want) break;
    // Flattened names (no node_modules folder in the workspace: the index leaves those out).
    const rel = path.relative(sources.find((s) => f.startsWith(s + path.sep)) ?? path.parse(f).root, f).split(path.sep).join('__').replace(/node_modules/g, 'nm');
    const to = path.join(ws, `copy-${copy}`, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(f, to);
    let size = statSync(to).size;
    while (size < perFile) {
      // Whole lines of the next real file, up to this file's share.
      let more = readFileSync(real[next++ % real.length]);
      if (size + 2 + more.length > perFile) more = more.subarray(0, more.lastIndexOf(10, perFile - size - 2) + 1);
      if (more.length === 0) break;
      appendFileSync(to, Buffer.concat([Buffer.from('\n\n'), more]));
      size += more.length + 2;
    }
    files++;
    bytes += size;
  }
}
copyArticle(ws);
files++;
console.log(`workspace: ${files.toLocaleString()} Markdown files, ${(bytes / 1048576).toFixed(1)} MB (${real.length} distinct files from ${sources.map((s) => path.relative(root, s) || s).join(', ')}), in ${ws}`);

const userData = path.join(dir, 'user-data');
/** One port for both runs: the workspace's storage (where the index is saved) is keyed by the server's address. */
const port = await new Promise((resolve, reject) => {
  const server = net.createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const p = server.address().port;
    server.close(() => resolve(p));
  });
});

/** One run of the bench suite in a fresh code-server on the workspace; resolves with its figures. */
function run(label) {
  return new Promise((resolve, reject) => {
    const args = [
      path.join(root, 'scripts', 'host', 'run-integration.mjs'),
      '--extension', root,
      '--tests', path.join(root, 'out', 'integration', 'runner.js'),
      '--workspace', ws,
      '--user-data-dir', userData,
      '--timeout-ms', '900000',
      '--port', String(port),
    ];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, INTEGRATION_SUITES: 'indexBench', CONCEPT_LENS_INDEX_BENCH: label },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.includes('[index-bench-json]'));
      if (code !== 0 || !line) return reject(new Error(`the ${label} run failed (exit ${code})\n${out.slice(-3000)}`));
      resolve(JSON.parse(line.slice(line.indexOf('{'))));
    });
  });
}

function memory() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '-r', 'tsx/cjs', path.join(root, 'scripts', 'index-memory.ts'), ws], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.includes('[index-memory-json]'));
      if (code !== 0 || !line) return reject(new Error(`index-memory failed (exit ${code})\n${out}`));
      resolve(JSON.parse(line.slice(line.indexOf('{'))));
    });
  });
}

try {
  const cold = await run('cold');
  const warm = await run('warm');
  const mem = await memory();
  const ms = (x) => (x === null || x === undefined ? '-' : `${Math.round(x)} ms`);
  const row = (name, f) =>
    console.log(
      `${name.padEnd(6)} complete ${ms(f.build.ms).padStart(9)}  (listing ${ms(f.build.listMs)}, cache read ${ms(f.build.cacheMs)}; ${f.build.read} read, ${f.build.fromCache} from cache, ${f.files} files)  ` +
        `lag p50 ${ms(f.lagP50)} p95 ${ms(f.lagP95)} max ${ms(f.lagMax)}  hover (all providers) p50 ${ms(f.hoverP50)} max ${ms(f.hoverMax)}, ours p50 ${ms(f.oursP50)} max ${ms(f.oursMax)} (${f.hovers})  ` +
        `keystrokes ${f.keystrokes}  [3 s after it: lag p50 ${ms(f.lagAfterP50)} p95 ${ms(f.lagAfterP95)}, hover p50 ${ms(f.hoverAfterP50)}, keystrokes ${f.keystrokesAfter}]  ext host rss ${f.rssBeforeMB} → ${f.rssAfterMB} MB, heap ${f.heapBeforeMB} → ${f.heapAfterMB} MB  (load average ${f.loadAverage.toFixed(1)})`,
    );
  console.log('\nthe workspace index in code-server (one run each; "complete" counts from the index\'s start, just after activation):');
  row('cold', cold);
  row('warm', warm);
  console.log(
    `memory: ${mem.files} files, ${mem.occurrences} occurrences, ${(mem.bytes / 1048576).toFixed(2)} MB of heap; ${mem.perFile} B a file, ${mem.perOccurrence} B an occurrence ` +
      `(budget 2 KB a file + 200 B an occurrence = ${(mem.budget / 1048576).toFixed(2)} MB: ${mem.withinBudget ? 'within' : 'OVER'})`,
  );
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
