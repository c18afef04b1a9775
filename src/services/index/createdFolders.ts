// Created paths that are no Markdown files, perhaps folders. A checkout or an unzip writes files into
// folders it has just made, and a file written before the watcher watches its new folder is never
// reported: so once a burst of creations quietens, the Markdown files in its folders are looked for.
// Only the topmost paths of a burst are looked into; paths in folders never searched are not collected.

import type { IDisposable } from '../base/disposable';
import type { IWorkspace } from '../host/workspace';
import { isInFolders } from './fileUri';

/** How long the creations must pause before a burst is looked into, and how long a busy burst may grow. */
const CREATION_QUIET_MS = 150;
const CREATION_MAX_WAIT_MS = 2000;
/** Paths asked at once whether they are folders. */
const STATS_AT_ONCE = 64;
/** Created folders searched each on its own, at most: past that, one listing of the workspace costs less. */
const MAX_SEARCHES = 8;
const NEVER_SEARCHED = /\/(?:node_modules|\.git|\.vscode-test)(?:\/|$)/;

export class CreatedFolders implements IDisposable {
  private paths = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = 0;
  private disposed = false;

  /**
   * `found`: each Markdown file in a created folder (of at most `maxFiles()` per search); `failed`: a search
   * failed; `wanted`: whether anyone listens (no index, no search).
   */
  constructor(
    private readonly workspace: Pick<IWorkspace, 'stat' | 'findMarkdownFiles'>,
    private readonly maxFiles: () => number,
    private readonly found: (uri: string) => void,
    private readonly failed: (error: unknown) => void,
    private readonly wanted: () => boolean = () => true,
  ) {}

  /** A created path that is not a Markdown file (a trailing slash is dropped). */
  add(path: string): void {
    if (NEVER_SEARCHED.test(path) || this.disposed || !this.wanted()) return;
    if (this.paths.size === 0) this.started = Date.now();
    this.paths.add(path.replace(/\/$/, ''));
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(CREATION_QUIET_MS, this.started + CREATION_MAX_WAIT_MS - Date.now()));
    this.timer = setTimeout(() => void this.lookInto(this.take()), wait);
  }

  /** The topmost paths of the burst, which starts afresh. */
  private take(): Set<string> {
    const paths = this.paths;
    this.paths = new Set();
    return new Set([...paths].filter((p) => !isInFolders(p, paths)));
  }

  private async lookInto(paths: ReadonlySet<string>): Promise<void> {
    try {
      const folders = await this.foldersOf([...paths]);
      if (folders.length === 0 || this.disposed) return;
      const max = this.maxFiles();
      const searches = folders.length <= MAX_SEARCHES ? folders.map((f) => this.workspace.findMarkdownFiles(max, undefined, undefined, f)) : [this.workspace.findMarkdownFiles(max)];
      const inFolders = new Set(folders);
      for (const files of await Promise.all(searches)) for (const uri of files) if (!this.disposed && isInFolders(uri, inFolders)) this.found(uri);
    } catch (e) {
      if (!this.disposed) this.failed(e);
    }
  }

  /** Those of `paths` that are folders. Every one is asked: a build's files written into a folder that was there already make no search. */
  private async foldersOf(paths: readonly string[]): Promise<string[]> {
    const folders: string[] = [];
    for (let k = 0; k < paths.length && !this.disposed; k += STATS_AT_ONCE) {
      const some = paths.slice(k, k + STATS_AT_ONCE);
      const stats = await Promise.all(some.map((p) => this.workspace.stat(p)));
      some.forEach((p, i) => stats[i]?.isFolder && folders.push(p));
    }
    return folders;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.paths.clear();
  }
}
