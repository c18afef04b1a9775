// Activation: the extension activates on a Markdown document, reports its figures, and keeps
// compromise (dist/inflections.js) out of the host until a user pack needs it.
// This suite runs first: nothing before it may configure conceptLens.packs.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, EXTENSION_ID, openMarkdown, workspaceKind } from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('activates on a Markdown document and returns its activation figures', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const editor = await openMarkdown('notes.md');
    const api = await activateExtension();
    assert.ok(ext.isActive, 'the extension is active');
    const { loadMs, activateMs, packMs, firstScanMs } = api.activation;
    const fmt = (x: number | undefined): string => (x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);
    console.log(`      [figures] workspace ${workspaceKind()}: bundle load ${fmt(loadMs)}, activate() ${fmt(activateMs)} (of which the pack ${fmt(packMs)}, the first scan ${fmt(firstScanMs)})`);
    assert.equal(typeof activateMs, 'number');
    assert.ok(Number.isFinite(activateMs) && activateMs >= 0, `activateMs is a duration (${activateMs})`);
    assert.ok(loadMs === undefined || (Number.isFinite(loadMs) && loadMs >= 0), `loadMs is a duration or undefined (${loadMs})`);
    // The API's scans serve the document that activated the extension.
    const scan = api.scans.get(editor.document);
    assert.ok(scan && scan.matches.length > 0, 'notes.md has concept occurrences');
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
