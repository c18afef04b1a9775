// Which files the workspace index holds: the Markdown files of every workspace folder that the exclusions
// let in (IndexFilter), sorted, up to conceptLens.index.maxFiles. The index worker lists them itself when
// it can (it walks file: folders with node:fs); else the host's file search does.

import type { CancellationToken } from '../base/cancellation';
import type { IIndexWorker } from '../host/indexHost';
import type { ISettings } from '../host/settings';
import type { IWorkspace } from '../host/workspace';
import { IndexFilter } from './indexFilter';

export interface IndexListing {
  /** The files to index, sorted. */
  files: string[];
  /** The filter they passed (the watcher's events go through it too). */
  filter: IndexFilter;
  /** The cap, and the files over it (sorted; at most a few times the cap are listed). */
  max: number;
  leftOut: string[];
  /** Whether there are more files over the cap than `leftOut` names. */
  more: boolean;
}

/** Lists the files; undefined when cancelled. `gitignores`: each folder's root .gitignore text. */
export async function listIndexFiles(host: { workspace: IWorkspace; settings: ISettings; worker: IIndexWorker }, gitignores: ReadonlyMap<string, string>, token: CancellationToken): Promise<IndexListing | undefined> {
  const { workspace, settings, worker } = host;
  const { exclude, maxFiles } = settings.window().index;
  const globs = [...workspace.fileExcludes(), ...exclude];
  const filter = new IndexFilter(workspace.folders, globs, gitignores);
  // Those over the cap are logged by name: a few times the cap are listed.
  const ask = maxFiles * 4 + 1;
  const walked = await worker.list?.({ folders: [...workspace.folders], globs, gitignores: [...gitignores], max: ask });
  if (token.isCancellationRequested) return undefined;
  const found = walked?.files ?? (await workspace.findMarkdownFiles(ask, token, globs));
  if (token.isCancellationRequested) return undefined;
  // The host's search does not know .gitignore, and the worker's answer is checked again.
  const files = found.filter((u) => filter.includes(u)).sort();
  const leftOut = files.length > maxFiles ? files.splice(maxFiles) : [];
  return { files, filter, max: maxFiles, leftOut, more: walked ? walked.more : found.length >= ask };
}

/** The log line that names the files over the cap (the first hundred). */
export function leftOutLine({ leftOut, max, more }: IndexListing): string {
  const shown = leftOut.slice(0, 100);
  const rest = leftOut.length - shown.length;
  return `not indexed, over conceptLens.index.maxFiles (${max}): ${shown.join(', ')}${rest > 0 || more ? ` and ${rest}${more ? '+' : ''} more` : ''}`;
}
