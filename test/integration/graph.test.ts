// The Concept Graph view in a real workbench: the page loads (its 'ready' reaches the provider), Show
// in Graph selects a concept (the page says so), and Export writes an SVG and a PNG.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { activateExtension, closeAllEditors, openMarkdown, waitFor } from './helpers';
import type { WebviewMessage } from '../../src/shared/graphProtocol';

describe('concept graph view', function () {
  this.timeout(60_000);
  const messages: WebviewMessage[] = [];
  let sub: vscode.Disposable | undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concept-graph-'));

  after(async () => {
    sub?.dispose();
    rmSync(dir, { recursive: true, force: true });
    // Leave the workbench as the other suites expect it: the graph hidden, no editors.
    await vscode.commands.executeCommand('workbench.view.explorer');
    await closeAllEditors();
  });

  it('opens with Show Concept Graph; the page says it is ready', async () => {
    await openMarkdown('notes.md');
    const api = await activateExtension();
    sub = api.graph.onDidReceiveMessage((m) => messages.push(m));
    await vscode.commands.executeCommand('conceptLens.showGraph');
    assert.ok(api.graph.isReady, 'the provider received ready');
    assert.ok(api.graph.visible);
  });

  it('Show in Graph selects a concept given [uri, id]', async () => {
    const editor = await openMarkdown('notes.md');
    const from = messages.length;
    const id = await vscode.commands.executeCommand<string | undefined>('conceptLens.showInGraph', editor.document.uri.toString(), 'entropy');
    assert.equal(id, 'entropy');
    // The page answers 'select' with what it selected (null if its graph had no such node).
    const selected = await waitFor(() => messages.slice(from).find((m) => m.type === 'selected'), 'the page to report its selection');
    assert.deepEqual(selected, { type: 'selected', conceptId: 'entropy' });
  });

  it('exports SVG and PNG files', async () => {
    const svg = vscode.Uri.file(path.join(dir, 'graph.svg'));
    const png = vscode.Uri.file(path.join(dir, 'graph.png'));
    assert.equal((await vscode.commands.executeCommand<vscode.Uri | undefined>('conceptLens.exportGraph', svg))?.toString(), svg.toString());
    const text = readFileSync(svg.fsPath, 'utf8');
    assert.match(text, /^<\?xml/);
    assert.ok(text.includes('<circle'), 'nodes are drawn');
    assert.equal((await vscode.commands.executeCommand<vscode.Uri | undefined>('conceptLens.exportGraph', png))?.toString(), png.toString());
    assert.equal(readFileSync(png.fsPath).subarray(1, 4).toString(), 'PNG');
    await waitFor(() => messages.some((m) => m.type === 'exported'), 'the exported message');
  });
});
