// The Concept Graph in an editor tab: a WebviewPanel running the same page as the side bar (GraphPageHost
// drives both), with more room for labels, search, the local graph and the legend. One tab at a time:
// opening it again reveals it. The panel serializer brings the tab back after a window reload (the
// workbench keeps the page's setState and passes it to deserializeWebviewPanel; package.json activates
// the extension on onWebviewPanel:conceptLens.graphPanel for that).

import * as vscode from 'vscode';
import { isViewState, type GraphViewState } from '../../shared/graphProtocol';
import { GraphPageHost, type GraphServices } from './graphPageHost';

export const GRAPH_PANEL = 'conceptLens.graphPanel';
const STATE_KEY = 'conceptLens.graphPanel';

export class ConceptGraphPanel extends GraphPageHost implements vscode.WebviewPanelSerializer<unknown> {
  private current: vscode.WebviewPanel | undefined;
  /** The state the workbench handed back with a restored panel (it wins over workspace state's older copy). */
  private restored: GraphViewState | undefined;

  constructor(extensionUri: vscode.Uri, services: GraphServices, state: vscode.Memento) {
    super(extensionUri, services, state, STATE_KEY, 'editor');
    // A newer state from the page replaces what the workbench handed back.
    this.register(this.onDidReceiveMessage((m) => m.type === 'state' && (this.restored = undefined)));
  }

  /** The open tab, if any. */
  get panel(): vscode.WebviewPanel | undefined {
    return this.current;
  }

  /** Open Concept Graph in Editor: a new tab beside the editor, or the open one revealed; waits for its page. */
  async show(): Promise<void> {
    if (this.current) this.current.reveal(undefined, false);
    else {
      const panel = vscode.window.createWebviewPanel(GRAPH_PANEL, vscode.l10n.t('Concept Graph'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.webviewOptions());
      this.adopt(panel);
    }
    await this.whenReady();
  }

  /** After a window reload: the workbench gives back the tab with the page's last setState. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    // A second restored tab (two windows' worth of state) replaces the first: one tab at a time.
    this.current?.dispose();
    this.restored = isViewState(state) ? state : undefined;
    this.adopt(panel);
    return Promise.resolve();
  }

  override savedState(): GraphViewState | null {
    return this.restored ?? super.savedState();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.current = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'concept-lens.svg');
    this.attach(panel);
    const owned = this.pageDisposables;
    owned.add(panel.onDidChangeViewState((e) => !e.webviewPanel.visible && this.hidden()));
    owned.add(
      panel.onDidDispose(() => {
        if (this.current !== panel) return;
        this.current = undefined;
        this.restored = undefined;
        this.detach();
      }),
    );
  }
}
