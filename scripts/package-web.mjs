#!/usr/bin/env node
// Packages the web-only variant of the extension: a .vsix whose package.json has "browser" and no
// "main", holding the files the release .vsix holds minus the Node bundles. VS Code (and code-server)
// can then run it only in the browser's web worker extension host: `npm run test:web` checks it there.
//
//   node scripts/package-web.mjs [OUT]   (default out/concept-lens-web.vsix; run `npm run build` first)
//
// The package is staged in out/web-package/ (rebuilt each time) and packed there by vsce.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(ROOT, process.argv[2] ?? path.join('out', 'concept-lens-web.vsix'));
const STAGE = path.join(ROOT, 'out', 'web-package');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const VSCE_FLAGS = ['--no-dependencies'];

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
if (!pkg.browser) throw new Error('package.json has no "browser" entry');
/** The Node bundles: "main" and what it loads; the web bundle holds what they do. */
const nodeOnly = new Set([path.posix.normalize(pkg.main), 'dist/inflections.js', 'dist/authoring.js', 'dist/draftWorker.js']);

// What the release .vsix holds (.vscodeignore), as vsce lists it.
const files = execFileSync(process.execPath, [VSCE, 'ls', ...VSCE_FLAGS], { cwd: ROOT, encoding: 'utf8' })
  .split('\n').map((l) => l.trim()).filter(Boolean);
if (!files.includes(path.posix.normalize(pkg.browser))) throw new Error(`${pkg.browser} is not packaged: build first (npm run build)`);

rmSync(STAGE, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
let staged = 0;
for (const file of files) {
  if (nodeOnly.has(file) || file === 'package.json') continue;
  mkdirSync(path.dirname(path.join(STAGE, file)), { recursive: true });
  cpSync(path.join(ROOT, file), path.join(STAGE, file));
  staged++;
}
const web = { ...pkg };
delete web.main;
delete web.scripts; // nothing to run in the staged copy (vsce would run vscode:prepublish)
writeFileSync(path.join(STAGE, 'package.json'), `${JSON.stringify(web, null, 2)}\n`);
// Everything staged is packaged (vsce warns when a package has no .vscodeignore).
writeFileSync(path.join(STAGE, '.vscodeignore'), '# Staged by scripts/package-web.mjs: everything here goes into the .vsix.\n');

mkdirSync(path.dirname(OUT), { recursive: true });
execFileSync(process.execPath, [VSCE, 'package', ...VSCE_FLAGS, '--no-rewrite-relative-links', '--allow-missing-repository', '--out', OUT], { cwd: STAGE, stdio: 'inherit' });
console.log(`web-only package (${staged} files and package.json without "main"): ${path.relative(ROOT, OUT)}`);
