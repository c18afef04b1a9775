#!/usr/bin/env node
// Runs the integration suite (out/integration/runner.js) in a desktop VS Code that @vscode/test-electron
// downloads into .vscode-test/: the same suite that scripts/test-host.mjs runs in code-server, once per
// fixture workspace (with and without the article). Needs internet and a display (on a Linux server:
// xvfb-run -a npm run test:electron). Build first: node scripts/build.mjs && node scripts/build-tests.mjs.
//
//   node scripts/test-electron.mjs [--only article|no-article]
// Env: VSCODE_TEST_VERSION (default 1.100.3, the VS Code inside code-server 4.100.3; "stable" for the
// newest), MOCHA_GREP and INTEGRATION_SUITES reach the runner.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { QUIET_SETTINGS } from './host/codeServer.mjs';
import { makeFixtureWorkspaces } from './host/fixtureWorkspaces.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { only: { type: 'string' } } });

let runTests;
try {
  ({ runTests } = await import('@vscode/test-electron'));
} catch {
  console.error('[test-electron] @vscode/test-electron is not installed: npm install --save-dev @vscode/test-electron');
  process.exit(2);
}

const runner = path.join(root, 'out', 'integration', 'runner.js');
for (const [file, hint] of [
  [path.join(root, 'dist', 'extension.js'), 'node scripts/build.mjs'],
  [runner, 'node scripts/build-tests.mjs'],
]) {
  if (!existsSync(file)) {
    console.error(`[test-electron] missing ${path.relative(root, file)}: run ${hint} first`);
    process.exit(2);
  }
}

const workspaces = ['article', 'no-article'].filter((w) => !opts.only || opts.only === w);
if (workspaces.length === 0) {
  console.error(`[test-electron] --only must be article or no-article, not ${opts.only}`);
  process.exit(2);
}

// A fresh profile per run, with the same quiet settings as the code-server runs.

const fixtures = makeFixtureWorkspaces();
process.on('exit', fixtures.remove);
const results = [];
for (const kind of workspaces) {
  const workspace = fixtures[kind];
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'concept-lens-electron-'));
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  console.log(`\n[test-electron] ===== workspace-${kind} =====`);
  const t0 = Date.now();
  let code;
  try {
    code = await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: runner,
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the built-in ones (Markdown) stay
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userDataDir}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|certificate|getaddrinfo|Failed to get JSON|status code 40|status code 50/i.test(message)) {
      // No download, so no point in trying the other workspace.
      console.error(`[test-electron] cannot download VS Code ${process.env.VSCODE_TEST_VERSION ?? '1.100.3'} (${message}).`);
      console.error('[test-electron] test:electron needs internet access to update.code.visualstudio.com (and a display: xvfb-run -a).');
      console.error('[test-electron] Without them, npm run test:host runs the same suite in code-server.');
      rmSync(userDataDir, { recursive: true, force: true });
      process.exit(1);
    }
    console.error(`[test-electron] ${message}`);
    code = typeof e?.code === 'number' ? e.code : 1;
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
  results.push({ kind, code, s: (Date.now() - t0) / 1000 });
}

console.log('');
for (const r of results) console.log(`[test-electron] workspace-${r.kind}: ${r.code === 0 ? 'passed' : `FAILED (exit code ${r.code})`} in ${r.s.toFixed(1)} s`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
