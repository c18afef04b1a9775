// What the workspace index needs of the host besides the workspace: a worker that reads and scans batches
// of files off the extension host's thread (node:worker_threads in Node; a Web Worker in a browser would
// fit the same interface), and a place to keep the index between sessions.

import type { CompiledPack } from '../../core/scan/compiledPack';
import type { IDisposable } from '../base/disposable';
import type { CacheRead, IndexedFile } from '../index/fileIndex';

export interface IndexFileRequest {
  uri: string;
  /** The size and mtime of the entry the index holds: the worker answers `unchanged` while both still hold. */
  known?: { size: number; mtime: number };
}

export type IndexFileResult =
  | { kind: 'unchanged'; uri: string }
  | { kind: 'indexed'; file: IndexedFile }
  /** Over conceptLens.maxFileSizeKB, by its size on disk: not read. */
  | { kind: 'tooLarge'; uri: string; size: number }
  /** Gone since it was listed, or unreadable. */
  | { kind: 'missing'; uri: string; why: string };

/** What the worker needs to list the workspace's Markdown files itself (see IndexFilter). */
export interface IndexListRequest {
  /** The workspace folders' URIs. */
  folders: string[];
  /** Exclusion globs (files.exclude, search.exclude, conceptLens.index.exclude). */
  globs: string[];
  /** Each folder's root .gitignore text, by the folder's URI without a trailing slash. */
  gitignores: [string, string][];
  /** Stop after this many files (the cap's files and those it leaves out, which are logged). */
  max: number;
}

export interface IndexListResult {
  /** The files the filter lets in, in no particular order. */
  files: string[];
  /** Whether the walk stopped at `max` (there are more). */
  more: boolean;
}

export interface IIndexWorker extends IDisposable {
  /**
   * Lists the workspace's Markdown files (walking the folders itself, which is much faster than the
   * host's file search); undefined when it cannot (a folder it cannot read, or no worker thread).
   */
  list?(request: IndexListRequest): Promise<IndexListResult | undefined>;
  /** Scans with this pack from now on; `hash` names it in the answers. */
  setPack(pack: CompiledPack, hash: string): void;
  /**
   * Reads and checks the cache file at `uri` itself (off the extension host's thread), and compares each
   * entry with its file on disk: `changed` names those to read again (changed, gone, or over
   * `limitBytes`). 'none' when there is no such file; undefined when it cannot (the host reads it instead).
   */
  readCache?(uri: string, packHash: string, concepts: number, limitBytes: number): Promise<{ read: CacheRead; changed?: string[] } | 'none' | undefined>;
  /** Reads and scans a batch of files; one result a file, in order. Rejects when the worker breaks. */
  scan(files: readonly IndexFileRequest[], limitBytes: number): Promise<IndexFileResult[]>;
}

/** Where the index is kept between sessions (the vscode adapter: a file in the workspace's storage). */
export interface IIndexCache {
  /** The cache file's URI, when a worker may read it itself (a file: URI). */
  readonly uri?: string;
  /** The cache's text; undefined when there is none. */
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
  /** Removes it (it was found corrupt). */
  delete(): Promise<void>;
}
