#!/usr/bin/env node
// Runs the integration suite (out/integration/runner.js, built by scripts/build-tests.mjs) in a real VS
// Code 1.100.3 extension host (code-server + Chromium, scripts/host/run-integration.mjs), once per
// fixture workspace: with the article (links go to it) and without it (links fall back to the concept
// guide). The workspaces are copied into a throwaway folder first (scripts/host/fixtureWorkspaces.mjs),
// which is removed afterwards. Exits non-zero if either run fails. Needs `node scripts/build.mjs` (dist/) first, and
// code-server installed by scripts/host/install-code-server.sh.
//
//   node scripts/test-host.mjs [--verbose] [--only article|no-article]
// Env: MOCHA_GREP, INTEGRATION_SUITES (e.g. hover,links), INTEGRATION_ORDER=reverse and HOST_TEST_TIMEOUT_MS
// (per workspace, default 300000: 150 s was not enough for the article workspace under a load average
// of 10-14 on 2 cores) reach the runs.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { treeChanges, treeState } from './host/cleanTree.mjs';
import { makeFixtureWorkspaces } from './host/fixtureWorkspaces.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, only: { type: 'string' } } });

const runner = path.join(root, 'out', 'integration', 'runner.js');
for (const [file, hint] of [
  [path.join(root, 'dist', 'extension.js'), 'node scripts/build.mjs'],
  [runner, 'node scripts/build-tests.mjs'],
]) {
  if (!existsSync(file)) {
    console.error(`[test-host] missing ${path.relative(root, file)}: run ${hint} first`);
    process.exit(2);
  }
}

const workspaces = ['article', 'no-article'].filter((w) => !opts.only || opts.only === w);
if (workspaces.length === 0) {
  console.error(`[test-host] --only must be article or no-article, not ${opts.only}`);
  process.exit(2);
}

const treeBefore = treeState();
const fixtures = makeFixtureWorkspaces();
process.on('exit', fixtures.remove);

let child;
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    stopping = true;
    // run-integration.mjs stops code-server and Chromium on these signals, then exits.
    if (child && child.exitCode === null) child.kill(sig);
    else process.exit(1);
  });
}

function runOne(kind) {
  const workspace = fixtures[kind];
  const args = [path.join(root, 'scripts', 'host', 'run-integration.mjs'), '--extension', root, '--tests', runner, '--workspace', workspace, '--timeout-ms', process.env.HOST_TEST_TIMEOUT_MS ?? '300000'];
  if (opts.verbose) args.push('--verbose');
  console.log(`\n[test-host] ===== workspace-${kind} =====`);
  return new Promise((resolve) => {
    child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (e) => {
      console.error(`[test-host] cannot start run-integration.mjs: ${e.message}`);
      resolve(1);
    });
  });
}

const t0 = Date.now();
const results = [];
for (const kind of workspaces) {
  const t = Date.now();
  const code = await runOne(kind);
  results.push({ kind, code, s: (Date.now() - t) / 1000 });
  if (stopping) break;
}
console.log('');
for (const r of results) console.log(`[test-host] workspace-${r.kind}: ${r.code === 0 ? 'passed' : `FAILED (exit code ${r.code})`} in ${r.s.toFixed(1)} s`);
console.log(`[test-host] total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const changed = treeChanges(treeBefore);
if (changed.length > 0) console.error(`[test-host] FAILED: the run changed the working tree (git status --porcelain):\n${changed.join('\n')}`);
process.exit(results.length === workspaces.length && results.every((r) => r.code === 0) && changed.length === 0 ? 0 : 1);
