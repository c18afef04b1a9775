// The workspace's concept index: for every Markdown file of every workspace folder, its matches and
// headings, read and scanned in batches by a worker (off the extension host's thread), kept current by
// a file watcher, and saved between sessions. Open documents answer from their live scans instead. A
// changed pack is indexed in the background while the old index answers; until the first index is
// complete, queries answer from what is indexed and say that they are partial.

import type { CompiledPack } from '../../core/scan/compiledPack';
import { DisposableStore } from '../base/disposable';
import { Emitter } from '../base/event';
import { CancellationSource, type CancellationToken } from '../base/cancellation';
import { errorText } from '../host/log';
import type { IndexFileRequest } from '../host/indexHost';
import type { ConceptIndexHost, IndexProgress } from './conceptIndexHost';
import type { ITextDocument } from '../host/textDocument';
import { isSourceDocument } from '../schemes';
import { packHash } from './fileIndex';
import { IndexSaver } from './indexSaver';
import { readCacheInto } from './indexCacheRead';
import { type IndexFilter, readGitignores } from './indexFilter';
import { leftOutLine, listIndexFiles } from './indexListing';
import { watchIndexedFiles } from './indexWatcher';
import { IndexState, type BuildFigures } from './indexState';
import { IndexQueries, type DocumentOccurrences, type Occurrence } from './indexQueries';
import { TaskSequence } from './taskSequence';

export type { DocumentOccurrences, Occurrence, FileOutline } from './indexQueries';
export type { ConceptIndexHost, IndexProgress } from './conceptIndexHost';

/** Files a worker reads and scans per message; files it only checks (a kept entry's size and mtime) count a fifth. */
export const INDEX_BATCH = 200;
/** Batches sent ahead of the answers (at startup the extension host's thread may be busy for a second). */
const IN_FLIGHT = 4;
/** How long after the last watcher event the changed files are read. */
export const WATCH_DEBOUNCE_MS = 50;

export class ConceptIndex extends IndexQueries {
  /** The complete index of the last pack: it answers while a new pack is indexed. */
  private ready: IndexState | undefined;
  private building: IndexState | undefined;
  /** The state a build makes before its files are listed: it hears the watcher's events from the start. */
  private preparing: IndexState | undefined;
  /** The pack (by hash) the worker scans with: only a state of that pack is read. */
  private workerHash: string | undefined;
  /** How many watcher events came (a state's `touched` is in these). */
  private events = 0;
  private run: CancellationSource | undefined;
  private generation = 0;
  /** Pumps run one after another (see pump). */
  private readonly pumps = new TaskSequence();
  private readonly changed = this.register(new Emitter<void>());
  /** Fires when what the index answers changes (a batch read, a file changed, a pack indexed). */
  readonly onDidChange = this.changed.event;
  private readonly progressed = this.register(new Emitter<IndexProgress | undefined>());
  /** Fires while files are read (undefined: done or cancelled). */
  readonly onDidProgress = this.progressed.event;
  private readonly completed = this.register(new Emitter<void>());
  private filter: IndexFilter | undefined;
  private readonly gitignoreWatchers = this.register(new DisposableStore());
  private watchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The cap the user was told of (once per value), and the files over the size limit already logged. */
  private toldCap = -1;
  private tooLargeLogged = new Set<string>();
  private started = false;
  private readonly saver: IndexSaver;
  /** The figures of the last build that completed. */
  lastBuild: BuildFigures | undefined;

  constructor(private readonly host: ConceptIndexHost) {
    super(host.workspace, host.scans);
    const { workspace, settings, packs } = host;
    this.register(
      watchIndexedFiles(host, {
        changed: (uri) => this.changedOnDisk(uri),
        deleted: (uri) => this.filesDeleted(() => [uri]),
        foldersDeleted: (folders) => this.filesDeleted((state) => state.filesUnder(folders)),
        listening: () => this.states().length > 0,
      }),
    );
    // An open document answers from its live text, a closed one from the index: either way the answers change.
    const openedOrClosed = (doc: ITextDocument): void => void (doc.languageId === 'markdown' && isSourceDocument(doc.uri) && this.changed.fire());
    this.register(workspace.onDidOpenDocument(openedOrClosed));
    this.register(workspace.onDidCloseDocument(openedOrClosed));
    // A reload that gives the same pack (the registry's first reload, most often) changes nothing here.
    // (Nor does one while a build reads the cache back: building it again would not read the cache.)
    this.register(packs.onDidChange(() => packHash(packs.current) !== (this.building ?? this.ready ?? this.preparing)?.hash && this.rebuild()));
    this.register(settings.onDidChange((e) => (e.affects('conceptLens.index') || e.affects('conceptLens.maxFileSizeKB')) && this.rebuild()));
    // Turned off, it drops what it holds; turned on again, it starts as after a window reload.
    this.register(settings.onDidChange((e) => e.affects('conceptLens.enabled') && this.rebuild(true)));
    this.register(workspace.onDidChangeFileExcludes(() => this.rebuild()));
    this.register({ dispose: () => (clearTimeout(this.watchTimer), this.run?.dispose()) });
    this.register(host.worker);
    this.saver = this.register(new IndexSaver(host.cache, () => this.ready, host.log));
  }

