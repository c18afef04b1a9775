// What the services need of the host's workspace: its Markdown files (list, stat, read, watch) and its
// open documents. The vscode adapter is src/extension/host/vscodeWorkspace.ts; tests use an in-memory
// one (test/support/memoryWorkspace.ts).

import type { CancellationToken } from '../base/cancellation';
import type { IDisposable } from '../base/disposable';
import type { Event } from '../base/event';
import type { ITextDocument, TextChange } from './textDocument';

export interface FileStat {
  /** In bytes. */
  readonly size: number;
  /** Milliseconds since the epoch. */
  readonly mtime: number;
  /** True for a folder. */
  readonly isFolder?: boolean;
}

export interface DocumentChangeEvent {
  readonly document: ITextDocument;
  readonly changes: readonly TextChange[];
}

/** A watcher of one file or one glob. Each event carries the URI that changed. */
export interface IFileWatcher extends IDisposable {
  readonly onDidChange: Event<string>;
  /** A created file; for watchMarkdown(), also any other created path (a folder, perhaps, whose files may go unreported). */
  readonly onDidCreate: Event<string>;
  /** A deleted file; for watchMarkdown(), also a deleted folder, which VS Code reports without the files in it. */
  readonly onDidDelete: Event<string>;
}

export interface IWorkspace {
  /** The open text documents, of every language and scheme. */
  readonly documents: readonly ITextDocument[];
  readonly onDidChangeDocument: Event<DocumentChangeEvent>;
  readonly onDidOpenDocument: Event<ITextDocument>;
  readonly onDidCloseDocument: Event<ITextDocument>;
  readonly onDidSaveDocument: Event<ITextDocument>;

  /** The workspace folders' URIs (none: no files to list). */
  readonly folders: readonly string[];
  /**
   * The Markdown files of the workspace folders (not node_modules, .git, .vscode-test), at most `max`.
   * With `exclude`, the files those globs name are left out too (the host may leave them to the caller);
   * with `under` (a folder's URI), only the files in that folder and below.
   */
  findMarkdownFiles(max: number, token?: CancellationToken, exclude?: readonly string[], under?: string): Promise<string[]>;
  /** The globs of the user's files.exclude and search.exclude that are on. */
  fileExcludes(): string[];
  /** Fires when files.exclude or search.exclude changes. */
  readonly onDidChangeFileExcludes: Event<void>;
  /** The concept packs kept beside the articles (`*.conceptpack.json`, same folders left out), at most `max`. */
  findPackFiles(max: number): Promise<string[]>;
  /** Whether the user trusts the workspace: packs found in it are loaded only then. */
  readonly isTrusted: boolean;
  readonly onDidGrantTrust: Event<void>;
  /** Undefined when the file cannot be read. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** Rejects when the file cannot be read. */
  readFile(uri: string): Promise<Uint8Array>;
  /** Watches one file, by URI. */
  watchFile(uri: string): IFileWatcher;
  /** Watches every Markdown file of the workspace. */
  watchMarkdown(): IFileWatcher;
  /** Watches every `*.conceptpack.json` of the workspace. */
  watchPackFiles(): IFileWatcher;

  /**
   * The URI a path setting names: a URI, an absolute path, or a path relative to the workspace folder
   * of `scope` (else the first folder).
   */
  resolvePath(path: string, scope?: string): string;
  /** A URI as the user reads it: relative to its workspace folder when it is in one. */
  displayPath(uri: string): string;
}
