// Serves the concept guide's text (src/services/conceptGuides.ts) as the read-only documents of the
// concept-lens-guide scheme.

import * as vscode from 'vscode';
import { Disposable } from '../../services/base/disposable';
import type { ConceptGuides } from '../../services/conceptGuides';

export class ConceptGuideProvider extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly guides: ConceptGuides) {
    super();
    this.register(guides.onDidChange((uri) => this.changed.fire(vscode.Uri.parse(uri))));
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.guides.text(uri.toString());
  }
}
