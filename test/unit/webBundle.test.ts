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

/** Bundles `entry` as the build bundles the web entry (unminified): its code and the check's problems. */
async function bundleWithCode(entry: string, extra: Record<string, unknown> = {}): Promise<{ text: string; problems: string[] }> {
  const { WEB_BUNDLE, webBundleProblems } = (await import(path.join(ROOT, 'scripts', 'webBundle.mjs'))) as WebBundleModule;
  const result = await build({ ...WEB_BUNDLE, entryPoints: [path.join(ROOT, entry)], outfile: 'web/extension.js', write: false, logLevel: 'silent', ...extra });
  const js = result.outputFiles.find((f) => f.path.endsWith('extension.js'));
  assert.ok(js && result.metafile);
  return { text: js.text, problems: webBundleProblems(result.metafile, js.text) };
}

async function bundle(entry: string, extra: Record<string, unknown> = {}): Promise<string[]> {
  return (await bundleWithCode(entry, extra)).problems;
}

describe('web bundle', () => {
  it('the web entry bundles without Node: it imports only vscode', async () => {
    assert.deepEqual(await bundle('src/extension/webEntry.ts'), []);
  });

  it('the web bundle evaluates the authoring module and the inflections on first use, not on load', async () => {
    // esbuild wraps a module that is only required (not imported) in a lazy initialiser named after it.
    const { text } = await bundleWithCode('src/extension/webEntry.ts');
    assert.match(text, /\bvar init_authoringEntry = __esm\(/);
    assert.match(text, /\bvar init_inflectionsEntry = __esm\(/);
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
