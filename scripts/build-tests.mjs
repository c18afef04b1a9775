// Bundles the integration tests (test/integration/*.ts) into out/integration/: one CommonJS file per
// suite plus runner.js, the extensionTestsPath for the extension host. `vscode` is the host's API and
// mocha 11 is required from node_modules at run time, so both stay external.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './esbuildNode.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'test', 'integration');
const outdir = path.join(root, 'out', 'integration');

const entryPoints = readdirSync(src)
  .filter((f) => f === 'runner.ts' || f.endsWith('.test.ts'))
  .map((f) => path.join(src, f));

const t0 = Date.now();
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints,
  outdir,
  ...NODE_BUNDLE,
  external: ['vscode', 'mocha'],
});
console.log(`built out/integration/ (${entryPoints.length} files) in ${Date.now() - t0} ms`);
