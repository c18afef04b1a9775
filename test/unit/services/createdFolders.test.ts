// Created paths looked into for Markdown files the watcher did not name: a burst looked into once, its
// topmost folders only, never a path in a folder that is never searched, nothing listed for plain files.

import { strict as assert } from 'node:assert';
import { CreatedFolders } from '../../../src/services/index/createdFolders';
import type { FileStat } from '../../../src/services/host/workspace';

/** A workspace of these files, every path above one a folder; it counts what it is asked. */
function workspace(files: string[]): { stat: (uri: string) => Promise<FileStat | undefined>; findMarkdownFiles: (max: number) => Promise<string[]>; asked: string[]; listings: number } {
  const w = {
    asked: [] as string[],
    listings: 0,
    stat: async (uri: string): Promise<FileStat | undefined> => {
      w.asked.push(uri);
      if (files.includes(uri)) return { size: 1, mtime: 1 };
      return files.some((f) => f.startsWith(uri + '/')) ? { size: 0, mtime: 0, isFolder: true } : undefined;
    },
    findMarkdownFiles: async (max: number): Promise<string[]> => (w.listings++, files.filter((f) => f.endsWith('.md')).slice(0, max)),
  };
  return w;
}

/** The files found for the paths added now, once the burst has been looked into. */
function foundFor(w: ReturnType<typeof workspace>, paths: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const found: string[] = [];
    // A probe folder comes with the burst: its file is the last listed, so finding it ends the burst.
    const folders = new CreatedFolders(w, () => 100, (uri) => (uri === PROBE_FILE ? (folders.dispose(), resolve(found)) : found.push(uri)), reject);
    for (const p of paths) folders.add(p);
    folders.add('file:///ws/zz-probe');
  });
}

const PROBE_FILE = 'file:///ws/zz-probe/end.md';
const FILES = ['file:///ws/notes/one.md', 'file:///ws/notes/deeper/two.md', 'file:///ws/notes/pic.png', 'file:///ws/notes-kept/three.md', 'file:///ws/old.md', 'file:///ws/pic.png', 'file:///ws/node_modules/pkg/readme.md', 'file:///ws/zz-probe/end.md'];

describe('CreatedFolders', () => {
  it('finds the Markdown files of the created folders, asking only about the topmost paths of a burst', async () => {
    const w = workspace(FILES);
    const found = await foundFor(w, ['file:///ws/notes/deeper', 'file:///ws/notes/', 'file:///ws/notes/deeper/two.md', 'file:///ws/notes-kept']);
    assert.deepEqual(found.sort(), ['file:///ws/notes-kept/three.md', 'file:///ws/notes/deeper/two.md', 'file:///ws/notes/one.md']);
    assert.deepEqual(w.asked.sort(), ['file:///ws/notes', 'file:///ws/notes-kept', 'file:///ws/zz-probe']);
    assert.equal(w.listings, 1);
  });

  it('does not look into node_modules, .git or .vscode-test, nor into a plain file', async () => {
    const w = workspace(FILES);
    const found = await foundFor(w, ['file:///ws/node_modules/pkg', 'file:///ws/.git/objects', 'file:///ws/.vscode-test/user', 'file:///ws/pic.png']);
    assert.deepEqual(found, []);
    assert.deepEqual(w.asked.sort(), ['file:///ws/pic.png', 'file:///ws/zz-probe']);
  });
});
