// Created paths that are no Markdown files, perhaps folders. A checkout or an unzip writes files into
// folders it has just made, and a file written before the watcher watches its new folder is never
// reported: so once a burst of creations quietens, the Markdown files in its folders are looked for.
// Only the topmost paths of a burst are looked into; paths in folders never searched are not collected.

import type { IDisposable } from '../base/disposable';
import type { IWorkspace } from '../host/workspace';
import { isInFolders } from './fileUri';

/** How long the creations must pause before a burst is looked into, and how long a busy burst may grow. */
export const CREATION_QUIET_MS = 150;
const CREATION_MAX_WAIT_MS = 2000;
/** Created paths asked one by one whether they are folders, at most: past that, one listing costs less. */
const MAX_STATS = 64;
const NEVER_SEARCHED = /\/(?:node_modules|\.git|\.vscode-test)(?:\/|$)/;

export class CreatedFolders implements IDisposable {
  private paths = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = 0;
  private disposed = false;

  /** `found`: each Markdown file in a created folder (of at most `maxFiles()` listed); `failed`: the listing failed. */
  constructor(
    private readonly workspace: Pick<IWorkspace, 'stat' | 'findMarkdownFiles'>,
    private readonly maxFiles: () => number,
    private readonly found: (uri: string) => void,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** A created path that is not a Markdown file (a trailing slash is dropped). */
  add(path: string): void {
    if (NEVER_SEARCHED.test(path) || this.disposed) return;
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
      const stats = paths.size > MAX_STATS ? undefined : await Promise.all([...paths].map((p) => this.workspace.stat(p)));
      const folders = new Set([...paths].filter((_, i) => !stats || stats[i]?.isFolder));
      if (folders.size === 0 || this.disposed) return;
      const files = await this.workspace.findMarkdownFiles(this.maxFiles());
      for (const uri of files) if (!this.disposed && isInFolders(uri, folders)) this.found(uri);
    } catch (e) {
      if (!this.disposed) this.failed(e);
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.paths.clear();
  }
}
