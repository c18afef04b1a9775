// Loads the built-in pack and the user's packs (setting conceptLens.packs), compiles them, and
// recompiles when the setting or a pack file changes. Pack problems go to the Problems panel.
//
// Reloads are serialised: each waits for the one before it, and a reload that a newer request has
// superseded stops at once, before it reports anything. So ten quick changes of the setting read the
// packs at most twice and report once. The watchers follow the setting, not the reloads: they are made
// again only when the list of pack files changes.

import { loadBuiltinCompiledPack } from '../core/pack/builtinCompiledPack';
import { aliasesNeedingInflections, compileLayered, layerPacks, readUserPack } from '../core/pack/packPipeline';
import type { ConceptPack } from '../core/pack/loadPack';
import { isPackError } from '../core/pack/loadPack';
import type { CompiledPack } from '../core/scan/compiledPack';
import type { InflectionTable } from '../core/inflect/inflections';
import { Disposable, DisposableStore } from './base/disposable';
import { Emitter } from './base/event';
import type { IWorkspace } from './host/workspace';
import type { ISettings } from './host/settings';
import { errorText, type ILog } from './host/log';
import type { INotifications, IPackDiagnostics, PackReport } from './host/notifications';

/** Derives English inflections for aliases (compromise, loaded only when a user pack needs it). */
export type InflectionLoader = (aliases: string[]) => Promise<InflectionTable>;

interface ReadPack {
  uri: string;
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
  private watched = '';
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly workspace: IWorkspace,
    private readonly settings: ISettings,
    private readonly diagnostics: IPackDiagnostics,
    private readonly notifications: INotifications,
    private readonly log: ILog,
    private readonly loadInflections: InflectionLoader,
  ) {
    super();
    this.register(
      settings.onDidChange((e) => {
        if (e.affects('conceptLens.packs')) void this.reload();
      }),
    );
    if (this.packUris().length > 0) void this.reload();
  }

  get current(): CompiledPack {
    return this.compiled;
  }

  /** The pack files the settings name, each once: every folder's setting, relative to that folder. */
  packUris(): string[] {
    const folders = this.workspace.folders.length > 0 ? this.workspace.folders : [undefined];
    const uris = folders.flatMap((folder) => this.settings.resource(folder).packs.map((p) => this.workspace.resolvePath(p, folder)));
    return [...new Set(uris)];
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
    const uris = this.packUris();
    this.watch(uris);
    const read: ReadPack[] = [];
    for (const uri of uris) {
      read.push(await this.readPack(uri));
      if (this.superseded(generation)) return;
    }
    this.report(read);
    const user = read.flatMap((r) => (r.pack ? [r.pack] : []));
    const layered = layerPacks([this.builtin.pack, ...user])!;
    this.publish(user.length === 0 ? this.builtin : compileLayered(layered.pack));
    // compromise is slow to load: derive the user's inflections after the fact, off the typing path.
    const aliases = aliasesNeedingInflections(user);
    if (aliases.length === 0) return;
    try {
      const table = await this.loadInflections(aliases);
      if (!this.superseded(generation)) this.publish(compileLayered(layered.pack, table));
    } catch (e) {
      this.log.warn(`inflections for user packs failed: ${errorText(e)}`);
    }
  }

  /** Watches the pack files: made again only when the list changes. */
  private watch(uris: readonly string[]): void {
    const key = uris.join('\n');
    if (key === this.watched) return;
    this.watched = key;
    this.watchers.clear();
    for (const uri of uris) {
      const w = this.watchers.add(this.workspace.watchFile(uri));
      const again = (): void => void this.reload();
      this.watchers.add(w.onDidChange(again));
      this.watchers.add(w.onDidCreate(again));
      this.watchers.add(w.onDidDelete(again));
    }
  }

  private async readPack(uri: string): Promise<ReadPack> {
    let text: string;
    try {
      text = new TextDecoder().decode(await this.workspace.readFile(uri));
    } catch (e) {
      return { uri, report: { unreadable: errorText(e) }, pack: undefined };
    }
    const { pack, problems, failure } = readUserPack(text);
    if (failure !== undefined) {
      this.log.error(`loading the concept pack ${uri} failed: ${failure}`);
      return { uri, report: { unreadable: failure }, pack: undefined };
    }
    return { uri, report: { problems }, pack };
  }

  /** The problems of the packs just read replace those of the last reload; errors are also said at once. */
  private report(read: readonly ReadPack[]): void {
    this.diagnostics.clear();
    for (const r of read) {
      this.diagnostics.set(r.uri, r.report);
      const errors = 'unreadable' in r.report ? 1 : r.report.problems.filter(isPackError).length;
      if (errors > 0) this.notifications.packHasErrors(r.uri, errors);
    }
  }

  private publish(cp: CompiledPack): void {
    this.compiled = cp;
    this.log.info(`concept pack ${cp.pack.id}: ${cp.concepts.length} concepts, ${cp.surfaces.length} surfaces`);
    this.changed.fire(cp);
  }
}
