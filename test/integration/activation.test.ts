// Activation: the extension activates on a Markdown document, reports its figures, and keeps
// compromise (dist/inflections.js) out of the host until a user pack needs it.
// This suite runs first: nothing before it may configure conceptLens.packs.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { describeFigures } from '../../src/extension/activationClock';
import { activateExtension, closeAllEditors, EXTENSION_ID, openMarkdown, workspaceKind } from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('activates on a Markdown document and returns its activation figures', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    // The article where the workspace has it: its first scan is the one the activation goal counts.
    const editor = await openMarkdown(workspaceKind() === 'article' ? 'entropy-and-emergence.md' : 'notes.md');
    const api = await activateExtension();
    assert.ok(ext.isActive, 'the extension is active');
    const figures = api.activation;
    console.log(`      [figures] workspace ${workspaceKind()}: ${describeFigures(figures)}`);
    // For scripts/bench-host.mjs (npm run bench:activation), which runs this suite several times and reports the medians.
    console.log(`      [activation-json] ${JSON.stringify(figures)}`);
    for (const [name, ms] of Object.entries(figures)) {
      if (ms === undefined) continue;
      assert.ok(Number.isFinite(ms) && ms >= 0, `${name} is a duration (${ms})`);
    }
    assert.ok(figures.load !== undefined, 'the bundle marks the start of its evaluation');
    assert.ok(figures.firstScan !== undefined, 'activation scanned the document that activated it');
    assert.ok(figures.total >= figures.activate, 'the total counts the bundle load and activate()');
    // The API's scans serve the document that activated the extension.
    const scan = api.scans.get(editor.document);
    assert.ok(scan && scan.matches.length > 0, 'the document has concept occurrences');
  });

  it('did not load compromise (dist/inflections.js) without user packs', () => {
    assert.deepEqual(vscode.workspace.getConfiguration('conceptLens').get('packs'), [], 'no user packs are configured');
    const loaded = Object.keys(require.cache);
    // The check looks at the right module cache: the one the extension bundle itself was loaded into.
    assert.ok(
      loaded.some((k) => /[\\/]dist[\\/]extension\.js$/.test(k)),
      `dist/extension.js is in require.cache (${loaded.length} modules)`,
    );
    assert.deepEqual(
      loaded.filter((k) => /inflections\.js$/.test(k) || /[\\/]compromise[\\/]/.test(k)),
      [],
      'neither dist/inflections.js nor compromise is loaded',
    );
  });
});
