// Subtle marks on every occurrence in visible Markdown editors. Colours are contributed
// (conceptLens.occurrence*), so themes can change them; the style and a toggle are settings.
// Only the lines around the visible ones are decorated (re-done on scrolling past them): a large
// document has tens of thousands of occurrences, and sending them all on every pause in typing kept
// the extension host and the editor busy.

import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import type { DecorationStyle, ISettings } from '../../services/host/settings';
import { Disposable } from '../../services/base/disposable';
import { scanOf, toRange } from '../host/textDocuments';

/** Lines decorated above and below the visible ones. */
const MARGIN_LINES = 300;

interface LineWindow {
  from: number;
  to: number;
}

export class ConceptDecorations extends Disposable {
  private type: vscode.TextEditorDecorationType | undefined;
  private style: DecorationStyle | undefined;
  /** The lines each editor has decorations for. */
  private readonly windows = new WeakMap<vscode.TextEditor, LineWindow>();

  constructor(
    private readonly scans: DocumentScans,
    private readonly settings: ISettings,
  ) {
    super();
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)));
    this.register(scans.onDidChange((doc) => (doc ? this.refreshDocument(doc.uri) : this.refreshAll())));
    this.register(settings.onDidChange(() => this.refreshAll()));
    this.register({ dispose: () => this.type?.dispose() });
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

  private refreshDocument(uri: string): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri) this.apply(editor);
  }

  private onScroll(editor: vscode.TextEditor): void {
    const done = this.windows.get(editor);
    const visible = visibleLines(editor);
    if (done && visible.from >= done.from && visible.to <= done.to) return;
    this.apply(editor);
  }

  private apply(editor: vscode.TextEditor): void {
    this.windows.delete(editor);
    const settings = this.settings.window();
    const type = this.decorationType(settings.decorationsEnabled && settings.enabled ? settings.decorationStyle : 'none');
    if (!type) return;
    const doc = scanOf(this.scans, editor.document);
    if (!doc) {
      editor.setDecorations(type, []);
      return;
    }
    const visible = visibleLines(editor);
    const lines = { from: Math.max(0, visible.from - MARGIN_LINES), to: visible.to + MARGIN_LINES };
    editor.setDecorations(
      type,
      doc.matchesInLines(lines.from, lines.to).map((m) => toRange(doc.range(m))),
    );
    this.windows.set(editor, lines);
  }
}

/** The visible lines of an editor, [from, to). */
function visibleLines(editor: vscode.TextEditor): LineWindow {
  const ranges = editor.visibleRanges;
  if (ranges.length === 0) return { from: 0, to: 1 };
  return { from: Math.min(...ranges.map((r) => r.start.line)), to: Math.max(...ranges.map((r) => r.end.line)) + 1 };
}
