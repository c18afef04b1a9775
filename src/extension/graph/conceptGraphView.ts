// The Concept Graph webview view: a WebviewViewProvider whose page (media/graph.js, cytoscape) draws the
// concepts of the pack over the active Markdown document. The page is created only when the view is
// first resolved; updates are debounced and sent only while the view is visible. The view's filters,
// zoom, pan and layout come back from the page as 'state' messages and are kept in workspace state,
// so they survive a reload; the page also keeps them with its own setState for hide/show.

import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import type { ScannedDocument } from '../../services/scannedDocument';
import { stepOccurrence, type SectionTargets } from '../../services/navigation';
import type { FollowedDocument } from '../../services/followedDocument';
import type { ReaderLanguage } from '../../services/readerLanguage';
import type { ISettings } from '../../services/host/settings';
import type { ILog } from '../../services/host/log';
import { relationLabel } from '../services/labels';
import { Disposable, DisposableStore } from '../../services/base/disposable';
import { revealTarget, selectInEditor } from '../commands/revealTarget';
import { toRange, toUri } from '../host/textDocuments';
import { graphPayload } from './graphPayload';
import { graphPageHtml, makeNonce } from './graphPage';
import { isViewState, isWebviewMessage, type ExportFormat, type GraphStrings, type GraphViewState, type HostMessage, type WebviewMessage } from '../../shared/graphProtocol';

export const GRAPH_VIEW = 'conceptLens.graph';
const STATE_KEY = 'conceptLens.graphView';
const UPDATE_MS = 200;
const CURSOR_MS = 80;
const EXPORT_TIMEOUT_MS = 15_000;

/** What the graph view needs of the services. */
export interface GraphServices {
  scans: DocumentScans;
  targets: SectionTargets;
  /** The document the graph shows: the one the Concepts view shows too. */
  followed: FollowedDocument;
  language: ReaderLanguage;
  settings: ISettings;
  log: ILog;
}

