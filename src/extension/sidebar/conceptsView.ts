// The Concepts view: the tree, its title actions (filter, sort), its context menu and following the
// cursor. Its filter and sort order are kept in workspace state, so they survive a reload.

import * as vscode from 'vscode';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { SortOrder } from '../../core/features/conceptOutline';
import { pick } from '../../core/features/language';
import type { DocumentScans } from '../../services/documentScans';
import type { ConceptIndex } from '../../services/index/conceptIndex';
import type { FollowedDocument } from '../../services/followedDocument';
import type { ReaderLanguage } from '../../services/readerLanguage';
import type { ISettings } from '../../services/host/settings';
import type { ILog } from '../../services/host/log';
import { Disposable } from '../../services/base/disposable';
import { CancellationSource } from '../../services/base/cancellation';
import { scanOf } from '../host/textDocuments';
import { ConceptsTreeProvider } from './conceptsTreeProvider';
import type { ConceptNode } from './conceptNode';

export const CONCEPTS_VIEW = 'conceptLens.concepts';
const COUNT_DELAY_MS = 1000;
const STATE = 'conceptLens.conceptsView';
/** How long the cursor rests before the tree follows it. */
const FOLLOW_DELAY_MS = 150;

interface ViewState {
  sort: SortOrder;
  filterText: string;
  presentOnly: boolean;
}

export interface ConceptsViewServices {
  scans: DocumentScans;
  occurrences: ConceptIndex;
  followed: FollowedDocument;
  language: ReaderLanguage;
  settings: ISettings;
  log: ILog;
}

export class ConceptsView extends Disposable {
  readonly provider: ConceptsTreeProvider;
  readonly view: vscode.TreeView<ConceptNode>;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private counting: CancellationSource | undefined;
  private readonly scans: DocumentScans;

