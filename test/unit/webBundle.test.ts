// The web bundle (dist/web/extension.js) runs in the browser's web worker extension host, which has no
// Node: the build's check (scripts/webBundle.mjs) must find no Node built-in or foreign require in the
// real bundle, and must find them in modules that use Node.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { ROOT } from '../support/paths';

type WebBundleModule = {
  WEB_BUNDLE: Record<string, unknown>;
  webBundleProblems(metafile: Metafile, text: string): string[];
};

async function bundle(entry: string, extra: Record<string, unknown> = {}): Promise<string[]> {
  const { WEB_BUNDLE, webBundleProblems } = (await import(path.join(ROOT, 'scripts', 'webBundle.mjs'))) as WebBundleModule;
  const result = await build({ ...WEB_BUNDLE, entryPoints: [path.join(ROOT, entry)], outfile: 'web/extension.js', write: false, logLevel: 'silent', ...extra });
  const js = result.outputFiles.find((f) => f.path.endsWith('extension.js'));
  assert.ok(js && result.metafile);
  return webBundleProblems(result.metafile, js.text);
}

describe('web bundle', () => {
  it('the web entry bundles without Node: it imports only vscode', async () => {
    assert.deepEqual(await bundle('src/extension/webEntry.ts'), []);
  });

  it('the desktop entry does not pass the web check (it requires its bundles and starts worker threads)', async () => {
    const problems = await bundle('src/extension/nodeEntry.ts', { external: ['vscode', 'node:worker_threads'] });
    assert.ok(problems.some((p) => p.includes('node:worker_threads (a Node built-in)')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('the bundle calls require(') && !p.includes('"vscode"')), problems.join('\n'));
  });

  it('a Node built-in left out of the bundle is reported', async () => {
    const problems = await bundle('test/fixtures/web/usesNode.ts', { external: ['vscode', 'node:fs'] });
    assert.deepEqual(problems.filter((p) => p.includes('imports')), ['web/extension.js imports node:fs (a Node built-in)']);
    assert.ok(problems.includes('the bundle names the Node built-in node:fs'), problems.join('\n'));
  });

  it('a require of a computed file name is reported', async () => {
    const problems = await bundle('test/fixtures/web/requiresPath.ts');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^the bundle calls require\(`\$\{\w+\}\/authoring\.js`\)$/);
  });
});