export class ConceptGraphView extends Disposable implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private readyWaiters: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private readonly scans: DocumentScans;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;
  private lastCursor: string | null | undefined;
  private pendingSelect: string | undefined;
  private dirty = true;
  private nextRequest = 1;
  private readonly exports = new Map<number, { resolve: (m: Extract<WebviewMessage, { type: 'exported' }>) => void; reject: (e: Error) => void }>();
  private readonly received = this.register(new vscode.EventEmitter<WebviewMessage>());
  /** Every valid message from the page (tests listen to it). */
  readonly onDidReceiveMessage = this.received.event;
  /** What belongs to the current page: made again each time the workbench resolves the view. */
  private readonly viewDisposables = this.register(new DisposableStore());

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly services: GraphServices,
    private readonly state: vscode.Memento,
  ) {
    super();
    this.scans = services.scans;
    const { followed } = services;
    this.register(this.scans.onDidChange((doc) => (!doc || followed.isFollowed(doc.uri)) && this.scheduleUpdate()));
    this.register(followed.onDidChange(() => this.scheduleUpdate()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.scheduleCursor()));
    this.register(vscode.window.onDidChangeTextEditorSelection((e) => followed.isFollowed(e.textEditor.document.uri.toString()) && this.scheduleCursor()));
    this.register(services.settings.onDidChange((e) => e.affects('conceptLens.explanationLanguage') && this.scheduleUpdate()));
    this.register({ dispose: () => this.settleOnDispose() });
  }

  /** Whether the page is loaded and has said it is ready. */
  get isReady(): boolean {
    return this.ready && this.view !== undefined;
  }

  get visible(): boolean {
    return this.view?.visible ?? false;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.viewDisposables.clear();
    this.view = view;
    this.ready = false;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview, media);
    const owned = this.viewDisposables;
    owned.add(view.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)));
    owned.add(
      view.onDidChangeVisibility(() => {
        // Without retainContextWhenHidden the page reloads when shown again and says 'ready' anew.
        if (!view.visible) this.ready = false;
      }),
    );
    owned.add(
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
        owned.clear();
      }),
    );
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    return graphPageHtml({
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'graph.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'graph.css')).toString(),
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      lang: vscode.env.language.startsWith('zh') ? 'zh-CN' : 'en',
    });
  }

  private post(message: HostMessage): void {
    if (this.view && this.ready) void this.view.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    if (!isWebviewMessage(raw)) return;
    switch (raw.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', state: this.savedState(), strings: graphStrings() });
        this.dirty = true;
        this.update();
        this.lastCursor = undefined;
        this.sendCursor();
        if (this.pendingSelect) {
          this.post({ type: 'select', conceptId: this.pendingSelect });
          this.pendingSelect = undefined;
        }
        for (const w of this.readyWaiters.splice(0)) w.resolve();
        break;
      case 'state':
        this.state.update(STATE_KEY, raw.state).then(undefined, (e: unknown) => this.services.log.error(`saving the graph's view state failed: ${String(e)}`));
        break;
      case 'reveal':
        this.revealNext(raw.conceptId).catch((e: unknown) => this.services.log.error(`revealing an occurrence from the graph failed: ${String(e)}`));
        break;
      case 'openSection':
        this.openSection(raw.conceptId).catch((e: unknown) => this.services.log.error(`opening a section from the graph failed: ${String(e)}`));
        break;
      case 'exported': {
        const p = this.exports.get(raw.requestId);
        this.exports.delete(raw.requestId);
        p?.resolve(raw);
        break;
      }
      case 'exportFailed': {
        const p = this.exports.get(raw.requestId);
        this.exports.delete(raw.requestId);
        p?.reject(new Error(raw.message));
        break;
      }
    }
    this.received.fire(raw);
  }

  savedState(): GraphViewState | null {
    const s = this.state.get<unknown>(STATE_KEY);
    return isViewState(s) ? s : null;
  }

  private scheduleUpdate(): void {
    this.dirty = true;
    if (!this.isReady || !this.visible) return;
    clearTimeout(this.updateTimer);
    // A large document waits longer (1 s per MB): its paragraphs are rescanned for co-occurrence.
    const size = this.services.followed.document?.length ?? 0;
    this.updateTimer = setTimeout(() => this.update(), Math.max(UPDATE_MS, size / 1000));
  }

  private scanned(): ScannedDocument | undefined {
    const doc = this.services.followed.document;
    return doc && this.scans.get(doc);
  }

  private update(): void {
    clearTimeout(this.updateTimer);
    if (!this.isReady || !this.dirty) return;
    this.dirty = false;
    const doc = this.scanned();
    const graph = graphPayload({
      pack: doc?.pack ?? this.scans.pack,
      lang: this.services.language.of(doc),
      document: doc && { uri: doc.uri, name: vscode.workspace.asRelativePath(toUri(doc.uri)), matches: doc.matches, paragraphs: doc.paragraphs() },
    });
    this.post({ type: 'graph', graph });
  }

  private scheduleCursor(): void {
    if (!this.isReady || !this.visible) return;
    clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => this.sendCursor(), CURSOR_MS);
  }

  private sendCursor(): void {
    const editor = vscode.window.activeTextEditor;
    // The webview (or another editor) has focus: keep the last one.
    if (!editor || !this.services.followed.isFollowed(editor.document.uri.toString())) return;
    const doc = this.scanned();
    const m = doc?.matchAtSelection(editor.selection);
    const id = m && doc ? doc.conceptId(m) : null;
    if (id === this.lastCursor) return;
    this.lastCursor = id;
    this.post({ type: 'cursor', conceptId: id });
  }

  /** Waits until the page is ready (after focusing the view), or fails after `timeoutMs`. */
  async whenReady(timeoutMs = 10_000): Promise<void> {
    if (this.isReady) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the Concept Graph view did not load')), timeoutMs);
      this.readyWaiters.push({
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }

  /** Opens the view (the workbench resolves it) and waits for its page. */
  async show(): Promise<void> {
    await vscode.commands.executeCommand(`${GRAPH_VIEW}.focus`);
    await this.whenReady();
  }

  /** Selects a concept in the graph and centres on it. */
  async select(conceptId: string): Promise<void> {
    this.pendingSelect = conceptId;
    await this.show();
    if (this.pendingSelect) {
      this.post({ type: 'select', conceptId });
      this.pendingSelect = undefined;
    }
  }

  /** The graph as SVG markup or PNG bytes, drawn by the page. */
  async exportImage(format: ExportFormat): Promise<Uint8Array> {
    await this.show();
    const requestId = this.nextRequest++;
    const reply = await new Promise<Extract<WebviewMessage, { type: 'exported' }>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.exports.delete(requestId);
        reject(new Error('the Concept Graph view did not answer'));
      }, EXPORT_TIMEOUT_MS);
      this.exports.set(requestId, {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.post({ type: 'export', requestId, format });
    });
    return format === 'svg' ? new TextEncoder().encode(reply.data) : Uint8Array.from(atob(reply.data), (c) => c.charCodeAt(0));
  }

  /** Click: the concept's next occurrence after the cursor in the graph's document (wrapping); absent, its section. */
  private async revealNext(conceptId: string): Promise<void> {
    const doc = this.scanned();
    const ci = doc?.pack.indexOf.get(conceptId);
    if (!doc || ci === undefined || doc.occurrencesOf(ci).length === 0) return this.openSection(conceptId);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri);
    const editor = visible ? await vscode.window.showTextDocument(visible.document, { viewColumn: visible.viewColumn, preserveFocus: false }) : await vscode.window.showTextDocument(toUri(doc.uri));
    const next = stepOccurrence(doc, doc.offset(editor.selection.active), doc.matchAtSelection(editor.selection), 1, ci);
    if (next) selectInEditor(editor, toRange(doc.range(next)));
  }

  /** Double-click / Enter: the section that explains the concept. */
  private async openSection(conceptId: string): Promise<void> {
    const doc = this.scanned();
    const ci = (doc?.pack ?? this.scans.pack).indexOf.get(conceptId);
    if (ci === undefined) return;
    await revealTarget(await this.services.targets.resolve(ci, doc));
  }

  /** Timers stop, and whoever waits for the page or an export hears that it will not come. */
  private settleOnDispose(): void {
    clearTimeout(this.updateTimer);
    clearTimeout(this.cursorTimer);
    for (const p of this.exports.values()) p.reject(new Error('the Concept Graph view was disposed'));
    this.exports.clear();
    for (const w of this.readyWaiters.splice(0)) w.reject(new Error('the Concept Graph view was disposed'));
  }
}

function graphStrings(): GraphStrings {
  return {
    filters: vscode.l10n.t('Filters'),
    sections: vscode.l10n.t('Sections'),
    relations: vscode.l10n.t('Edges'),
    presentOnly: vscode.l10n.t('Only concepts in this document'),
    fit: vscode.l10n.t('Fit'),
    noSection: vscode.l10n.t('No section'),
    mentions: vscode.l10n.t('Mentions in this document'),
    notInDocument: vscode.l10n.t('Not in this document'),
    graphLabel: vscode.l10n.t('Concept graph'),
    nodeListLabel: vscode.l10n.t('Concepts in the graph'),
    nodeHint: vscode.l10n.t('Space: next occurrence. Enter: open section.'),
    kinds: {
      'prerequisite-of': relationLabel('prerequisite-of', 'out'),
      'leads-to': relationLabel('leads-to', 'out'),
      'part-of': relationLabel('part-of', 'out'),
      'contrasts-with': relationLabel('contrasts-with', 'out'),
      'example-of': relationLabel('example-of', 'out'),
      'related-to': relationLabel('related-to', 'out'),
      'co-occurrence': vscode.l10n.t('Same paragraph'),
    },
  };
}
