// The index worker's listing of the workspace's Markdown files: it walks each folder with node:fs, does not
// look inside excluded folders, and names the files as VS Code would (vscode.Uri.file(path).toString()).
// Asking the extension host's file search (vscode.workspace.findFiles) instead took seconds in
// code-server for a few thousand files. No vscode: it runs in the worker thread.

import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexListRequest, IndexListResult } from '../services/host/indexHost';
import { IndexFilter } from '../services/index/indexFilter';
import { fileUriUnder } from '../services/index/fileUri';

const MARKDOWN_NAME = /\.(md|markdown)$/i;

/**
 * Lists the files. Synchronous calls on purpose: it runs in the worker thread, which has nothing else to
 * do meanwhile, and a readdir awaited folder by folder spent most of its time waiting for its turn.
 */
export function walkMarkdownFiles(request: IndexListRequest): IndexListResult {
  const filter = new IndexFilter(request.folders, request.globs, new Map(request.gitignores));
  const found = new Set<string>();
  let more = false;

  const walk = (folder: string, root: string, rel: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch {
      return; // Gone or unreadable: like a search, the walk goes on.
    }
    for (const e of entries) {
      if (more) return;
      const path = rel ? `${rel}/${e.name}` : e.name;
      // Linked folders are not followed (a link may make a cycle); linked files are read.
      let isFile = e.isFile();
      if (e.isSymbolicLink() && MARKDOWN_NAME.test(e.name)) isFile = statSync(join(root, path), { throwIfNoEntry: false })?.isFile() ?? false;
      if (e.isDirectory()) {
        if (filter.includesPath(folder, path, true)) walk(folder, root, path);
      } else if (isFile && MARKDOWN_NAME.test(e.name) && filter.includesPath(folder, path)) {
        const uri = fileUriUnder(folder, path);
        if (found.size >= request.max && !found.has(uri)) more = true;
        else found.add(uri);
      }
    }
  };
  for (const folder of request.folders) {
    if (more) break;
    walk(folder, fileURLToPath(folder), '');
  }
  return { files: [...found], more };
}
