// The Concept Graph in the side bar: a WebviewViewProvider for the page that GraphPageHost drives. The
// page is created only when the workbench first resolves the view.

import * as vscode from 'vscode';
import { GraphPageHost, type GraphServices } from './graphPageHost';

export const GRAPH_VIEW = 'conceptLens.graph';
const STATE_KEY = 'conceptLens.graphView';

export class ConceptGraphView extends GraphPageHost implements vscode.WebviewViewProvider {
  constructor(extensionUri: vscode.Uri, services: GraphServices, state: vscode.Memento) {
    super(extensionUri, services, state, STATE_KEY, 'sidebar');
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.attach(view);
    const owned = this.pageDisposables;
    owned.add(view.onDidChangeVisibility(() => !view.visible && this.hidden()));
    owned.add(view.onDidDispose(() => this.detach()));
  }

  /** Opens the view (the workbench resolves it) and waits for its page. */
  async show(): Promise<void> {
    await vscode.commands.executeCommand(`${GRAPH_VIEW}.focus`);
    await this.whenReady();
  }
}
