// The file watcher's events as the index wants them. VS Code names a deleted folder without the Markdown
// files in it, and may never name a file written into a folder made a moment before: those folders are
// handed on in bursts (deleted) or looked into (created), so the index hears of every file.

import { DisposableStore, type IDisposable } from '../base/disposable';
import { errorText } from '../host/log';
import { isMarkdownUri } from '../schemes';
import type { ConceptIndexHost } from './conceptIndexHost';
import { CreatedFolders } from './createdFolders';
import { DeletionBurst } from './deletionBurst';

export interface IndexedFileEvents {
  /** A Markdown file created or changed, or found in a created folder. */
  changed(uri: string): void;
  /** A Markdown file deleted. */
  deleted(uri: string): void;
  /** Deleted paths that may be folders (URIs without a trailing slash): the files under them are gone. */
  foldersDeleted(folders: ReadonlySet<string>): void;
  /** Whether the index holds or makes anything: if not, created folders are not looked into. */
  listening(): boolean;
}

/** Watches the workspace's Markdown files; `maxFiles` is read when a created folder is looked into. */
export function watchIndexedFiles(host: Pick<ConceptIndexHost, 'workspace' | 'settings' | 'log'>, on: IndexedFileEvents): IDisposable {
  const store = new DisposableStore();
  const watcher = store.add(host.workspace.watchMarkdown());
  const maxFiles = (): number => host.settings.window().index.maxFiles;
  const created = store.add(new CreatedFolders(host.workspace, maxFiles, on.changed, (e) => host.log.error(`looking into created folders failed: ${errorText(e)}`), on.listening));
  let disposed = false;
  const deleted = new DeletionBurst((folders) => disposed || on.foldersDeleted(folders));
  store.add(watcher.onDidCreate((u) => (isMarkdownUri(u) ? on.changed(u) : created.add(u))));
  store.add(watcher.onDidChange(on.changed));
  store.add(watcher.onDidDelete((u) => (isMarkdownUri(u) ? on.deleted(u) : deleted.add(u))));
  store.add({ dispose: () => (disposed = true) });
  return store;
}
