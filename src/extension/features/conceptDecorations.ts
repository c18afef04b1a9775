// Subtle marks on every occurrence in visible Markdown editors. Colours are contributed
// (conceptLens.occurrence*), so themes can change them; the style and a toggle are settings.

import * as vscode from 'vscode';
import type { DocumentScans } from '../services/documentScans';
import { readSettings, type DecorationStyle } from '../services/settings';

export class ConceptDecorations implements vscode.Disposable {
  private type: vscode.TextEditorDecorationType | undefined;
  private style: DecorationStyle | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly scans: DocumentScans) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      scans.onDidChange((doc) => (doc ? this.refreshDocument(doc.uri) : this.refreshAll())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('conceptLens')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  private decorationType(style: DecorationStyle): vscode.TextEditorDecorationType | undefined {
    if (style === this.style) return this.type;
    this.type?.dispose();
    this.style = style;
    this.type =
      style === 'none'
        ? undefined
        : vscode.window.createTextEditorDecorationType(
            style === 'background'
              ? { backgroundColor: new vscode.ThemeColor('conceptLens.occurrenceBackground'), borderRadius: '2px' }
              : { borderColor: new vscode.ThemeColor('conceptLens.occurrenceUnderline'), borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0' },
          );
    return this.type;
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private refreshDocument(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.apply(editor);
  }

  private apply(editor: vscode.TextEditor): void {
    const settings = readSettings(editor.document.uri);
    const type = this.decorationType(settings.decorationsEnabled && settings.enabled ? settings.decorationStyle : 'none');
    if (!type) return;
    const doc = this.scans.get(editor.document);
    editor.setDecorations(type, doc ? doc.matches.map((m) => doc.range(m)) : []);
  }

  dispose(): void {
    this.type?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
