#!/usr/bin/env node
// `npm start`: builds and packages the extension, then opens the article with it in a real VS Code.
// The article (test/fixtures/entropy-and-emergence.md) is copied afresh into out/demo/ (ignored by
// git), which is the folder opened. With a desktop `code` on PATH, it installs the .vsix there and opens
// out/demo/. Otherwise it installs the .vsix into the local code-server (installing code-server first
// if needed) and prints the URL.

import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyArticle } from './host/fixtureWorkspaces.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = path.join(ROOT, 'out', 'demo');
const VSIX = path.join(ROOT, 'concept-lens.vsix');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });

run('npm', ['run', '--silent', 'package']);
const article = copyArticle(DEMO);

const code = spawnSync('code', ['--version'], { encoding: 'utf8' });
const isDesktop = code.status === 0 && !/code-server/i.test(code.stdout + code.stderr) && !process.env.CONCEPT_LENS_USE_CODE_SERVER;
if (isDesktop) {
  run('code', ['--install-extension', VSIX, '--force']);
  run('code', [DEMO, article]);
  console.log('Opened out/demo/ in VS Code with Concept Lens installed.');
  process.exit(0);
}

run('bash', [path.join(ROOT, 'scripts', 'host', 'install-code-server.sh')]);
const { startCodeServer, installVsix, VSCODE_TEST_DIR } = await import('./host/codeServer.mjs');
const extensionsDir = path.join(VSCODE_TEST_DIR, 'extensions-demo');
const userDataDir = path.join(VSCODE_TEST_DIR, 'user-data-demo');
await installVsix(VSIX, extensionsDir);
const server = await startCodeServer({
  port: Number(process.env.PORT ?? 8080),
  extensionsDir,
  userDataDir,
  settings: { 'workbench.startupEditor': 'none' },
});
const url = `${server.url.replace(/\/$/, '')}/?folder=${encodeURIComponent(DEMO)}`;
console.log(`\nConcept Lens is installed in code-server (VS Code 1.100). Open the article here:\n\n  ${url}\n\nThen open entropy-and-emergence.md and hover 涌现. Press Ctrl+C to stop.`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await new Promise(() => undefined);
