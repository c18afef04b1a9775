// The Concepts view: the tree, its title actions (filter, sort), its context menu and following the
// cursor. Its filter and sort order are kept in workspace state, so they survive a reload.

import * as vscode from 'vscode';
import type { SortOrder } from '../../core/features/conceptOutline';
import { readerLanguage, pick } from '../../core/features/language';
import type { DocumentScans } from '../services/documentScans';
import { ConceptsTreeProvider } from './conceptsTreeProvider';
import type { ConceptNode } from './conceptNode';
import { readSettings } from '../services/settings';

export const CONCEPTS_VIEW = 'conceptLens.concepts';
const STATE = 'conceptLens.conceptsView';

interface ViewState {
  sort: SortOrder;
  filterText: string;
  presentOnly: boolean;
}

export class ConceptsView implements vscode.Disposable {
  readonly provider: ConceptsTreeProvider;
  readonly view: vscode.TreeView<ConceptNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly scans: DocumentScans,
    private readonly state: vscode.Memento,
  ) {
    this.provider = new ConceptsTreeProvider(scans);
    const saved = state.get<ViewState>(STATE);
    if (saved) Object.assign(this.provider, { sort: saved.sort, filterText: saved.filterText, presentOnly: saved.presentOnly });
    this.view = vscode.window.createTreeView(CONCEPTS_VIEW, { treeDataProvider: this.provider, showCollapseAll: true });
    this.disposables.push(
      this.provider,
      this.view,
      vscode.window.registerFileDecorationProvider(this.provider),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e)),
    );
    void this.updateContext();
  }

  /** Selects the concept under the cursor in the tree, when the view is visible and the setting allows. */
  private followCursor(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.view.visible || !vscode.workspace.getConfiguration('conceptLens').get<boolean>('sidebar.followCursor', true)) return;
    if (e.textEditor.document.languageId !== 'markdown') return;
    void this.reveal(e.textEditor, false);
  }

  /** Reveals the concept under the editor's cursor in the tree. Returns its id, if any. */
  async reveal(editor: vscode.TextEditor | undefined, focus: boolean): Promise<string | undefined> {
    const doc = editor && this.scans.get(editor.document);
    const m = doc?.matchAtSelection(editor!.selection);
    if (!doc || !m) return undefined;
    const node = this.provider.conceptNode(doc.conceptId(m));
    if (!node) return undefined;
    await this.view.reveal(node, { select: true, focus, expand: false });
    return doc.conceptId(m);
  }

  async setFilter(text: string | undefined, presentOnly?: boolean): Promise<void> {
    if (text !== undefined) this.provider.filterText = text;
    if (presentOnly !== undefined) this.provider.presentOnly = presentOnly;
    await this.save();
  }

  async setSort(sort: SortOrder): Promise<void> {
    this.provider.sort = sort;
    await this.save();
  }

  private async save(): Promise<void> {
    const p = this.provider;
    await this.state.update(STATE, { sort: p.sort, filterText: p.filterText, presentOnly: p.presentOnly } satisfies ViewState);
    p.refresh();
    this.view.message = p.filterText ? vscode.l10n.t('Filtered by “{0}”', p.filterText) : undefined;
    await this.updateContext();
  }

  private async updateContext(): Promise<void> {
    const p = this.provider;
    await vscode.commands.executeCommand('setContext', 'conceptLens.conceptsFiltered', p.filterText !== '');
    await vscode.commands.executeCommand('setContext', 'conceptLens.presentOnly', p.presentOnly);
  }

  /** The explanation of a concept node in the reader's language. */
  explanationOf(conceptId: string): string | undefined {
    const cp = this.scans.pack;
    const c = cp.concepts[cp.indexOf.get(conceptId) ?? -1];
    if (!c) return undefined;
    const doc = this.provider.scanned();
    return pick(c.explanation, readerLanguage(readSettings().explanationLanguage, doc?.text ?? '', vscode.env.language));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
