// Loads the built-in pack and the user's packs, compiles them, and recompiles when one changes. User
// packs are those the setting conceptLens.packs names and, in a trusted workspace, every
// `*.conceptpack.json` beside the articles. Pack problems go to the Problems panel.
//
// Reloads are serialised: each waits for the one before it, and a reload that a newer request has
// superseded stops at once, before it reads or reports anything. So ten quick changes of the setting
// read the packs once and report once. The watchers follow the setting, not the reloads: they are made
// again only when the list of pack files changes.

import { loadBuiltinCompiledPack } from '../core/pack/builtinCompiledPack';
import { aliasesNeedingInflections, compileLayered, layerPacks, readUserPack } from '../core/pack/packPipeline';
import { isPackError, problemOf, type ConceptPack, type PackProblem } from '../core/pack/loadPack';
import { conceptIdNode } from '../core/pack/packLocations';
import { LineIndex } from '../core/text/lineIndex';
import type { CompiledPack } from '../core/scan/compiledPack';
import type { InflectionTable } from '../core/inflect/inflections';
import { Disposable, DisposableStore } from './base/disposable';
import { Emitter } from './base/event';
import type { IWorkspace } from './host/workspace';
import type { ITextDocument } from './host/textDocument';
import type { ISettings } from './host/settings';
import { errorText, type ILog } from './host/log';
import type { INotifications, IPackDiagnostics, PackReport } from './host/notifications';
import { duplicateIds, layersFor, type UserPack } from './packLayers';

/** Derives English inflections for aliases (compromise, loaded only when a user pack needs it). */
export type InflectionLoader = (aliases: string[]) => Promise<InflectionTable>;

/** How many `*.conceptpack.json` files of the workspace are loaded at most. */
export const PACK_FILES_MAX = 500;

/** How long after an edit of an open pack it is read again. */
export const PACK_EDIT_DEBOUNCE_MS = 300;

interface ReadPack {
  uri: string;
  text: string;
  report: PackReport;
  pack: ConceptPack | undefined;
}

