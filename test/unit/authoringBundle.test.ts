// dist/authoring.js holds what the authoring commands and the lint need that is heavy to load. The lint
// loads it on the first lint of a session, on the extension host's thread, and never needs compromise
// (the draft's English tagger, about 0.3 s to evaluate): compromise must be evaluated on the first
// draft, not when the bundle loads.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../support/paths';

async function authoringBundle(): Promise<string> {
  const { NODE_BUNDLE } = (await import(path.join(ROOT, 'scripts', 'esbuildNode.mjs'))) as { NODE_BUNDLE: Record<string, unknown> };
  const result = await build({ ...NODE_BUNDLE, entryPoints: [path.join(ROOT, 'src/extension/authoringEntry.ts')], outfile: 'authoring.js', write: false, logLevel: 'silent' });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  assert.ok(js);
  return js.text;
}

describe('authoring bundle', () => {
  it('evaluates compromise on the first draft, not when the lint loads the bundle', async () => {
    // esbuild wraps a module that is only required (not imported) in a lazy initialiser named after it.
    assert.match(await authoringBundle(), /\bvar init_draftTagger = __esm\(/);
  });
});
