// The integration suite's entry point, loaded by the extension host (extensionTestsPath): code-server
// through scripts/host/run-integration.mjs, or a desktop VS Code through @vscode/test-electron. Both
// call run() and treat a rejection as a failed run.
//
// Each suite sets up what it needs in before() (its documents open, the conceptLens settings at their
// defaults) and restores the workbench in after(), so that the suites can run in any order:
// INTEGRATION_ORDER=reverse runs them backwards to check that. One exception: activation always runs
// first, because the extension activates once per host and that suite checks the activation itself
// (and that nothing loaded compromise before any user pack was configured).

import * as path from 'node:path';
import { existsSync } from 'node:fs';
import Mocha from 'mocha';

export const SUITES = ['activation', 'hover', 'links', 'navigation', 'commands', 'edits', 'sidebar', 'graph', 'virtual', 'settings', 'authoring', 'chooseReading', 'lint', 'preview', 'export', 'typing', 'index'];

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: true,
    timeout: 30_000,
    slow: 2_000,
    ...(process.env.MOCHA_GREP ? { grep: process.env.MOCHA_GREP } : {}),
  });
  // INTEGRATION_SUITES=hover,links runs a subset (while working on one feature).
  let names = process.env.INTEGRATION_SUITES ? process.env.INTEGRATION_SUITES.split(',').map((s) => s.trim()) : [...SUITES];
  if (process.env.INTEGRATION_ORDER === 'reverse') names.reverse();
  if (names.includes('activation')) names = ['activation', ...names.filter((n) => n !== 'activation')];
  for (const name of names) {
    const file = path.join(__dirname, `${name}.test.js`);
    if (!existsSync(file)) return Promise.reject(new Error(`missing ${file}: run node scripts/build-tests.mjs`));
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
