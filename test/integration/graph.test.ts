// The Concept Graph view in a real workbench: the page loads (its 'ready' reaches the provider), Show
// in Graph selects a concept (the page says so), and Export writes an SVG and a PNG. Then the graph in
// an editor tab: one tab however often it is opened, restored with its state by the panel serializer,
// and the target of Show in Graph while it is open.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { activateExtension, closeAllEditors, openMarkdown, waitFor } from './helpers';
import type { GraphViewState, WebviewMessage } from '../../src/shared/graphProtocol';

/** The workbench's tabs showing the graph's webview panel (its view type carries a prefix of the workbench's). */
const graphTabs = (): vscode.Tab[] =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('conceptLens.graphPanel'));

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

  describe('in an editor tab', () => {
    const panelMessages: WebviewMessage[] = [];
    let panelSub: vscode.Disposable | undefined;
    after(() => panelSub?.dispose());

    it('Open Concept Graph in Editor opens one tab; running it again reveals the same one', async () => {
      await openMarkdown('notes.md');
      const api = await activateExtension();
      panelSub = api.graphPanel.onDidReceiveMessage((m) => panelMessages.push(m));
      await vscode.commands.executeCommand('conceptLens.openGraphInEditor');
      const panel = api.graphPanel.panel;
      assert.ok(panel, 'a panel is open');
      assert.ok(api.graphPanel.isReady, 'its page said ready');
      assert.equal(panel.viewType, 'conceptLens.graphPanel');
      assert.equal(graphTabs().length, 1, 'one tab');
      await openMarkdown('notes.md');
      await vscode.commands.executeCommand('conceptLens.openGraphInEditor');
      assert.equal(api.graphPanel.panel, panel, 'the same panel');
      assert.equal(graphTabs().length, 1, 'still one tab');
      assert.ok(panel.visible, 'revealed');
    });

    it('Show in Graph selects in the tab while it is open', async () => {
      const api = await activateExtension();
      const editor = await openMarkdown('notes.md');
      const from = panelMessages.length;
      assert.equal(await vscode.commands.executeCommand<string | undefined>('conceptLens.showInGraph', editor.document.uri.toString(), 'entropy'), 'entropy');
      const selected = await waitFor(() => panelMessages.slice(from).find((m) => m.type === 'selected'), "the tab's page to report its selection");
      assert.deepEqual(selected, { type: 'selected', conceptId: 'entropy' });
      assert.ok(api.graphPanel.panel, 'the tab is still open');
    });

    it('the panel serializer restores a tab with the graph state it was given', async () => {
      const api = await activateExtension();
      api.graphPanel.panel?.dispose();
      await waitFor(() => api.graphPanel.panel === undefined && graphTabs().length === 0, 'the tab to close');
      // What the workbench does after a reload: a panel of our view type, and the page's last setState.
      const state: GraphViewState = { version: 1, hiddenSections: [], hiddenKinds: ['co-occurrence'], presentOnly: true, zoom: 1.5, pan: { x: 10, y: 20 }, positions: {} };
      const panel = vscode.window.createWebviewPanel('conceptLens.graphPanel', 'restored', vscode.ViewColumn.Active, {});
      const from = panelMessages.length;
      await api.graphPanel.deserializeWebviewPanel(panel, state);
      assert.equal(api.graphPanel.panel, panel, 'the restored panel is the graph tab');
      // The page reports the state it adopted: the one the serializer was given.
      const adopted = await waitFor(() => panelMessages.slice(from).find((m) => m.type === 'state'), 'the restored page to report its state');
      assert.ok(adopted.type === 'state');
      assert.equal(adopted.state.zoom, 1.5);
      assert.deepEqual(adopted.state.pan, { x: 10, y: 20 });
      assert.equal(adopted.state.presentOnly, true);
      assert.deepEqual(adopted.state.hiddenKinds, ['co-occurrence']);
      assert.ok(api.graphPanel.isReady);
      // One tab at a time: the command reveals the restored one.
      await vscode.commands.executeCommand('conceptLens.openGraphInEditor');
      assert.equal(api.graphPanel.panel, panel);
      assert.equal(graphTabs().length, 1);
      panel.dispose();
    });
  });
});
