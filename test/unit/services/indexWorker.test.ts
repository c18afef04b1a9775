// The index worker: the real worker thread (its TypeScript source through tsx) reads and scans files
// of a temporary folder as the in-process worker does; a worker that cannot start or answers nonsense
// leaves the batches to the extension host, said once in the log.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../support/paths';
import { MemoryLog, MemoryWorkspace } from '../../support/memoryHost';
import { IndexWorkerClient, type IndexWorkerPort } from '../../../src/services/index/indexWorkerClient';
import { startWorkerThread } from '../../../src/extension/platform/nodeWorker';
import type { IndexRequest } from '../../../src/shared/indexProtocol';
import { loadBuiltinCompiledPack } from '../../../src/core/pack/builtinCompiledPack';
import type { IndexFileResult } from '../../../src/services/host/indexHost';
import { encodeCache, type IndexedFile } from '../../../src/services/index/fileIndex';

const pack = loadBuiltinCompiledPack();

/** The results as plain values, to compare (a typed array and a plain one differ in deepEqual). */
function plain(results: IndexFileResult[]): unknown {
  return results.map((r) => (r.kind === 'indexed' ? { ...r.file, uri: r.file.uri.split('/').pop(), matches: [...r.file.matches], mtime: 0 } : { kind: r.kind }));
}

