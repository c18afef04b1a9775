// The workspace index on the in-memory workspace, with the in-process worker: which files it holds
// (exclusions, the cap), answers while indexing (partial), the watcher, a pack change, the cache.

import { strict as assert } from 'node:assert';
import { makeServices, USER_PACK, type Services } from '../../support/services';
import { ConceptIndex } from '../../../src/services/index/conceptIndex';
import { InProcessIndexWorker } from '../../../src/services/index/inProcessIndexWorker';
import { IndexState } from '../../../src/services/index/indexState';
import type { IIndexCache, IIndexWorker, IndexFileRequest, IndexFileResult } from '../../../src/services/host/indexHost';
import { decodeCache, encodeCache } from '../../../src/services/index/fileIndex';
import { MemoryNotifications } from '../../support/memoryHost';

class MemoryCache implements IIndexCache {
  /** Set when a test's worker reads the cache itself. */
  uri: string | undefined;
  text: string | undefined;
  deletes = 0;
  async read(): Promise<string | undefined> {
    return this.text;
  }
  async write(text: string): Promise<void> {
    this.text = text;
  }
  async delete(): Promise<void> {
    this.deletes++;
    this.text = undefined;
  }
}

/** The in-process worker, held at each batch until the test lets it go. */
class GatedWorker extends InProcessIndexWorker {
  /** What a worker thread may do: read the cache file itself (a test sets it). */
  readCache: IIndexWorker['readCache'];
  private gates: (() => void)[] = [];
  held = false;
  /** Batches still to fail (a worker that breaks, or answers with another pack). */
  failing = 0;
  /** Whether a held batch reads its files before it waits (its answer is then of the files as they were). */
  readFirst = false;
  override async scan(files: readonly IndexFileRequest[], limitBytes: number): Promise<IndexFileResult[]> {
    if (this.failing > 0) {
      this.failing--;
      throw new Error('the worker broke');
    }
    const early = this.held && this.readFirst ? await super.scan(files, limitBytes) : undefined;
    if (this.held) await new Promise<void>((resolve) => this.gates.push(resolve));
    return early ?? super.scan(files, limitBytes);
  }
  release(): void {
    this.held = false;
    for (const g of this.gates.splice(0)) g();
  }
  /** Resolves once a batch waits at the gate. */
  async waiting(): Promise<void> {
    while (this.gates.length === 0) await new Promise((r) => setImmediate(r));
  }
}

/** Resolves when `test` holds, checked after each change of the index. */
function until(index: ConceptIndex, test: () => boolean): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = index.onDidChange(() => {
      if (!test()) return;
      sub.dispose();
      resolve();
    });
  });
}