export class PackRegistry extends Disposable {
  /** The built-in pack, restored as the build compiled it; user packs are layered over it. */
  private readonly builtin = loadBuiltinCompiledPack();
  private compiled = this.builtin;
  private readonly changed = this.register(new Emitter<CompiledPack>());
  readonly onDidChange = this.changed.event;
  private readonly watchers = this.register(new DisposableStore());
  private readonly packFileWatcher = this.register(new DisposableStore());
  private watched = '';
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  /** The user packs of the last reload, and the inflections they were compiled with. */
  private user: UserPack[] = [];
  private inflections: InflectionTable | undefined;
  /** Packs compiled for documents that a nearer pack's concept overrides, by layering order. */
  private readonly variants = new Map<string, CompiledPack>();
  private duplicates = new Map<string, string[]>();
  private readUris = new Set<string>();
  /** Packs whose errors have been said: not said again at each reload until they were fixed once. */
  private readonly errorsSaid = new Set<string>();
  private editTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly workspace: IWorkspace,
    private readonly settings: ISettings,
    private readonly diagnostics: IPackDiagnostics,
    private readonly notifications: INotifications,
    private readonly log: ILog,
    private readonly loadInflections: InflectionLoader,
  ) {
    super();
    this.register(settings.onDidChange((e) => e.affects('conceptLens.packs') && void this.reload()));
    this.register(workspace.onDidGrantTrust(() => (this.watchPackFiles(), void this.reload())));
    // A pack open in an editor counts as typed: an edit (ours or the user's, an undo too) takes effect
    // once the typing pauses, saved or not.
    this.register(workspace.onDidChangeDocument((e) => this.isUserPack(e.document.uri) && this.reloadSoon()));
    this.register({ dispose: () => clearTimeout(this.editTimer) });
    if (workspace.isTrusted) this.watchPackFiles();
    if (this.settingPackUris().length > 0 || (workspace.isTrusted && workspace.folders.length > 0)) void this.reload();
  }

  get current(): CompiledPack {
    return this.compiled;
  }

  /** The pack for a document: the current one, unless a nearer pack overrides a concept of another. */
  forDocument(uri: string): CompiledPack {
    if (this.duplicates.size === 0) return this.compiled;
    const layers = layersFor(this.user, uri);
    const key = layers.map((l) => l.uri).join('\n');
    let cp = this.variants.get(key);
    if (!cp) this.variants.set(key, (cp = compileLayered(layerPacks([this.builtin.pack, ...layers.map((l) => l.pack)])!.pack, this.inflections)));
    return cp;
  }

  /** The pack files the settings name, each once: every folder's setting, relative to that folder. */
  settingPackUris(): string[] {
    const folders = this.workspace.folders.length > 0 ? this.workspace.folders : [undefined];
    const uris = folders.flatMap((folder) => this.settings.resource(folder).packs.map((p) => this.workspace.resolvePath(p, folder)));
    return [...new Set(uris)];
  }

  /** The user packs of the last reload, by file (the commands that write to a pack choose among them). */
  get userPacks(): readonly UserPack[] {
    return this.user;
  }

  /** The user pack whose definition of a concept a document sees (the nearer one wins), if any defines it. */
  userPackDefining(conceptId: string, documentUri = ''): UserPack | undefined {
    const layers = layersFor(this.user, documentUri);
    for (let i = layers.length - 1; i >= 0; i--) if (layers[i]!.pack.concepts.some((c) => c.id === conceptId)) return layers[i];
    return undefined;
  }

  /** Whether a URI is one of the user packs read by the last reload. */
  isUserPack(uri: string): boolean {
    return this.readUris.has(uri);
  }

  private reloadSoon(): void {
    clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => void this.reload(), PACK_EDIT_DEBOUNCE_MS);
  }

  /** Reloads the packs after any reload under way; resolves when the packs are current. */
  reload(): Promise<void> {
    const generation = ++this.generation;
    const run = this.queue.then(() => this.run(generation));
    this.queue = run.catch((e: unknown) => this.log.error(`reloading the concept packs failed: ${errorText(e)}`));
    return this.queue;
  }

  private superseded(generation: number): boolean {
    return generation !== this.generation || this.isDisposed;
  }

  private async run(generation: number): Promise<void> {
    if (this.superseded(generation)) return;
    const fromSettings = this.settingPackUris();
    this.watch(fromSettings);
    const uris = [...new Set([...fromSettings, ...(this.workspace.isTrusted ? await this.workspace.findPackFiles(PACK_FILES_MAX) : [])])];
    const read: ReadPack[] = [];
    for (const uri of uris) {
      if (this.superseded(generation)) return;
      read.push(await this.readPack(uri));
    }
    if (this.superseded(generation)) return;
    this.readUris = new Set(uris);
    this.user = read.flatMap((r) => (r.pack ? [{ uri: r.uri, pack: r.pack }] : []));
    this.duplicates = duplicateIds(this.user);
    this.report(read);
    this.inflections = undefined;
    // With no user pack, as before: nothing to tell (every document would be scanned again).
    if (this.user.length === 0 && this.compiled === this.builtin) return;
    this.publish(this.compileAll());
    await this.addInflections(generation);
  }

  private compileAll(): CompiledPack {
    return this.user.length === 0 ? this.builtin : compileLayered(layerPacks([this.builtin.pack, ...this.user.map((u) => u.pack)])!.pack, this.inflections);
  }

  /** compromise is slow to load: derive the user's inflections after the fact, off the typing path. */
  private async addInflections(generation: number): Promise<void> {
    const aliases = aliasesNeedingInflections(this.user.map((u) => u.pack));
    if (aliases.length === 0) return;
    try {
      const table = await this.loadInflections(aliases);
      if (this.superseded(generation)) return;
      this.inflections = table;
      this.publish(this.compileAll());
    } catch (e) {
      this.log.warn(`inflections for user packs failed: ${errorText(e)}`);
    }
  }

  /** Watches the pack files the settings name: made again only when the list changes. */
  private watch(uris: readonly string[]): void {
    const key = uris.join('\n');
    if (key === this.watched) return;
    this.watched = key;
    this.watchers.clear();
    for (const uri of uris) this.listen(this.watchers, this.watchers.add(this.workspace.watchFile(uri)));
  }

  /** Watches every `*.conceptpack.json` of the workspace (once, when the workspace is trusted). */
  private watchPackFiles(): void {
    if (this.packFileWatcher.size === 0) this.listen(this.packFileWatcher, this.packFileWatcher.add(this.workspace.watchPackFiles()));
  }

  private listen(store: DisposableStore, w: { onDidChange: IWatcherEvent; onDidCreate: IWatcherEvent; onDidDelete: IWatcherEvent }): void {
    const again = (): void => void this.reload();
    store.add(w.onDidChange(again));
    store.add(w.onDidCreate(again));
    store.add(w.onDidDelete(again));
  }

  private async readPack(uri: string): Promise<ReadPack> {
    let text: string;
    try {
      const open = this.openDocument(uri);
      text = open ? open.getText() : new TextDecoder().decode(await this.workspace.readFile(uri));
    } catch (e) {
      return { uri, text: '', report: { unreadable: errorText(e) }, pack: undefined };
    }
    const { pack, problems, failure } = readUserPack(text);
    if (failure !== undefined) {
      this.log.error(`loading the concept pack ${uri} failed: ${failure}`);
      return { uri, text, report: { unreadable: failure }, pack: undefined };
    }
    return { uri, text, report: { problems }, pack };
  }

  /** The problems of the packs just read replace those of the last reload; errors are also said at once. */
  private report(read: readonly ReadPack[]): void {
    this.diagnostics.clear();
    for (const r of read) {
      const report = 'problems' in r.report ? { problems: [...r.report.problems, ...this.duplicateProblems(r)] } : r.report;
      this.diagnostics.set(r.uri, report);
      const errors = 'unreadable' in report ? 1 : report.problems.filter(isPackError).length;
      if (errors === 0) this.errorsSaid.delete(r.uri);
      else if (!this.errorsSaid.has(r.uri) && !this.openDocument(r.uri)) {
        // A pack being typed in has its problems in the Problems panel; a popup at each pause would nag.
        this.errorsSaid.add(r.uri);
        this.notifications.packHasErrors(r.uri, errors);
      }
    }
    const reported = new Set(read.map((r) => r.uri));
    for (const uri of this.errorsSaid) if (!reported.has(uri)) this.errorsSaid.delete(uri);
  }

  /** The pack's document when it is open in an editor (its text is what counts, saved or not). */
  private openDocument(uri: string): ITextDocument | undefined {
    return this.workspace.documents.find((d) => d.uri === uri);
  }

  /** A warning at each concept this pack shares with another user pack, naming the others. */
  private duplicateProblems(r: ReadPack): PackProblem[] {
    const out: PackProblem[] = [];
    let lines: LineIndex | undefined;
    for (const [id, uris] of this.duplicates) {
      if (!uris.includes(r.uri)) continue;
      const node = conceptIdNode(r.text, id);
      const at = node && (lines ??= new LineIndex(r.text)).positionAt(node.offset);
      const others = uris.filter((u) => u !== r.uri).map((u) => this.workspace.displayPath(u));
      out.push({
        ...problemOf('$.concepts', { id: 'alsoDefinedIn', concept: id, others }),
        severity: 'warning',
        ...(at ? { line: at.line + 1, column: at.character + 1 } : {}),
      });
    }
    return out;
  }

  private publish(cp: CompiledPack): void {
    this.compiled = cp;
    this.variants.clear();
    this.log.info(`concept pack ${cp.pack.id}: ${cp.concepts.length} concepts, ${cp.surfaces.length} surfaces`);
    this.changed.fire(cp);
  }
}

type IWatcherEvent = (listener: (uri: string) => void) => { dispose(): void };