describe('services: the index worker', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concept-index-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: 熵与涌现：大模型的智能之谜\n---\n# 熵\n\n熵 and emergence\n\n# Notes\n');
    writeFileSync(join(dir, 'c.md'), '# One\n\ntext\n\n# Two\n\n熵\n\n# Three\n');
    writeFileSync(join(dir, 'b.md'), '涌现'.repeat(1000));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('scans files in a worker thread as the extension host would', async function () {
    this.timeout(60_000);
    const log = new MemoryLog();
    const file = join(ROOT, 'src', 'extension', 'indexWorker.ts');
    const client = new IndexWorkerClient(() => startWorkerThread<IndexRequest>(file, { execArgv: ['--require', 'tsx/cjs'] }, true), new MemoryWorkspace(), () => true, log);
    try {
      client.setPack(pack, 'h1');
      const uris = ['a.md', 'b.md', 'gone.md', 'c.md'].map((n) => pathToFileURL(join(dir, n)).toString());
      const results = await client.scan(uris.map((uri) => ({ uri })), 4096);
      assert.deepEqual(log.lines, []);
      assert.deepEqual(results.map((r) => r.kind), ['indexed', 'tooLarge', 'missing', 'indexed']);
      const a = results[0]!;
      assert.ok(a.kind === 'indexed');
      // The article (by its title) keeps every heading; another file only those a match stands under.
      assert.equal(a.file.isArticle, true);
      assert.deepEqual(a.file.headingTexts, ['熵', 'Notes']);
      assert.deepEqual([...a.file.headingLines], [1, 3, 1, 7]);
      const c = results[3]!;
      assert.ok(c.kind === 'indexed');
      assert.equal(c.file.isArticle, false);
      assert.deepEqual(c.file.headingTexts, ['Two']);
      assert.deepEqual([...c.file.headingLines], [1, 4]);
      assert.deepEqual(a.file.texts, ['熵', 'emergence']);
      // Concept, start line and character, end line and character, text: counted by hand.
      const entropy = pack.indexOf.get('entropy')!;
      assert.deepEqual([...a.file.matches.slice(0, 6)], [entropy, 3, 2, 3, 3, 0]);
      // Unchanged files are not read again.
      const again = await client.scan([{ uri: uris[0]!, known: { size: a.file.size, mtime: a.file.mtime } }], 4096);
      assert.deepEqual(again, [{ kind: 'unchanged', uri: uris[0] }]);
    } finally {
      client.dispose();
    }
  });

  it('lists a folder’s Markdown files in the worker thread, leaving out what the exclusions name, spelled as VS Code spells them', async function () {
    this.timeout(60_000);
    const ws = mkdtempSync(join(tmpdir(), 'concept-index-list-'));
    const put = (rel: string): void => {
      mkdirSync(dirname(join(ws, rel)), { recursive: true });
      writeFileSync(join(ws, rel), '熵\n');
    };
    for (const rel of ['a.md', 'notes/熵 and @x.md', 'notes/deep/b.MARKDOWN', 'notes/c.txt', 'node_modules/m/readme.md', 'drafts/d.md', 'private/p.md', 'archive/old.md', 'archive/keep/k.md']) put(rel);
    const folder = pathToFileURL(ws).toString();
    const client = new IndexWorkerClient(() => startWorkerThread<IndexRequest>(join(ROOT, 'src', 'extension', 'indexWorker.ts'), { execArgv: ['--require', 'tsx/cjs'] }, true), new MemoryWorkspace(), (u) => u.startsWith('file:'), new MemoryLog());
    try {
      const listed = await client.list({ folders: [folder], globs: ['**/drafts', 'archive/*.md'], gitignores: [[folder, 'private/\n']], max: 100 });
      assert.deepEqual(listed?.files.sort(), [`${folder}/a.md`, `${folder}/archive/keep/k.md`, `${folder}/notes/deep/b.MARKDOWN`, `${folder}/notes/%E7%86%B5%20and%20%40x.md`].sort());
      assert.equal(listed?.more, false);
      const capped = await client.list({ folders: [folder], globs: [], gitignores: [], max: 2 });
      assert.equal(capped?.files.length, 2);
      assert.equal(capped?.more, true);
      // A folder the worker cannot read itself is left to the host.
      assert.equal(await client.list({ folders: ['vscode-vfs://github/x'], globs: [], gitignores: [], max: 2 }), undefined);
    } finally {
      client.dispose();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('reads and checks the index cache in the worker thread (as saved, none, damaged, of another pack) and names the entries changed on disk', async function () {
    this.timeout(60_000);
    const file = join(dir, 'index-v1.jsonl');
    const uri = pathToFileURL(file).toString();
    const n = pack.concepts.length;
    const a = statSync(join(dir, 'a.md'));
    const entry = (name: string, mtime: number): IndexedFile => ({ uri: pathToFileURL(join(dir, name)).toString(), size: a.size, mtime, matches: Int32Array.from([1, 0, 0, 0, 1, 0]), texts: ['熵'], headingTexts: ['熵'], headingLines: Int32Array.from([1, 0]), isArticle: false });
    // a.md as it is on disk; a.md again under another name that is not there; c.md with another mtime.
    const entries = [entry('a.md', a.mtimeMs), entry('gone.md', a.mtimeMs), entry('c.md', 1.5)];
    const client = new IndexWorkerClient(() => startWorkerThread<IndexRequest>(join(ROOT, 'src', 'extension', 'indexWorker.ts'), { execArgv: ['--require', 'tsx/cjs'] }, true), new MemoryWorkspace(), (u) => u.startsWith('file:'), new MemoryLog());
    try {
      assert.equal(await client.readCache(uri, 'h1', n, 4096), 'none');
      writeFileSync(file, encodeCache('h1', n, entries));
      const ok = await client.readCache(uri, 'h1', n, 4096);
      assert.ok(ok !== 'none' && ok?.read.kind === 'ok');
      assert.deepEqual(ok.read.files.map((f) => ({ ...f, matches: [...f.matches], headingLines: [...f.headingLines] })), entries.map((f) => ({ ...f, matches: [1, 0, 0, 0, 1, 0], headingLines: [1, 0] })));
      assert.deepEqual(ok.changed, [entries[1]!.uri, entries[2]!.uri]);
      // Under a limit it is over, a.md is to be read again too (and found too large).
      assert.deepEqual(((await client.readCache(uri, 'h1', n, a.size - 1)) as { changed: string[] }).changed, entries.map((f) => f.uri));
      assert.deepEqual(await client.readCache(uri, 'h2', n, 4096), { read: { kind: 'stale', why: 'it was made with another concept pack' }, changed: undefined });
      writeFileSync(file, encodeCache('h1', n, entries).replace('"熵"]', '7]'));
      assert.equal(((await client.readCache(uri, 'h1', n, 4096)) as { read: { kind: string } }).read.kind, 'corrupt');
    } finally {
      client.dispose();
    }
  });

  for (const [name, start] of [
    ['cannot start', (): IndexWorkerPort => {
      throw new Error('no worker here');
    }],
    ['answers with something else', (): IndexWorkerPort => {
      let listener: (m: unknown) => void = () => undefined;
      return { postMessage: (m) => m.type === 'scan' && setImmediate(() => listener({ type: 'scanned', id: m.id, hash: 'h1', results: [{ kind: 'bogus' }] })), onMessage: (l) => (listener = l), onError: () => undefined, onExit: () => undefined, terminate: () => undefined };
    }],
  ] as const) {
    it(`scans in process when the worker ${name}, and logs it once`, async () => {
      const log = new MemoryLog();
      const ws = new MemoryWorkspace();
      ws.write('file:///ws/a.md', '# 熵\n\n熵 and emergence\n');
      const client = new IndexWorkerClient(start, ws, () => true, log);
      client.setPack(pack, 'h1');
      const first = await client.scan([{ uri: 'file:///ws/a.md' }], 4096);
      const second = await client.scan([{ uri: 'file:///ws/a.md' }], 4096);
      assert.equal(log.at('warn').length, 1, JSON.stringify(log.lines));
      assert.match(log.at('warn')[0]!, /indexing in the extension host instead/);
      assert.deepEqual(plain(first), plain(second));
      assert.ok(first[0]!.kind === 'indexed' && first[0]!.file.matches.length === 18);
      client.dispose();
    });
  }
});
