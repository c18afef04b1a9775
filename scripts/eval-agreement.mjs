#!/usr/bin/env node
// How far two annotators agree on the sets that have a second annotation (eval/senses/agreement/set-X.jsonl),
// and how the tool scores against each of them (build first: npm run build).
//
//   node scripts/eval-agreement.mjs [--json]
//
// "B vs A" scores the second annotator's mentions as if they were predictions against the set's gold: its
// precision is the share of B's mentions that A has, its recall the share of A's that B has. Lenient matching,
// as in scripts/eval-senses.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'eval', 'senses', 'agreement');
const SCORER = join(ROOT, 'scripts', 'eval-senses.mjs');
const CLI = join(ROOT, 'bin', 'concept-lens.js');

function overall(args) {
  const out = execFileSync(process.execPath, [SCORER, '--json', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const { tp, fp, fn } = JSON.parse(out).lenient.overall;
  return { tp, fp, fn };
}

function ratios({ tp, fp, fn }) {
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

const sets = existsSync(DIR) ? readdirSync(DIR).filter((f) => /^set-[a-z0-9]+\.jsonl$/.test(f)).map((f) => f.slice(4, -6)).sort() : [];
if (sets.length === 0) {
  process.stderr.write('no second annotation in eval/senses/agreement/\n');
  process.exit(2);
}
// The tool's predictions are made once per set and scored against both annotators.
const columns = {
  'B vs A': (s, b) => ['--set', s, '--pred', b],
  'tool vs A': (s, b, tool) => ['--set', s, '--pred', tool],
  'tool vs B': (s, b, tool) => ['--set', s, '--gold', b, '--pred', tool],
};
const rows = [];
const pooled = Object.fromEntries(Object.keys(columns).map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
const scratch = mkdtempSync(join(tmpdir(), 'eval-agreement-'));
try {
  for (const s of sets) {
    const b = join(DIR, `set-${s}.jsonl`);
    const tool = join(scratch, `${s}.json`);
    writeFileSync(tool, execFileSync(process.execPath, [CLI, 'scan', join(ROOT, 'eval', 'senses', `set-${s}`, 'passages'), '--format', 'json'], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    }));
    const row = { set: s };
    for (const [name, args] of Object.entries(columns)) {
      const c = overall(args(s, b, tool));
      row[name] = { ...c, ...ratios(c) };
      for (const k of ['tp', 'fp', 'fn']) pooled[name][k] += c[k];
    }
    rows.push(row);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const all = { set: 'pooled', ...Object.fromEntries(Object.entries(pooled).map(([k, c]) => [k, { ...c, ...ratios(c) }])) };
if (process.argv.includes('--json')) {
  console.log(JSON.stringify([...rows, all], null, 1));
} else {
  const cell = (c) => `${c.precision.toFixed(3)} / ${c.recall.toFixed(3)}`;
  console.log(`set      ${Object.keys(columns).map((k) => k.padEnd(16)).join(' ')}   (precision / recall, lenient)`);
  for (const r of [...rows, all]) console.log(`${r.set.padEnd(8)} ${Object.keys(columns).map((k) => cell(r[k]).padEnd(16)).join(' ')}`);
}
