// Created paths looked into for Markdown files the watcher did not name: a burst looked into once, its
// topmost folders only, never a path in a folder that is never searched, nothing listed for plain files.

import { strict as assert } from 'node:assert';
import { CreatedFolders } from '../../../src/services/index/createdFolders';
import type { FileStat } from '../../../src/services/host/workspace';

/** A workspace of these files, every path above one a folder; it records what it is asked. */
function workspace(files: string[]): {
  stat: (uri: string) => Promise<FileStat | undefined>;
  findMarkdownFiles: (max: number, token?: unknown, exclude?: unknown, under?: string) => Promise<string[]>;
  asked: string[];
  searches: (string | undefined)[];
} {
  const w = {
    asked: [] as string[],
    searches: [] as (string | undefined)[],
    stat: async (uri: string): Promise<FileStat | undefined> => {
      w.asked.push(uri);
      if (files.includes(uri)) return { size: 1, mtime: 1 };
      return files.some((f) => f.startsWith(uri + '/')) ? { size: 0, mtime: 0, isFolder: true } : undefined;
    },
    findMarkdownFiles: async (max: number, _token?: unknown, _exclude?: unknown, under?: string): Promise<string[]> => {
      w.searches.push(under);
      return files.filter((f) => f.endsWith('.md') && (under === undefined || f.startsWith(under + '/'))).slice(0, max);
    },
  };
  return w;
}

/** The files found for the paths added now, once the burst has been looked into. */
function foundFor(w: ReturnType<typeof workspace>, paths: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const found: string[] = [];
    // A probe folder comes with the burst: its file is the last listed, so finding it ends the burst.
    const folders = new CreatedFolders(w, () => 100, (uri) => (uri === PROBE_FILE ? (folders.dispose(), resolve(found)) : found.push(uri)), reject);
    // (The probe sorts last among the workspace's files too, for a burst listed with one search.)
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
    // A few folders: each searched on its own, not the whole workspace.
    assert.deepEqual(w.searches.sort(), ['file:///ws/notes', 'file:///ws/notes-kept', 'file:///ws/zz-probe']);
  });

  it('searches the whole workspace once for a burst of many folders', async () => {
    const many = Array.from({ length: 12 }, (_, k) => `file:///ws/f${String(k).padStart(2, '0')}/n.md`);
    const w = workspace([...many, ...FILES]);
    const found = await foundFor(
      w,
      many.map((f) => f.slice(0, -'/n.md'.length)),
    );
    assert.deepEqual(found.sort(), many);
    assert.deepEqual(w.searches, [undefined]);
  });

  it('asks about every path of a large burst, and searches nothing for files written into folders that were there', async () => {
    const written = Array.from({ length: 200 }, (_, k) => `file:///ws/out/f${k}.js`);
    const w = workspace([...written, ...FILES]);
    const found = await foundFor(w, written);
    assert.deepEqual(found, []);
    assert.equal(w.asked.length, 201);
    assert.deepEqual(w.searches, ['file:///ws/zz-probe']);
  });

  it('looks into nothing while nobody listens', async () => {
    const w = workspace(FILES);
    const idle = new CreatedFolders(w, () => 100, () => assert.fail('found while nobody listens'), () => undefined, () => false);
    idle.add('file:///ws/notes');
    // A burst that does listen, begun after: by the time it is looked into, the first would have been.
    await foundFor(w, []);
    assert.deepEqual(w.asked, ['file:///ws/zz-probe']);
    idle.dispose();
  });

  it('does not look into node_modules, .git or .vscode-test, nor into a plain file', async () => {
    const w = workspace(FILES);
    const found = await foundFor(w, ['file:///ws/node_modules/pkg', 'file:///ws/.git/objects', 'file:///ws/.vscode-test/user', 'file:///ws/pic.png']);
    assert.deepEqual(found, []);
    assert.deepEqual(w.asked.sort(), ['file:///ws/pic.png', 'file:///ws/zz-probe']);
    assert.deepEqual(w.searches, ['file:///ws/zz-probe']);
  });
});
