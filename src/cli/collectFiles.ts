// The Markdown files under the paths given, found one at a time so that scanning starts at once.

import { readdirSync, realpathSync, statSync } from 'node:fs';
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
    const { path, explicit } = next;
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      report.input(`cannot read ${escapeName(path)}: ${errorCode(e)}`);
      continue;
    }
    if (st.isDirectory()) {
      const children = firstVisit(path, walked, report) ? listFolder(path, report) : [];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ path: children[i]!, explicit: false });
    } else if (!explicit && !MARKDOWN.test(path)) continue;
    else if (st.isFile()) yield path;
    else report.input(`skipped ${escapeName(path)}: ${notRegular(st)}`);
  }
}

/** Marks a folder as walked by its real path; false when it already was. */
function firstVisit(dir: string, walked: Set<string>, report: Reporter): boolean {
  let real: string;
  try {
    real = realpathSync.native(dir);
  } catch (e) {
    report.input(`cannot read ${escapeName(dir)}: ${errorCode(e)}`);
    return false;
  }
  if (walked.has(real)) return false;
  walked.add(real);
  return true;
}

/** A folder's entries worth walking, sorted; a name that is not UTF-8 cannot be opened by its text, so it is reported. */
function listFolder(dir: string, report: Reporter): string[] {
  let names: Buffer[];
  try {
    names = readdirSync(dir, { encoding: 'buffer' });
  } catch (e) {
    report.input(`cannot list ${escapeName(dir)}: ${errorCode(e)}`);
    return [];
  }
  const paths: string[] = [];
  for (const raw of names) {
    const name = raw.toString('utf8');
    if (SKIP_DIRS.has(name)) continue;
    if (isUtf8(raw)) paths.push(name);
    else report.input(`skipped ${escapeName(join(dir, name))}: its name is not valid UTF-8 (rename it)`);
  }
  return paths.sort().map((name) => join(dir, name));
}
