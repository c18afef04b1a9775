// `npm test` must leave `git status` as it found it: the host and UI tests write only into throwaway
// folders and the ignored out/. treeState() before a run and checkTreeUnchanged() after it enforce that.
// Outside a git checkout (no git, or a tarball) both do nothing.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `git status --porcelain` of the project (untracked files included), or undefined without git. */
export function treeState() {
  try {
    return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The lines of `git status --porcelain` that are new since `before`; [] when unchanged or without git. */
export function treeChanges(before) {
  const after = treeState();
  if (before === undefined || after === undefined) return [];
  const had = new Set(before.split('\n'));
  return after.split('\n').filter((l) => l !== '' && !had.has(l));
}
