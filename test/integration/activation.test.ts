// Activation: the extension activates on a Markdown document, reports its figures, and keeps
// compromise (dist/inflections.js) out of the host until a user pack needs it.
// This suite runs first (runner.ts puts it first whatever the order): nothing before it may configure
// conceptLens.packs, and the extension activates once per host.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { describeFigures } from '../../src/extension/activationClock';
import { activateExtension, closeAllEditors, EXTENSION_ID, openMarkdown, workspaceKind } from './helpers';

describe('activation', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext && !ext.isActive, 'the extension is not active yet: this suite must be the first in its host');
    await closeAllEditors();
  });
  after(closeAllEditors);

  it('activates on a Markdown document and returns its activation figures', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    // The article where the workspace has it: its first scan is the one the activation goal counts.
    const editor = await openMarkdown(workspaceKind() === 'article' ? 'entropy-and-emergence.md' : 'notes.md');
    const api = await activateExtension();
    assert.ok(ext.isActive, 'the extension is active');
    // The Node entry (package.json main) ran: the desktop platform (src/extension/platform/nodePlatform.ts).
    assert.equal(api.host, 'node', 'the extension runs in the Node extension host');
    const figures = api.activation;
    console.log(`      [figures] workspace ${workspaceKind()}: ${describeFigures(figures)}`);
    // For scripts/bench-host.mjs (npm run bench:activation), which runs this suite several times and reports the medians.
    console.log(`      [activation-json] ${JSON.stringify(figures)}`);
    assert.ok(figures.load !== undefined && figures.load > 0, `the bundle marks the start of its evaluation (load ${figures.load})`);
    assert.ok(figures.firstScan !== undefined && figures.firstScan > 0, 'activation scanned the Markdown document that activated it');
    assert.equal(figures.total, figures.activate + figures.load, 'the total is the bundle load plus activate()');
    // The phases are laps of one clock inside activate(): one after the other, each at least 0, and
    // together all of activate() but the return (the clock is read right after the last lap).
    const phases = { pack: figures.pack, firstScan: figures.firstScan, services: figures.services, registrations: figures.registrations };
    for (const [name, ms] of Object.entries(phases)) assert.ok(ms >= 0, `${name} is a duration (${ms})`);
    const sum = Object.values(phases).reduce((a, b) => a + b, 0);
    assert.ok(sum <= figures.activate + 1e-6, `the phases (${sum.toFixed(3)} ms) fit in activate() (${figures.activate.toFixed(3)} ms)`);
    assert.ok(figures.activate - sum < 5, `the phases (${sum.toFixed(3)} ms) account for activate() (${figures.activate.toFixed(3)} ms) but for under 5 ms`);
    // The first scan is the one the API serves for that document: same version, its occurrences.
    const scan = api.scans.get(editor.document);
    assert.ok(scan, 'the document that activated the extension is scanned');
    assert.equal(scan.version, editor.document.version);
    // Hand-counted in the fixtures (see sidebar.test.ts): the article has 110 occurrences, notes.md 16.
    assert.equal(scan.matches.length, workspaceKind() === 'article' ? 110 : 16, 'the occurrences of the document');
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
