#!/usr/bin/env node
// Benchmarks in the real extension host (code-server, article workspace), through scripts/test-host.mjs:
//
//   npm run bench:activation [-- --runs 7]   activation figures from several fresh extension hosts: runs
//                                            the activation suite N times (default 5) and prints the
//                                            median and range of every phase (wall-clock ms). One run
//                                            is noisy on a shared 2-core machine.
//   npm run bench:typing                     the typing figures: runs the typing suite once with
//                                            CONCEPT_LENS_TYPING_FIGURES=1 and prints its [figures]
//                                            lines (editor.edit round trip, the extension's work per
//                                            keystroke, event-loop lag, in a ~1 MB document).
//
// The npm scripts install code-server and build dist/ and out/integration/ first, as test:host does.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' } } });
const what = positionals[0] ?? 'activation';
if (!['activation', 'typing'].includes(what)) {
  console.error(`usage: node scripts/bench-host.mjs [activation|typing] [--runs N]`);
  process.exit(2);
}

/** Runs one integration suite in a fresh host (article workspace); resolves with its stdout. */
function runSuite(suite, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'test-host.mjs'), '--only', 'article'], {
      cwd: root,
      env: { ...process.env, INTEGRATION_SUITES: suite, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the ${suite} suite failed (exit ${code})\n${out.slice(-2000)}`));
      resolve(out);
    });
  });
}

if (what === 'typing') {
  const out = await runSuite('typing', { CONCEPT_LENS_TYPING_FIGURES: '1' });
  const figures = out.split('\n').filter((l) => l.includes('[figures]'));
  if (figures.length === 0) throw new Error(`the typing suite printed no figures (was it skipped?)\n${out.slice(-2000)}`);
  console.log('typing in a ~1 MB document in code-server (one run):');
  for (const l of figures) console.log(l.replace(/^\s*\[figures\] ?/, ''));
  process.exit(0);
}

const runs = Math.max(1, Number(values.runs));
const samples = [];
for (let i = 0; i < runs; i++) {
  const out = await runSuite('activation');
  const line = out.split('\n').find((l) => l.includes('[activation-json]'));
  if (!line) throw new Error(`the activation suite printed no [activation-json] line\n${out.slice(-2000)}`);
  const f = JSON.parse(line.slice(line.indexOf('{')));
  samples.push(f);
  console.log(`run ${i + 1}/${runs}: total ${f.total.toFixed(1)} ms`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs) => (xs.length ? `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})` : '-');
console.log(`\nactivation in code-server, ${runs} fresh extension hosts: median (min–max), ms`);
for (const phase of ['total', 'load', 'activate', 'pack', 'firstScan', 'services', 'registrations']) {
  console.log(`${phase.padEnd(16)}${fmt(samples.map((s) => s[phase]).filter((x) => typeof x === 'number'))}`);
}
