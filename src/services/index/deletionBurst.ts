// Deleted paths that are no Markdown files, perhaps folders (the watcher names a deleted folder without
// the files in it). The deletions of one burst (a build's output removed) are handed over together,
// after the events that came with them, so the index walks its files once per burst, not once per path.

export class DeletionBurst {
  private paths = new Set<string>();

  constructor(private readonly flush: (paths: ReadonlySet<string>) => void) {}

  /** A deleted path (a trailing slash is dropped): flushed with the rest of its burst. */
  add(path: string): void {
    this.paths.add(path.replace(/\/$/, ''));
    if (this.paths.size > 1) return;
    queueMicrotask(() => {
      const paths = this.paths;
      this.paths = new Set();
      this.flush(paths);
    });
  }
}