  /** Starts indexing (after activation): from the cache when it holds this pack, else from scratch. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.rebuild(true);
  }

  /** The state queries read: the complete index, else the one being made. */
  protected override get answering(): IndexState | undefined {
    return this.ready ?? this.building;
  }

  /** Whether answers leave files out: the first index is not complete yet (or was cancelled). */
  get partial(): boolean {
    return this.ready === undefined && this.host.settings.window().enabled;
  }

  get progress(): IndexProgress | undefined {
    const b = this.building;
    return b && !b.complete && this.run ? { done: b.done, total: b.total } : undefined;
  }

  /** Stops reading files; what is indexed stays, and answers say they are partial. */
  cancel(): void {
    if (!this.run) return;
    this.run.cancel();
    this.run = undefined;
    this.host.log.info(`indexing cancelled: ${this.building?.done ?? 0} of ${this.building?.total ?? 0} files read`);
    this.progressed.fire(undefined);
  }

  /** Resolves when the index is complete, or at once when it is idle; rejects on nothing. */
  whenComplete(token?: CancellationToken): Promise<void> {
    if (!this.run) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => (sub.dispose(), cancel?.dispose(), progress.dispose(), resolve());
      const sub = this.completed.event(done);
      const progress = this.progressed.event((p) => p === undefined && done());
      const cancel = token?.onCancellationRequested(done);
    });
  }

  /** A concept's occurrences now (partial while the first index is made: see `partial`). */
  async find(conceptId: string, _token?: CancellationToken): Promise<Occurrence[]> {
    return this.occurrencesOf(conceptId);
  }

  /** Every occurrence, waiting for the index to be complete first (a rename or an export needs them all). */
  async findComplete(conceptId: string, token?: CancellationToken): Promise<Occurrence[]> {
    await this.whenComplete(token);
    return this.occurrencesOf(conceptId);
  }

  /** Every concept's count now (partial while the first index is made). */
  async counts(_token?: CancellationToken): Promise<Map<string, number>> {
    return this.conceptCounts();
  }

  /** Every occurrence of every concept, file by file, once the index is complete. */
  async all(token?: CancellationToken): Promise<DocumentOccurrences[]> {
    await this.whenComplete(token);
    return this.documents();
  }

  /** Forgets what it holds and starts again as after a window reload: from the cache, re-reading what changed. */
  reopen(): void {
    this.ready = undefined;
    this.building = undefined;
    this.rebuild(true);
  }

  /** Indexes again with the current pack, settings and exclusions (keeping what is unchanged on disk). */
  rebuild(fromCache = false): void {
    if (!this.started || this.isDisposed) return;
    const gen = ++this.generation;
    this.run?.dispose();
    if (!this.host.settings.window().enabled) return this.drop(); // Concept Lens turned off: it reads nothing
    const run = (this.run = new CancellationSource());
    const pack = this.host.packs.current;
    void this.build(gen, run.token, pack, fromCache).catch((e: unknown) => {
      this.host.log.error(`indexing the workspace failed: ${errorText(e)}`);
      if (this.run === run) this.run = undefined;
      this.progressed.fire(undefined);
    });
  }

  /** Forgets every state and stops reading; turned on again, it starts from the cache. */
  private drop(): void {
    void this.flush().catch(() => undefined); // what changed since the last save is kept for the next start
    if (this.run) this.progressed.fire((this.run = undefined));
    clearTimeout(this.watchTimer);
    this.gitignoreWatchers.clear();
    this.workerHash = undefined; // a pass of watcher events still reading sends no more batches
    this.ready = this.building = this.preparing = undefined;
    this.changed.fire();
  }

  private async build(gen: number, token: CancellationToken, pack: CompiledPack, fromCache: boolean): Promise<void> {
    const t0 = performance.now();
    const hash = packHash(pack);
    const state = new IndexState(pack, hash);
    state.startedAt = t0;
    this.preparing = state; // the watcher's events reach it from now on (kept until the listing answers)
    // Entries of the same pack are kept (the worker re-reads only what changed on disk).
    const previous = [this.building, this.ready].find((s) => s?.hash === hash);
    let changed: string[] | undefined;
    if (previous) for (const f of previous.files.values()) state.set(f);
    else if (fromCache && this.host.cache) {
      changed = await readCacheInto(state, this.host.cache, this.host.worker, this.host.settings.window().maxFileSizeKB * 1024, this.host.log);
      state.cacheMs = performance.now() - t0;
    }
    state.fromCache = fromCache ? state.files.size : 0;
    if (gen !== this.generation) return;
    if (state.fromCache > 0) {
      // A window reload: the files the cache names are checked first (only changed ones are read; the
      // worker may have checked them already) and then answer as complete; the listing after it adds the
      // files made meanwhile and drops the gone.
      for (const uri of changed ?? state.files.keys()) state.pending.add(uri);
      state.total = state.files.size;
      state.done = state.total - state.pending.size;
      this.begin(state);
      await this.pump(state, token);
      if (gen !== this.generation || token.isCancellationRequested) return;
    }
    const t1 = performance.now();
    const files = await this.listFiles(token);
    if (gen !== this.generation || !files) return;
    state.listMs = performance.now() - t1;
    this.host.log.info(`listed ${files.length} Markdown files in ${Math.round(state.listMs)} ms (${state.files.size} entries kept or read back in ${Math.round(t1 - t0)} ms)`);
    if (this.preparing === state) this.preparing = undefined;
    const { maxFiles } = this.host.settings.window().index;
    if (state.setListed(files, this.includes, maxFiles)) this.tellCap(state.total + 1, maxFiles, true);
    if (!state.complete) this.begin(state);
    await this.pump(state, token);
  }

  /** Makes `state` the one being built (the worker gets its pack) and the one answering when it has the same pack. */
  private begin(state: IndexState): void {
    this.host.worker.setPack(state.pack, state.hash);
    this.workerHash = state.hash;
    this.building = state;
    // The same pack answers from the new state at once; another pack's complete index answers until this one is.
    if (this.ready && this.ready.hash === state.hash) this.ready = undefined;
    this.changed.fire();
  }

  /** The workspace's Markdown files that the settings and exclusions let in, up to the cap, sorted. */
  private async listFiles(token: CancellationToken): Promise<string[] | undefined> {
    if (this.host.workspace.folders.length === 0) return [];
    const listing = await listIndexFiles(this.host, await this.readGitignores(), token);
    if (!listing) return undefined;
    this.filter = listing.filter;
    const { leftOut, max, more } = listing;
    if (leftOut.length > 0) {
      this.tellCap(max + leftOut.length, max, more);
      this.host.log.info(leftOutLine(listing));
    }
    return listing.files;
  }

  private tellCap(found: number, max: number, more: boolean): void {
    this.host.log.warn(`the workspace has ${more ? 'more than ' : ''}${found} Markdown files; the first ${max} are indexed (conceptLens.index.maxFiles)`);
    if (this.toldCap === max) return;
    this.toldCap = max;
    this.host.notifications.indexCapped(max);
  }

  private readGitignores(): Promise<Map<string, string>> {
    this.gitignoreWatchers.clear();
    return readGitignores(this.host.workspace, this.gitignoreWatchers, () => this.rebuild());
  }

  /** Reads pending files in batches, IN_FLIGHT of them sent ahead so the worker is not idle while the host's thread is busy. */
  private pump(state: IndexState, token: CancellationToken): Promise<void> {
    const run = async (): Promise<void> => {
      const limitBytes = this.host.settings.window().maxFileSizeKB * 1024;
      const inFlight: Promise<void>[] = [];
      try {
        // Until nothing is pending and nothing in flight: the watcher may add files while the last batches are read.
        while (!token.isCancellationRequested && !this.isDisposed) {
          if (state.pending.size > 0 && state.hash === this.workerHash) {
            const sent = this.scanBatch(state, state.takeBatch(INDEX_BATCH), this.events, limitBytes, token);
            sent.catch(() => undefined); // awaited in turn below: one failing meanwhile is not unhandled
            inFlight.push(sent);
            if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
          } else if (inFlight.length > 0) await inFlight.shift();
          else break;
        }
      } finally {
        // A failed batch ends the pass once the others have answered, so that the next pass does not overlap them.
        await Promise.allSettled(inFlight);
      }
      state.touched.clear(); // nothing of it is in flight now (pumps run one after another)
    };
    return this.pumps.run(run).then(() => this.finish(state, token));
  }

  /** Reads a batch sent when `sentAt` watcher events had come. */
  private async scanBatch(state: IndexState, batch: IndexFileRequest[], sentAt: number, limitBytes: number, token: CancellationToken): Promise<void> {
    let results;
    try {
      results = await this.host.worker.scan(batch, limitBytes);
    } catch (e) {
      // A batch of a superseded run, or of the old pack's index once the worker has the new one, may fail.
      if (token.isCancellationRequested || !this.isCurrent(state) || state.hash !== this.workerHash) return;
      if (!state.readAgainOnce(batch)) throw e;
      this.host.log.warn(`reading ${batch.length} files failed, reading them again: ${errorText(e)}`);
      return;
    }
    if (token.isCancellationRequested || !this.isCurrent(state)) return;
    for (const r of results) {
      const uri = r.kind === 'indexed' ? r.file.uri : r.uri;
      if (state.answersTooEarly(uri, sentAt)) continue;
      if (r.kind === 'indexed') {
        state.set(r.file);
        state.read++;
      }
      else if (r.kind === 'unchanged') continue;
      else {
        state.remove(r.uri);
        if (r.kind === 'tooLarge' && !this.tooLargeLogged.has(r.uri)) {
          this.tooLargeLogged.add(r.uri);
          this.host.log.info(`not indexed, over conceptLens.maxFileSizeKB: ${r.uri} (${r.size} bytes)`);
        }
      }
    }
    state.done = Math.min(state.total, state.done + batch.length);
    if (!state.complete) this.progressed.fire({ done: state.done, total: state.total });
    this.changed.fire();
  }

  private isCurrent(state: IndexState): boolean {
    return state === this.building || state === this.ready;
  }

  private finish(state: IndexState, token: CancellationToken): Promise<void> | undefined {
    if (token.isCancellationRequested || this.isDisposed || !this.isCurrent(state)) return;
    // Files the watcher named after the last batch was sent: read them before the index says it is complete.
    if (state.pending.size > 0) return state.hash === this.workerHash ? this.pump(state, token) : undefined;
    const first = !state.complete;
    state.complete = true;
    state.done = state.total;
    if (state === this.building) {
      this.ready = state;
      this.building = undefined;
    }
    if (first) {
      this.run = undefined;
      this.lastBuild = { ms: performance.now() - state.startedAt, files: state.files.size, read: state.read, fromCache: state.fromCache, listMs: state.listMs, cacheMs: state.cacheMs };
      this.host.log.info(`indexed ${state.files.size} Markdown files in ${Math.round(this.lastBuild.ms)} ms (${state.read} read, ${state.fromCache} from the cache)`);
      this.progressed.fire(undefined);
      this.completed.fire();
    }
    this.changed.fire();
    // The first complete index is saved at once (a window closed a second later keeps it); later ones, after a pause.
    if (first) void this.flush(true).catch(() => undefined);
    else this.saver.soon();
  }

  /** The states the watcher's events reach: the complete one, the one being made and the one being listed. */
  private states(): IndexState[] {
    return [...new Set([this.ready, this.building, this.preparing])].filter((s): s is IndexState => s !== undefined);
  }

  private readonly includes = (uri: string): boolean => this.filter?.includes(uri) ?? false;

  private changedOnDisk(uri: string): void {
    const seq = ++this.events;
    const { maxFiles } = this.host.settings.window().index;
    for (const state of this.states()) if (!state.changedOnDisk(uri, seq, this.includes, maxFiles)) this.tellCap(state.total + 1, maxFiles, true);
    this.readSoon();
  }

  /** The files `filesOf` names in each state are gone from disk. */
  private filesDeleted(filesOf: (state: IndexState) => readonly string[]): void {
    const seq = ++this.events;
    let changed = false;
    for (const state of this.states()) for (const u of filesOf(state)) changed = state.deletedOnDisk(u, seq, this.includes) || changed;
    if (changed) {
      this.changed.fire();
      this.saver.soon();
    }
    this.readSoon();
  }

  /** Reads what the watcher named, after a pause, in the states of the worker's pack that no run reads (a first index's run reads them itself). */
  private readSoon(): void {
    clearTimeout(this.watchTimer);
    this.watchTimer = setTimeout(() => {
      if (this.isDisposed) return;
      for (const state of [this.ready, this.building]) {
        if (!state?.listed || state.pending.size === 0 || state.hash !== this.workerHash || (!state.complete && this.run)) continue;
        void this.pump(state, new CancellationSource().token).catch((e: unknown) => this.host.log.error(`re-indexing changed files failed: ${errorText(e)}`));
      }
    }, WATCH_DEBOUNCE_MS);
  }

  /** Saves now what is pending (or, with `always`, in any case). */
  flush(always = false): Promise<void> {
    return this.saver.flush(always);
  }
}

