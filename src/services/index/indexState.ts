// One generation of the workspace index: the files indexed with one pack, the count of each concept
// over them, and the files still to read. A pack change makes a new generation while the old one
// answers.

import type { CompiledPack } from '../../core/scan/compiledPack';
import { M_CONCEPT, MATCH_STRIDE, NO_NUMBERS, type IndexedFile } from './fileIndex';

const NO_STRINGS: string[] = [];

/** Figures of a build, from its start to the index being complete (the benchmark reports them). */
export interface BuildFigures {
  ms: number;
  files: number;
  /** Files read and scanned; the others were unchanged since the cache or the last build. */
  read: number;
  fromCache: number;
}

export class IndexState {
  readonly files = new Map<string, IndexedFile>();
  /** Matches per concept (by index in the pack), over `files`. */
  readonly counts: Int32Array;
  /** Files to read (again), in order. */
  readonly pending = new Set<string>();
  /** Files found by the last listing, and how many of them are read since. */
  total = 0;
  done = 0;
  complete = false;
  /** For the figures: when the build started (performance.now()), files read, entries taken from the cache. */
  startedAt = 0;
  read = 0;
  fromCache = 0;

  constructor(
    readonly pack: CompiledPack,
    readonly hash: string,
  ) {
    this.counts = new Int32Array(pack.concepts.length);
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
