// The Markdown files under the paths given, found one at a time so that scanning starts at once.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { escapeName } from './names';
import { notRegular } from './readInput';
import { errorCode, type Reporter } from './report';

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test']);

interface Pending {
  path: string;
  /** Named on the command line: scanned whatever its extension. */
  explicit: boolean;
  /**
   * Found in a folder listing as a plain file or folder (not a link): known without a stat. A folder's
   * real path is then its parent's real path joined with its name.
   */
  kind?: 'file' | 'dir';
  real?: string;
}

interface Entry {
  path: string;
  kind: 'file' | 'dir' | undefined;
  real: string | undefined;
}

/**
 * Regular files, depth first and sorted, as given or named like Markdown under the folders given.
 * Anything else named like Markdown (a FIFO, a device, a socket) is reported and never opened. A folder
 * reached again through a symbolic link (a loop, or two links to one folder) is walked only once.
 */
export function* markdownFiles(paths: readonly string[], report: Reporter): Generator<string> {
  const walked = new Set<string>();
  // An explicit stack rather than recursion: a deep tree cannot overflow the call stack.
  const stack: Pending[] = paths.map((path) => ({ path, explicit: true })).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { path, explicit, kind } = next;
    // A plain file from a listing: the reader checks it again when it opens it.
    if (kind === 'file') {
      if (MARKDOWN.test(path)) yield path;
      continue;
    }
    let isDir = kind === 'dir';
    if (!isDir) {
      let st;
      try {
        st = statSync(path);
      } catch (e) {
        report.input(`cannot read ${escapeName(path)}: ${errorCode(e)}`);
        continue;
      }
      isDir = st.isDirectory();
      if (!isDir) {
        if (!explicit && !MARKDOWN.test(path)) continue;
        if (st.isFile()) yield path;
        else report.input(`skipped ${escapeName(path)}: ${notRegular(st)}`);
        continue;
      }
    }
    const real = next.real ?? realPath(path, report);
    if (real === undefined || walked.has(real)) continue;
    walked.add(real);
    const children = listFolder(path, real, report);
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i]!;
      stack.push({ path: c.path, explicit: false, kind: c.kind, real: c.real });
    }
  }
}

/** A folder's real path, or undefined (said) when it cannot be had. */
function realPath(dir: string, report: Reporter): string | undefined {
  try {
    return realpathSync.native(dir);
  } catch (e) {
    report.input(`cannot read ${escapeName(dir)}: ${errorCode(e)}`);
    return undefined;
  }
}

/**
 * A folder's entries worth walking, sorted by name; a name that is not UTF-8 cannot be opened by its
 * text, so it is reported. The listing's file types spare a stat per entry; a link, or an entry whose
 * type the file system does not tell, is left to a stat.
 */
function listFolder(dir: string, real: string, report: Reporter): Entry[] {
  let entries: Dirent<Buffer>[];
  try {
    entries = readdirSync(dir, { encoding: 'buffer', withFileTypes: true });
  } catch (e) {
    report.input(`cannot list ${escapeName(dir)}: ${errorCode(e)}`);
    return [];
  }
  const named: { name: string; entry: Dirent<Buffer> }[] = [];
  for (const entry of entries) {
    const raw = entry.name;
    const name = raw.toString('utf8');
    if (SKIP_DIRS.has(name)) continue;
    if (isUtf8(raw)) named.push({ name, entry });
    else report.input(`skipped ${escapeName(join(dir, name))}: its name is not valid UTF-8 (rename it)`);
  }
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return named.map(({ name, entry }) => {
    const kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : undefined;
    return { path: join(dir, name), kind, real: kind === 'dir' ? join(real, name) : undefined };
  });
}
