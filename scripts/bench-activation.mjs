#!/usr/bin/env node
// Activation figures from several fresh extension hosts: runs the activation suite (article workspace)
// N times in code-server and prints the median and range of every phase (wall-clock ms). One run
// is noisy on a shared 2-core machine; the median of several is the figure to report.
//
//   npm run bench:activation [-- --runs 7]
// Needs what `npm run test:host` needs (dist/, out/integration, code-server installed).

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));

function once() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'test-host.mjs'), '--only', 'article'], {
      cwd: root,
      env: { ...process.env, INTEGRATION_SUITES: 'activation' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.includes('[activation-json]'));
      if (code !== 0 || !line) return reject(new Error(`the activation suite failed (exit ${code})\n${out.slice(-2000)}`));
      resolve(JSON.parse(line.slice(line.indexOf('{'))));
    });
  });
}

const samples = [];
for (let i = 0; i < runs; i++) {
  const f = await once();
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
