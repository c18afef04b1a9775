// Which Markdown files the workspace index holds: those of the workspace folders that no exclusion
// names. Exclusions: the folders left out everywhere (node_modules, .git, .vscode-test), the globs of
// files.exclude and search.exclude (the host reads them), conceptLens.index.exclude, and each folder's
// root .gitignore. Globs are matched as VS Code matches them, against the path relative to the folder,
// and a glob that names a folder leaves out everything under it. Not supported: nested .gitignore
// files, .git/info/exclude, the global excludes file, and `when` clauses of files.exclude.

import picomatch from 'picomatch';
import ignore, { type Ignore } from 'ignore';
import type { DisposableStore } from '../base/disposable';
import type { IWorkspace } from '../host/workspace';

/** Folders never indexed. */
export const ALWAYS_EXCLUDED = ['**/node_modules', '**/.git', '**/.vscode-test'];

export function isMarkdownUri(uri: string): boolean {
  const q = uri.search(/[?#]/);
  const path = (q < 0 ? uri : uri.slice(0, q)).toLowerCase();
  return path.endsWith('.md') || path.endsWith('.markdown');
}

export class IndexFilter {
  private readonly globs: (path: string) => boolean;
  private readonly ignores = new Map<string, Ignore>();

  /**
   * `folders`: the workspace folders' URIs; `globs`: the exclusion globs; `gitignores`: the root
   * .gitignore text of each folder that has one.
   */
  constructor(
    private readonly folders: readonly string[],
    globs: readonly string[],
    gitignores: ReadonlyMap<string, string>,
  ) {
    const all = [...ALWAYS_EXCLUDED, ...globs].filter((g) => g.trim() !== '');
    this.globs = picomatch(all, { dot: true });
    for (const [folder, text] of gitignores) this.ignores.set(folder, ignore().add(text));
  }

  /** Whether the index holds this file. */
  includes(uri: string): boolean {
    if (!isMarkdownUri(uri)) return false;
    const folder = this.folderOf(uri);
    if (folder === undefined) return false;
    return this.includesPath(folder, decodePath(uri.slice(folder.length + 1)));
  }

  /**
   * Whether the index holds the file at `rel` ('/'-separated, decoded) under the workspace folder
   * `folder` (its URI, as given to the constructor); with `isFolder`, whether a walk looks inside that folder.
   */
  includesPath(folder: string, rel: string, isFolder = false): boolean {
    // The path itself, and each folder above it.
    for (let at = rel.length; at > 0; at = rel.lastIndexOf('/', at - 1)) {
      if (this.globs(rel.slice(0, at))) return false;
    }
    const ig = this.ignores.get(folder.endsWith('/') ? folder.slice(0, -1) : folder);
    return !ig || !ig.ignores(isFolder ? rel + '/' : rel);
  }

  private folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      const root = f.endsWith('/') ? f.slice(0, -1) : f;
      if (uri.startsWith(root + '/') && (!best || root.length > best.length)) best = root;
    }
    return best;
  }
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** Each folder's root .gitignore text (by folder URI), watched into `watchers`: a change calls `changed`. */
export async function readGitignores(workspace: Pick<IWorkspace, 'folders' | 'watchFile' | 'readFile'>, watchers: DisposableStore, changed: () => void): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const folder of workspace.folders) {
    const root = folder.replace(/\/$/, '');
    const uri = `${root}/.gitignore`;
    const w = watchers.add(workspace.watchFile(uri));
    for (const ev of [w.onDidChange, w.onDidCreate, w.onDidDelete]) watchers.add(ev(changed));
    try {
      out.set(root, new TextDecoder().decode(await workspace.readFile(uri)));
    } catch {
      // No .gitignore there.
    }
  }
  return out;
}
