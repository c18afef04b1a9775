// One generation of the workspace index: the files indexed with one pack, the count of each concept
// over them, and the files still to read. A pack change makes a new generation while the old one
// answers.

import type { CompiledPack } from '../../core/scan/compiledPack';
import { M_CONCEPT, MATCH_STRIDE, NO_NUMBERS, type IndexedFile } from './fileIndex';
import type { IndexFileRequest } from '../host/indexHost';
import { isInFolders } from './fileUri';

const NO_STRINGS: string[] = [];

/** Figures of a build, from its start to the index being complete (the benchmark reports them). */
export interface BuildFigures {
  ms: number;
  files: number;
  /** Files read and scanned; the others were unchanged since the cache or the last build. */
  read: number;
  fromCache: number;
  /** How long listing the files took (a warm start completes before it lists), and reading the cache. */
  listMs?: number;
  cacheMs?: number;
}

export class IndexState {
  readonly files = new Map<string, IndexedFile>();
  /** Matches per concept (by index in the pack), over `files`. */
  readonly counts: Int32Array;
  /** Files to read (again), in order. */
  readonly pending = new Set<string>();
  /** Of `pending`, the files the watcher named: read whatever their size and mtime (a change may keep both). */
  readonly force = new Set<string>();
  /** Whether the files were listed for it; until then the watcher's events are kept in `heard`. */
  listed = false;
  /** Files the watcher named before the listing answered (the listing may not see them yet). */
  readonly heard = new Set<string>();
  /** Files of a failed batch that were put back to be read again (see readAgainOnce). */
  private readonly retried = new Set<string>();
  /** When the watcher last named a file (ConceptIndex's event count): a batch sent before that answers too early. */
  readonly touched = new Map<string, number>();
  /** Files found by the last listing, and how many of them are read since. */
  total = 0;
  done = 0;
  complete = false;
  /** For the figures: when the build started (performance.now()), files read, entries taken from the cache. */
  startedAt = 0;
  read = 0;
  fromCache = 0;
  listMs: number | undefined;
  cacheMs: number | undefined;

  constructor(
    readonly pack: CompiledPack,
    readonly hash: string,
  ) {
    this.counts = new Int32Array(pack.concepts.length);
  }

  /**
   * The files are listed: those it holds that the listing and the watcher do not name go, the listed ones
   * not yet complete are read, and those the watcher named meanwhile are read again (added when the
   * listing has not seen them yet, up to `maxFiles`). Returns whether the cap kept one out.
   */
  setListed(files: readonly string[], includes: (uri: string) => boolean, maxFiles: number): boolean {
    const listed = new Set(files);
    let capped = false;
    this.listed = true;
    for (const uri of [...this.files.keys()]) if (!listed.has(uri) && !this.heard.has(uri)) this.remove(uri);
    for (const uri of files) if (!this.complete || !this.files.has(uri)) this.pending.add(uri);
    this.total = files.length;
    for (const uri of this.heard) {
      const inCap = listed.has(uri) || this.total < maxFiles;
      capped ||= !inCap && includes(uri);
      if (!inCap || !includes(uri)) {
        this.remove(uri);
        continue;
      }
      if (!listed.has(uri)) this.total++;
      this.pending.add(uri);
      this.force.add(uri);
    }
    this.heard.clear();
    return capped;
  }

  /**
   * The watcher named a created or changed file (event number `seq`): it is read again, whatever its
   * size and mtime; before the listing it is only noted. Returns false when the cap keeps a new file out.
   */
  changedOnDisk(uri: string, seq: number, includes: (uri: string) => boolean, maxFiles: number): boolean {
    this.touched.set(uri, seq);
    if (!this.listed) {
      this.heard.add(uri);
      return true;
    }
    if (!includes(uri)) return true;
    if (!this.files.has(uri) && !this.pending.has(uri)) {
      if (this.total >= maxFiles) return false;
      this.total++;
    }
    this.pending.add(uri);
    this.force.add(uri);
    return true;
  }

  /**
   * The files this state holds in any of `folders` (URIs without a trailing slash) or below them: a
   * deleted folder takes them with it. One pass over the files, each looked up by its parent folders.
   */
  filesUnder(folders: ReadonlySet<string>): string[] {
    return [...this.files.keys()].filter((uri) => isInFolders(uri, folders));
  }

  /**
   * The watcher named a deleted file: it goes now, and is read once more (and found gone) after any
   * batch in flight that read it before. Returns whether the state held it.
   */
  deletedOnDisk(uri: string, seq: number, includes: (uri: string) => boolean): boolean {
    const had = this.files.has(uri);
    if (had) this.total = Math.max(0, this.total - 1);
    this.touched.set(uri, seq);
    this.remove(uri);
    this.pending.delete(uri);
    this.force.delete(uri);
    if (!this.listed) this.heard.add(uri);
    else if (includes(uri)) this.pending.add(uri);
    return had;
  }

  /**
   * The next files to read, taken from `pending`: up to `size` new ones (a file whose size and mtime are
   * known only to be checked weighs a fifth), each with what is known of it unless it is forced.
   */
  takeBatch(size: number): IndexFileRequest[] {
    const batch: IndexFileRequest[] = [];
    let weight = 0;
    for (const uri of this.pending) {
      this.pending.delete(uri);
      const known = this.force.delete(uri) ? undefined : this.files.get(uri);
      batch.push(known ? { uri, known: { size: known.size, mtime: known.mtime } } : { uri });
      weight += known ? 1 : 5;
      if (weight >= size * 5) break;
    }
    return batch;
  }

  /**
   * A batch that failed: its files are to be read again, each once (a worker that broke is replaced; a
   * file that breaks every reader must not be read for ever). Returns whether any was.
   */
  readAgainOnce(batch: readonly IndexFileRequest[]): boolean {
    let any = false;
    for (const f of batch) {
      if (this.retried.has(f.uri)) continue;
      this.retried.add(f.uri);
      this.pending.add(f.uri);
      // Read as it was asked: whatever its size and mtime if it was asked so.
      if (f.known === undefined && this.files.has(f.uri)) this.force.add(f.uri);
      any = true;
    }
    return any;
  }

  /** Whether a batch's answer for `uri`, sent after `sentAt` events, is too early: the file is to be read again after it. */
  answersTooEarly(uri: string, sentAt: number): boolean {
    return (this.touched.get(uri) ?? 0) > sentAt && (this.pending.has(uri) || this.heard.has(uri));
  }

  set(file: IndexedFile): void {
    this.remove(file.uri);
    // Empty arrays that crossed from the worker are copies: one shared empty array each instead.
    if (file.matches.length === 0) file.matches = NO_NUMBERS;
    if (file.headingLines.length === 0) file.headingLines = NO_NUMBERS;
    if (file.texts.length === 0) file.texts = NO_STRINGS;
    if (file.headingTexts.length === 0) file.headingTexts = NO_STRINGS;
    this.files.set(file.uri, file);
    this.add(file, 1);
  }

  remove(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    this.files.delete(uri);
    this.add(old, -1);
  }

  private add(file: IndexedFile, sign: 1 | -1): void {
    const m = file.matches;
    for (let k = 0; k < m.length; k += MATCH_STRIDE) this.counts[m[k + M_CONCEPT]!]! += sign;
  }
}