describe('services: ConceptIndex', () => {
  let s: Services;
  let cache: MemoryCache;
  let worker: GatedWorker;
  let notifications: MemoryNotifications;
  let index: ConceptIndex;
  const made: ConceptIndex[] = [];

  function makeIndex(): ConceptIndex {
    worker = new GatedWorker(s.workspace);
    const i = new ConceptIndex({ workspace: s.workspace, settings: s.settings, packs: s.packs, scans: s.scans, worker, cache, notifications, log: s.log });
    made.push(i);
    return i;
  }

  beforeEach(() => {
    s = makeServices({
      setup: ({ workspace }) => {
        workspace.write('file:///ws/a.md', '熵\n\n熵 again\n');
        workspace.write('file:///ws/b.md', 'emergence, then 涌现\n');
        workspace.write('file:///ws/node_modules/x/readme.md', '熵\n');
      },
    });
    cache = new MemoryCache();
    // Its own, apart from the index that makeServices starts.
    notifications = new MemoryNotifications();
    index = makeIndex();
  });
  afterEach(() => {
    for (const i of made.splice(0)) i.dispose();
    s.dispose();
  });

  it('indexes every Markdown file (not node_modules) and answers with ranges and counts', async () => {
    index.start();
    await index.whenComplete();
    assert.equal(index.partial, false);
    assert.deepEqual(index.occurrencesOf('emergence'), [
      { uri: 'file:///ws/b.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, text: 'emergence' },
      { uri: 'file:///ws/b.md', range: { start: { line: 0, character: 16 }, end: { line: 0, character: 18 } }, text: '涌现' },
    ]);
    const counts = index.conceptCounts();
    assert.equal(counts.get('entropy'), 2);
    assert.equal(counts.get('emergence'), 2);
    assert.equal(index.fileCount, 2);
  });

  it('open documents answer from their live text', async () => {
    index.start();
    await index.whenComplete();
    const doc = s.workspace.open('file:///ws/b.md', 'nothing here\n');
    assert.equal(index.conceptCounts().get('emergence'), undefined);
    s.workspace.edit(doc, 0, 0, '涌现 ');
    assert.deepEqual(
      index.occurrencesOf('emergence').map((o) => o.range.start.character),
      [0],
    );
  });

  it('tells its listeners when an open document opens or closes (its answers change)', async () => {
    index.start();
    await index.whenComplete();
    let changes = 0;
    index.onDidChange(() => changes++);
    const doc = s.workspace.open('file:///ws/b.md', 'nothing here\n');
    assert.equal(changes, 1);
    assert.equal(index.conceptCounts().get('emergence'), undefined);
    s.workspace.close(doc);
    assert.equal(changes, 2);
    assert.equal(index.conceptCounts().get('emergence'), 2);
  });

  it('leaves out what files.exclude, search.exclude, conceptLens.index.exclude and the root .gitignore name, and applies changes without a reload', async () => {
    s.workspace.write('file:///ws/drafts/d.md', '熵\n');
    s.workspace.write('file:///ws/archive/old.md', '熵\n');
    s.workspace.write('file:///ws/private/p.md', '熵\n');
    s.workspace.write('file:///ws/.gitignore', 'private/\n');
    s.workspace.excludes = ['**/drafts'];
    s.settings.setWindow({ index: { exclude: ['archive/**'], maxFiles: 20000 } });
    index.start();
    await index.whenComplete();
    assert.equal(index.conceptCounts().get('entropy'), 2);
    s.workspace.setExcludes([]);
    await until(index, () => index.conceptCounts().get('entropy') === 3);
    s.settings.setWindow({ index: { exclude: [], maxFiles: 20000 } });
    await until(index, () => index.conceptCounts().get('entropy') === 4);
    s.workspace.write('file:///ws/.gitignore', '\n');
    await until(index, () => index.conceptCounts().get('entropy') === 5);
  });

  it('past the cap, holds the first files, says so once with the setting, and logs it', async () => {
    s.workspace.write('file:///ws/c.md', '熵\n');
    s.settings.setWindow({ index: { exclude: [], maxFiles: 2 } });
    index.start();
    await index.whenComplete();
    assert.equal(index.fileCount, 2);
    assert.deepEqual(notifications.capped, [2]);
    assert.ok(s.log.at('warn').some((l) => l.includes('3 Markdown files') && l.includes('conceptLens.index.maxFiles')));
    index.rebuild();
    await index.whenComplete();
    assert.deepEqual(notifications.capped, [2]);
  });

  it('follows the watcher: a created, changed and deleted file', async () => {
    index.start();
    await index.whenComplete();
    s.workspace.write('file:///ws/new.md', '熵 熵 熵\n');
    await until(index, () => index.conceptCounts().get('entropy') === 5);
    s.workspace.write('file:///ws/new.md', 'nothing\n');
    await until(index, () => index.conceptCounts().get('entropy') === 2);
    s.workspace.remove('file:///ws/a.md');
    await until(index, () => index.conceptCounts().get('entropy') === undefined);
    assert.equal(index.fileCount, 2);
  });

  it('follows a deleted folder, which the watcher names without the files in it', async () => {
    index.start();
    await index.whenComplete();
    s.workspace.write('file:///ws/notes/one.md', '熵\n');
    s.workspace.write('file:///ws/notes/deeper/two.md', '熵 熵\n');
    s.workspace.write('file:///ws/notes-kept.md', '熵\n');
    await until(index, () => index.conceptCounts().get('entropy') === 6);
    s.workspace.removeFolder('file:///ws/notes');
    // Two of the base, and notes-kept.md: its name starts like the folder's but is not in it.
    await until(index, () => index.conceptCounts().get('entropy') === 3);
    assert.equal(index.fileCount, 3);
  });

  it('finds the files of a created folder, which the watcher may name without them', async () => {
    index.start();
    await index.whenComplete();
    s.workspace.makeFolder('file:///ws/notes', { 'one.md': '熵\n', 'deeper/two.md': '熵 熵\n', 'picture.png': '' });
    await until(index, () => index.conceptCounts().get('entropy') === 5);
    assert.equal(index.fileCount, 4);
  });

  it('lists nothing for a created path that is not a folder', async () => {
    index.start();
    await index.whenComplete();
    const listed = s.workspace.listings;
    const stat = s.workspace.stat.bind(s.workspace);
    const asked = new Promise<void>((resolve) => {
      s.workspace.stat = (uri) => {
        const answer = stat(uri);
        // Once the answer is in, every continuation of it has run by the next macrotask.
        if (uri === 'file:///ws/picture.png') void answer.then(() => setTimeout(resolve, 0));
        return answer;
      };
    });
    s.workspace.write('file:///ws/picture.png', '');
    await asked;
    assert.equal(s.workspace.listings, listed);
  });

  it('looks up a burst of deleted folders in one pass over its files, not one per folder (per state it keeps)', async () => {
    index.start();
    await index.whenComplete();
    s.workspace.write('file:///ws/a/one.md', '熵\n');
    s.workspace.write('file:///ws/b/two.md', '熵\n');
    await until(index, () => index.conceptCounts().get('entropy') === 4);
    const passes: number[] = [];
    const filesUnder = IndexState.prototype.filesUnder;
    IndexState.prototype.filesUnder = function (this: IndexState, folders) {
      passes.push(folders.size);
      return filesUnder.call(this, folders);
    };
    try {
      s.workspace.removeFolder('file:///ws/a');
      s.workspace.removeFolder('file:///ws/b');
      await until(index, () => index.conceptCounts().get('entropy') === 2);
    } finally {
      IndexState.prototype.filesUnder = filesUnder;
    }
    // One pass per state the index keeps (ready, building), each for both folders.
    assert.ok(passes.length > 0 && passes.every((n) => n === 2), `passes over the files, by folders looked up: ${JSON.stringify(passes)}`);
  });

  it('turned off (conceptLens.enabled), reads no file and answers nothing; turned on again, indexes what is there now', async () => {
    const read: string[] = [];
    const scan = worker.scan.bind(worker);
    worker.scan = (files, limit) => (read.push(...files.map((f) => f.uri)), scan(files, limit));
    s.settings.setWindow({ enabled: false });
    index.start();
    await index.whenComplete();
    s.workspace.write('file:///ws/new.md', '熵 熵 熵\n');
    assert.deepEqual(read, []);
    assert.equal(index.progress, undefined);
    assert.equal(index.partial, false);
    assert.equal(index.conceptCounts().size, 0);
    s.settings.setWindow({ enabled: true });
    await until(index, () => !index.partial);
    assert.equal(index.conceptCounts().get('entropy'), 5);
    assert.deepEqual([...read].sort(), ['file:///ws/a.md', 'file:///ws/b.md', 'file:///ws/new.md']);
    // Off again: what it held is dropped at once.
    s.settings.setWindow({ enabled: false });
    assert.equal(index.conceptCounts().size, 0);
    assert.equal(index.fileCount, 0);
  });

  it('turned off and on again, starts from its saved cache: only a file changed meanwhile is read', async () => {
    // Only this index reads from here (the one makeServices starts would follow the setting too).
    await s.occurrences.whenComplete();
    s.occurrences.dispose();
    index.start();
    await index.whenComplete();
    await index.flush();
    s.settings.setWindow({ enabled: false });
    s.workspace.write('file:///ws/new.md', '熵 熵 熵\n');
    s.workspace.reads.clear();
    s.settings.setWindow({ enabled: true });
    // The cached files answer first; the listing after them finds the new one.
    await until(index, () => index.conceptCounts().get('entropy') === 5);
    assert.deepEqual([...s.workspace.reads.keys()].filter((u) => u.endsWith('.md')), ['file:///ws/new.md']);
    assert.equal(index.lastBuild?.fromCache, 2);
  });

  it('turned off while it reads: a caller waiting for it is answered, and no progress is left showing', async () => {
    worker.held = true;
    index.start();
    await worker.waiting();
    const waiting = index.whenComplete();
    assert.ok(index.progress);
    s.settings.setWindow({ enabled: false });
    await waiting;
    assert.equal(index.progress, undefined);
    worker.release();
    assert.equal(index.conceptCounts().size, 0);
  });

  it('a batch that fails is read again, once, and indexing goes on', async () => {
    index.start();
    await index.whenComplete();
    worker.failing = 1;
    s.workspace.write('file:///ws/again.md', '熵\n');
    await until(index, () => index.conceptCounts().get('entropy') === 3);
    assert.ok(s.log.lines.some((l) => l.level === 'warn' && l.text.includes('the worker broke')));
    // A file that fails every time is left out, said as an error; the next changes are still indexed.
    worker.failing = 2;
    s.workspace.write('file:///ws/broken.md', '熵\n');
    while (!s.log.lines.some((l) => l.level === 'error' && l.text.includes('the worker broke'))) await new Promise((r) => setImmediate(r));
    s.workspace.write('file:///ws/new.md', '熵 熵 熵\n');
    await until(index, () => index.conceptCounts().get('entropy') === 6);
  });

  it('a batch that fails while the files are first read is read again, and the index is complete', async () => {
    worker.failing = 1;
    index.start();
    await index.whenComplete();
    assert.equal(index.partial, false);
    assert.equal(index.conceptCounts().get('entropy'), 2);
    assert.equal(index.conceptCounts().get('emergence'), 2);
  });

  it('a file created, changed or deleted while a batch is in flight ends up indexed as it is on disk, once', async () => {
    worker.held = true;
    worker.readFirst = true;
    index.start();
    // The only batch (a.md, b.md) has read both files and waits: its answer is of the files as they were.
    await worker.waiting();
    s.workspace.write('file:///ws/new.md', '熵 熵 熵\n');
    s.workspace.write('file:///ws/a.md', 'nothing\n');
    s.workspace.remove('file:///ws/b.md');
    // The watcher's debounce passes while the batch is held.
    await new Promise<void>((resolve) => setTimeout(resolve, 80));
    worker.release();
    await until(index, () => !index.partial);
    await index.whenComplete();
    assert.equal(index.partial, false);
    assert.equal(index.conceptCounts().get('entropy'), 3);
    assert.equal(index.conceptCounts().get('emergence'), undefined);
    assert.equal(index.fileCount, 2);
  });

  /**
   * From now on the listing answers with the files as they are now (as a slow search that has not seen
   * new files yet), and the first listing runs `meanwhile` and lets the watcher's debounce pass before
   * it answers. Only `index` lists from here (the one makeServices starts would too).
   */
  async function staleListing(meanwhile: () => void): Promise<void> {
    await s.occurrences.whenComplete();
    s.occurrences.dispose();
    const before = await s.workspace.findMarkdownFiles(1000);
    let first = true;
    s.workspace.findMarkdownFiles = async (max) => {
      if (first) {
        first = false;
        meanwhile();
        await new Promise<void>((resolve) => setTimeout(resolve, 80));
      }
      return before.slice(0, max);
    };
  }

  it('a file created or deleted while the files are listed, which the listing does not see, is indexed', async () => {
    await staleListing(() => {
      s.workspace.write('file:///ws/new.md', '熵 熵 熵\n');
      s.workspace.remove('file:///ws/a.md');
    });
    index.start();
    await until(index, () => !index.partial);
    assert.equal(index.conceptCounts().get('entropy'), 3);
    assert.equal(index.conceptCounts().get('emergence'), 2);
    assert.equal(index.fileCount, 2);
  });

  it('a file created or deleted while a changed pack is listed is in the new pack\'s index', async () => {
    index.start();
    await index.whenComplete();
    await staleListing(() => {
      s.workspace.write('file:///ws/gd.md', '梯度下降 and 熵\n');
      s.workspace.remove('file:///ws/a.md');
    });
    s.workspace.write('file:///ws/tiny.conceptpack.json', USER_PACK);
    s.settings.setResource('', { packs: ['file:///ws/tiny.conceptpack.json'] });
    await until(index, () => index.conceptCounts().get('gradient-descent') === 1);
    await index.whenComplete();
    assert.equal(index.conceptCounts().get('entropy'), 1);
    assert.equal(index.conceptCounts().get('emergence'), 2);
    assert.equal(index.fileCount, 2);
  });

  it('answers from what is indexed while it indexes, and says it is partial', async () => {
    for (let i = 0; i < 100; i++) s.workspace.write(`file:///ws/n${String(i).padStart(3, '0')}.md`, '熵\n');
    worker.held = true;
    index.start();
    await worker.waiting();
    assert.equal(index.partial, true);
    assert.equal(index.conceptCounts().get('entropy'), undefined);
    worker.release();
    await index.whenComplete();
    assert.equal(index.partial, false);
    assert.equal(index.conceptCounts().get('entropy'), 102);
  });

  it('cancelling stops reading; the answers stay partial', async () => {
    for (let i = 0; i < 200; i++) s.workspace.write(`file:///ws/n${String(i).padStart(3, '0')}.md`, '熵\n');
    worker.held = true;
    index.start();
    await worker.waiting();
    const done = index.whenComplete();
    index.cancel();
    await done;
    worker.release();
    assert.equal(index.partial, true);
    assert.equal(index.progress, undefined);
    assert.ok((index.conceptCounts().get('entropy') ?? 0) < 202);
  });

  it('keeps answering from the old pack while a changed pack is indexed', async () => {
    s.workspace.write('file:///ws/gd.md', '梯度下降 and 熵\n');
    index.start();
    await index.whenComplete();
    assert.equal(index.conceptCounts().get('gradient-descent'), undefined);
    assert.equal(index.conceptCounts().get('entropy'), 3);
    worker.held = true;
    s.workspace.write('file:///ws/tiny.conceptpack.json', USER_PACK);
    s.settings.setResource('', { packs: ['file:///ws/tiny.conceptpack.json'] });
    await worker.waiting();
    // The new pack's first batch is held: the old index answers, complete.
    assert.equal(index.partial, false);
    assert.equal(index.conceptCounts().get('gradient-descent'), undefined);
    assert.equal(index.conceptCounts().get('entropy'), 3);
    worker.release();
    await until(index, () => index.conceptCounts().get('gradient-descent') === 1);
    assert.equal(index.conceptCounts().get('entropy'), 3);
  });

  it('saves itself and, read back, re-reads only the files changed since', async () => {
    index.start();
    await index.whenComplete();
    await index.flush();
    assert.ok(cache.text?.startsWith('{"format":"concept-lens-index"'));
    s.workspace.write('file:///ws/b.md', '熵\n');
    s.workspace.reads.clear();
    const again = makeIndex();
    again.start();
    await again.whenComplete();
    assert.deepEqual([...s.workspace.reads.keys()].filter((u) => u.endsWith('.md')), ['file:///ws/b.md']);
    assert.equal(again.conceptCounts().get('entropy'), 3);
    assert.equal(again.conceptCounts().get('emergence'), undefined);
  });

  it('read back by a worker that checks the files itself, sends only the changed ones to be read', async () => {
    index.start();
    await index.whenComplete();
    await index.flush();
    s.workspace.write('file:///ws/b.md', '熵\n');
    const again = makeIndex();
    cache.uri = 'file:///storage/index-v1.jsonl';
    // As the worker thread does: it decodes the cache and compares each entry with its file.
    const checks: string[] = [];
    worker.readCache = async (_uri, hash, concepts) => {
      const read = decodeCache(cache.text!, hash, concepts);
      if (read.kind !== 'ok') return { read };
      const changed: string[] = [];
      for (const f of read.files) {
        checks.push(f.uri);
        const st = await s.workspace.stat(f.uri);
        if (!st || st.size !== f.size || st.mtime !== f.mtime) changed.push(f.uri);
      }
      return { read, changed };
    };
    const sent: string[] = [];
    const scan = worker.scan.bind(worker);
    worker.scan = (files, limit) => (sent.push(...files.map((f) => f.uri)), scan(files, limit));
    s.workspace.reads.clear();
    again.start();
    await again.whenComplete();
    assert.deepEqual(checks.sort(), ['file:///ws/a.md', 'file:///ws/b.md']);
    assert.deepEqual(sent, ['file:///ws/b.md'], 'the unchanged file is not sent again');
    assert.deepEqual([...s.workspace.reads.keys()].filter((u) => u.endsWith('.md')), ['file:///ws/b.md']);
    assert.equal(again.conceptCounts().get('entropy'), 3);
    assert.equal(again.conceptCounts().get('emergence'), undefined);
  });

  for (const [name, corrupt] of [
    ['garbage', () => '\u0000\u0001 not json at all'],
    ['a truncated file', (t: string) => t.slice(0, Math.floor(t.length * 0.6))],
    ['a damaged line', (t: string) => t.replace('"file:///ws/a.md",', '"file:///ws/a.md","x",')],
    ['a match of a concept the pack does not have', (t: string) => t.replace(/,(\d+),\[\d+,/, ',$1,[99999,')],
  ] as const) {
    it(`discards a cache file with ${name}, logs it, and indexes from the files`, async () => {
      index.start();
      await index.whenComplete();
      await index.flush();
      cache.text = corrupt(cache.text!);
      s.workspace.reads.clear();
      const again = makeIndex();
      again.start();
      await again.whenComplete();
      assert.equal(cache.deletes, 1);
      assert.ok(s.log.at('warn').some((l) => l.startsWith('index cache discarded')));
      assert.equal(s.workspace.reads.get('file:///ws/a.md'), 1);
      assert.equal(again.conceptCounts().get('entropy'), 2);
      assert.equal(again.conceptCounts().get('emergence'), 2);
    });
  }

  it('does not use a cache of another pack or version (and does not delete it)', async () => {
    cache.text = encodeCache('0000000000000000', s.packs.current.concepts.length, []);
    index.start();
    await index.whenComplete();
    assert.equal(cache.deletes, 0);
    assert.ok(s.log.at('info').some((l) => l.includes('another concept pack')));
    assert.equal(index.conceptCounts().get('entropy'), 2);
  });

  it('works without a cache (no folder storage)', async () => {
    cache = undefined as unknown as MemoryCache;
    const i = new ConceptIndex({ workspace: s.workspace, settings: s.settings, packs: s.packs, scans: s.scans, worker: new InProcessIndexWorker(s.workspace), cache: undefined, notifications: s.notifications, log: s.log });
    made.push(i);
    i.start();
    await i.whenComplete();
    await i.flush();
    assert.equal(i.conceptCounts().get('entropy'), 2);
  });

  it('skips files over the size limit by their size, without reading them', async () => {
    s.workspace.write('file:///ws/big.md', '涌现'.repeat(400)); // 2,400 bytes
    s.settings.setWindow({ maxFileSizeKB: 2 });
    index.start();
    await index.whenComplete();
    assert.equal(index.conceptCounts().get('emergence'), 2);
    assert.equal(s.workspace.reads.get('file:///ws/big.md'), undefined);
  });
  it('reads the files again when conceptLens.maxFileSizeKB changes: a file indexed under the old limit goes, and comes back', async () => {
    s.workspace.write('file:///ws/big.md', '涌现'.repeat(400)); // 2,400 bytes: two matches of 'emergence' in a.md and b.md, 400 here
    s.settings.setWindow({ maxFileSizeKB: 4 });
    index.start();
    await index.whenComplete();
    assert.equal(index.conceptCounts().get('emergence'), 402);
    s.settings.setWindow({ maxFileSizeKB: 2 });
    await index.whenComplete();
    assert.equal(index.partial, false);
    assert.equal(index.conceptCounts().get('emergence'), 2, 'the file is over the new limit');
    assert.deepEqual((await index.find('emergence')).map((o) => o.uri).filter((u) => u.endsWith('big.md')), []);
    s.settings.setWindow({ maxFileSizeKB: 3 });
    await index.whenComplete();
    assert.equal(index.conceptCounts().get('emergence'), 402, 'under the raised limit it is read again');
  });
});