  constructor(
    private readonly services: ConceptsViewServices,
    private readonly state: vscode.Memento,
  ) {
    super();
    const { scans, followed, language, settings } = services;
    this.scans = scans;
    this.provider = this.register(new ConceptsTreeProvider(scans, followed, language, settings));
    const saved = state.get<Partial<ViewState>>(STATE);
    if (saved) {
      const p = this.provider;
      if (saved.sort === 'article' || saved.sort === 'count' || saved.sort === 'name') p.sort = saved.sort;
      if (typeof saved.filterText === 'string') p.filterText = saved.filterText;
      if (typeof saved.presentOnly === 'boolean') p.presentOnly = saved.presentOnly;
    }
    this.view = this.register(vscode.window.createTreeView(CONCEPTS_VIEW, { treeDataProvider: this.provider, showCollapseAll: true }));
    // A filter restored from the last session says so, as one set now does, and its buttons show its state.
    this.updateMessage();
    void this.updateContext();
    this.register(vscode.window.registerFileDecorationProvider(this.provider));
    this.register(vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e)));
    // Workspace counts: indexed in the background while the view is visible, again after a save.
    this.register(this.view.onDidChangeVisibility((e) => e.visible && this.scheduleCounts(0)));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => d.languageId === 'markdown' && this.scheduleCounts(COUNT_DELAY_MS)));
    this.register(scans.onDidChange((doc) => !doc && this.scheduleCounts(COUNT_DELAY_MS)));
    // While the index is made or follows the disk: at most one recount a second, not one per batch.
    this.register(services.occurrences.onDidChange(() => this.countTimer === undefined && this.scheduleCounts(COUNT_DELAY_MS)));
    this.register({ dispose: () => (clearTimeout(this.countTimer), clearTimeout(this.followTimer), this.counting?.dispose()) });
    if (this.view.visible) this.scheduleCounts(0);
    this.updateContext().catch((e: unknown) => services.log.error(`setting the Concepts view's context failed: ${String(e)}`));
  }

  /** Counts every concept across the workspace, off the typing path, and shows it in the tree. */
  private scheduleCounts(delay: number): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.countTimer = undefined;
      if (!this.view.visible) return;
      this.counting?.dispose();
      const source = (this.counting = new CancellationSource());
      this.services.occurrences.counts(source.token).then(
        (counts) => {
          if (source.token.isCancellationRequested) return;
          this.provider.workspaceCounts = counts;
          this.provider.refresh();
        },
        (e: unknown) => this.services.log.error(`counting concepts in the workspace failed: ${String(e)}`),
      );
    }, delay);
  }

  /**
   * Selects the concept under the cursor in the tree, when the view is visible and the setting allows,
   * once the cursor rests: while typing, every keystroke moves it.
   */
  private followCursor(e: vscode.TextEditorSelectionChangeEvent): void {
    clearTimeout(this.followTimer);
    if (!this.view.visible || !this.services.settings.window().followCursor) return;
    if (e.textEditor.document.languageId !== 'markdown') return;
    this.followTimer = setTimeout(() => this.followNow(e.textEditor), FOLLOW_DELAY_MS);
  }

  private followNow(editor: vscode.TextEditor): void {
    if (!this.view.visible || editor !== vscode.window.activeTextEditor || editor.document.isClosed) return;
    // Clicking an occurrence in the tree moves the cursor onto it: keep the occurrence selected rather
    // than jump to its concept (the same goes for any selected occurrence of the concept).
    const id = this.conceptIdAt(editor);
    if (id && this.view.selection.some((n) => (n.kind === 'concept' ? n.concept.id : n.kind === 'section' ? undefined : n.conceptId) === id)) return;
    // A reveal that loses a race with a refresh is not worth a message (the next cursor move retries), but it is logged.
    this.reveal(editor, false).catch((e: unknown) => this.services.log.warn(`following the cursor in the Concepts view failed: ${String(e)}`));
  }

  /** The id of the concept under the editor's cursor (or selection), if any. */
  conceptIdAt(editor: vscode.TextEditor | undefined): string | undefined {
    const doc = editor && scanOf(this.scans, editor.document);
    const m = doc?.matchAtSelection(editor!.selection);
    return doc && m ? doc.conceptId(m) : undefined;
  }

  /**
   * Reveals the concept under the editor's cursor in the tree, focusing the view with `focus`. With
   * `unhide`, a filter that hides the concept is cleared first. Returns the concept's id when it was
   * revealed.
   */
  async reveal(editor: vscode.TextEditor | undefined, focus: boolean, unhide = false): Promise<string | undefined> {
    const id = this.conceptIdAt(editor);
    if (!id) return undefined;
    let node = this.provider.conceptNode(id);
    if (!node && unhide && (this.provider.filterText !== '' || this.provider.presentOnly)) {
      await this.setFilter('', false);
      node = this.provider.conceptNode(id);
    }
    if (!node) return undefined;
    // Focus the view only now: focusing it while it still selects a node the filter removed fails.
    if (focus) await vscode.commands.executeCommand(`${CONCEPTS_VIEW}.focus`);
    await this.view.reveal(node, { select: true, focus, expand: false });
    return id;
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
    this.updateMessage();
    await this.updateContext();
  }

  private updateMessage(): void {
    const p = this.provider;
    const notes = [p.filterText ? vscode.l10n.t('Filtered by “{0}”', p.filterText) : undefined, p.presentOnly ? vscode.l10n.t('Only concepts in this document') : undefined];
    this.view.message = notes.filter(Boolean).join(' · ') || undefined;
  }

  private async updateContext(): Promise<void> {
    const p = this.provider;
    await vscode.commands.executeCommand('setContext', 'conceptLens.conceptsFiltered', p.filterText !== '');
    await vscode.commands.executeCommand('setContext', 'conceptLens.presentOnly', p.presentOnly);
  }

  /**
   * The explanation of a concept in the reader's language, from `pack` (the pack its command resolved,
   * the document's, where a nearer pack's explanation wins as in the hover), else the document's.
   */
  explanationOf(conceptId: string, pack?: CompiledPack): string | undefined {
    const doc = this.provider.scanned();
    const cp = pack ?? doc?.pack ?? this.scans.pack;
    const c = cp.concepts[cp.indexOf.get(conceptId) ?? -1];
    if (!c) return undefined;
    return pick(c.explanation, this.services.language.of(doc));
  }
}
