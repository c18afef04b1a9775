// What one Concept Graph page (media/graph.js, cytoscape) needs from the extension host, whichever
// surface shows it: the side bar's webview view (conceptGraphView.ts) or the editor tab
// (conceptGraphPanel.ts). One page builder, one payload, one message handler for both. Updates are
// debounced and sent only while the page is visible. The page's filters, zoom, pan and layout come back
// as 'state' messages and are kept in workspace state (one key per surface), so they survive a reload;
// the page also keeps them with its own setState for hide/show.

import * as vscode from 'vscode';
import type { DocumentScans } from '../../services/documentScans';
import type { CompiledPack } from '../../core/scan/compiledPack';
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
import { isViewState, isWebviewMessage, type ExportFormat, type GraphPayload, type GraphPlacement, type GraphStrings, type GraphViewState, type HostMessage, type WebviewMessage } from '../../shared/graphProtocol';

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
  /** The payload, shared by the pages so that two open pages build it once per change. */
  payloads: GraphPayloads;
}

/** Builds the graph's payload, and keeps the last one: the side bar and the editor tab ask for the same. */
export class GraphPayloads {
  private last: { doc: ScannedDocument | undefined; pack: CompiledPack; lang: string; name: string; payload: GraphPayload } | undefined;

  of(doc: ScannedDocument | undefined, pack: CompiledPack, lang: 'zh' | 'en'): GraphPayload {
    const name = doc ? vscode.workspace.asRelativePath(toUri(doc.uri)) : '';
    const l = this.last;
    if (l && l.doc === doc && l.pack === pack && l.lang === lang && l.name === name) return l.payload;
    const payload = graphPayload({ pack, lang, document: doc && { uri: doc.uri, name, matches: doc.matches, paragraphs: doc.paragraphs() } });
    this.last = { doc, pack, lang, name, payload };
    return payload;
  }
}

/** Where a page is shown: its webview and whether it is visible now. */
export interface GraphSurface {
  readonly webview: vscode.Webview;
  readonly visible: boolean;
}

export abstract class GraphPageHost extends Disposable {
  protected surface: GraphSurface | undefined;
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
  /** What belongs to the current page: made again each time the workbench gives us a webview. */
  protected readonly pageDisposables = this.register(new DisposableStore());

  constructor(
    protected readonly extensionUri: vscode.Uri,
    protected readonly services: GraphServices,
    private readonly state: vscode.Memento,
    /** The workspace-state key of this surface's view state. */
    private readonly stateKey: string,
    /** What the page adapts to: the narrow side bar or a wide editor tab. */
    private readonly placement: GraphPlacement,
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
    return this.ready && this.surface !== undefined;
  }

  get visible(): boolean {
    return this.surface?.visible ?? false;
  }

  /** The webview's options: scripts, and only media/ to load from. */
  protected webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
  }

  /** Loads the page into a surface's webview (a new page: it says 'ready' when it runs). */
  protected attach(surface: GraphSurface): void {
    this.pageDisposables.clear();
    this.surface = surface;
    this.ready = false;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    surface.webview.options = this.webviewOptions();
    surface.webview.html = this.html(surface.webview, media);
    this.pageDisposables.add(surface.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)));
  }

  /** The surface became hidden: without retainContextWhenHidden its page reloads when shown again and says 'ready' anew. */
  protected hidden(): void {
    this.ready = false;
  }

  /** The surface is gone. */
  protected detach(): void {
    this.surface = undefined;
    this.ready = false;
    this.pageDisposables.clear();
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
    if (this.surface && this.ready) void this.surface.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    if (!isWebviewMessage(raw)) return;
    switch (raw.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', state: this.savedState(), strings: graphStrings(), placement: this.placement });
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
        this.state.update(this.stateKey, raw.state).then(undefined, (e: unknown) => this.services.log.error(`saving the graph's view state failed: ${String(e)}`));
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
    const s = this.state.get<unknown>(this.stateKey);
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

  protected scanned(): ScannedDocument | undefined {
    const doc = this.services.followed.document;
    return doc && this.scans.get(doc);
  }

  private update(): void {
    clearTimeout(this.updateTimer);
    if (!this.isReady || !this.dirty) return;
    this.dirty = false;
    const doc = this.scanned();
    this.post({ type: 'graph', graph: this.services.payloads.of(doc, doc?.pack ?? this.scans.pack, this.services.language.of(doc)) });
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
      const timer = setTimeout(() => reject(new Error('the Concept Graph page did not load')), timeoutMs);
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

  /** Shows the surface and waits for its page. */
  abstract show(): Promise<void>;

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
        reject(new Error('the Concept Graph page did not answer'));
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
    for (const p of this.exports.values()) p.reject(new Error('the Concept Graph page was disposed'));
    this.exports.clear();
    for (const w of this.readyWaiters.splice(0)) w.reject(new Error('the Concept Graph page was disposed'));
  }
}

function graphStrings(): GraphStrings {
  return {
    filters: vscode.l10n.t('Legend'),
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
    search: vscode.l10n.t('Search concepts'),
    local: vscode.l10n.t('Local graph'),
    depth: vscode.l10n.t('Depth'),
    legendHint: vscode.l10n.t('Click to hide or show'),
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
