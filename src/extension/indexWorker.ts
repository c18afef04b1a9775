// Entry of dist/indexWorker.js: a worker thread that reads and scans batches of the workspace's Markdown
// files for the index (src/services/index/conceptIndex.ts), so that the extension host's thread stays
// free. It keeps the pack the host last sent and answers each scan request of src/shared/indexProtocol.ts.
// It lists the Markdown files of file: folders and reads file: URIs itself; for other schemes the host
// lists them and sends the bytes.

import { parentPort } from 'node:worker_threads';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { restoreCompiledPack, type CompiledPack } from '../core/scan/compiledPack';
import { isIndexRequest, type IndexResponse, type IndexScanFile } from '../shared/indexProtocol';
import type { IndexFileResult } from '../services/host/indexHost';
import { scanFile, type FileSource } from '../services/index/scanFile';
import { decodeCache } from '../services/index/fileIndex';
import { walkMarkdownFiles } from './indexWorkerListing';

const port = parentPort;
if (!port) throw new Error('indexWorker.js runs as a worker thread');

let pack: { cp: () => CompiledPack; hash: string } | undefined;

function sourceOf(f: IndexScanFile): FileSource {
  if (f.bytes) {
    const bytes = f.bytes;
    return { stat: () => f.stat ?? { size: bytes.byteLength, mtime: 0 }, read: () => bytes };
  }
  const path = fileURLToPath(f.uri);
  // Synchronous calls: the thread has nothing else to do meanwhile, and each await of the thread pool costs.
  return {
    stat: () => {
      const s = statSync(path);
      return { size: s.size, mtime: s.mtimeMs };
    },
    read: () => readFileSync(path),
  };
}

/** Whether a cached entry still holds: its file has the same size and mtime, and is within the limit. */
function unchangedOnDisk(f: { uri: string; size: number; mtime: number }, limitBytes: number): boolean {
  try {
    const s = statSync(fileURLToPath(f.uri), { throwIfNoEntry: false });
    return s !== undefined && s.size === f.size && s.mtimeMs === f.mtime && s.size <= limitBytes;
  } catch {
    return false;
  }
}

port.on('message', (message: unknown) => {
  if (!isIndexRequest(message)) {
    const id = typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number' ? (message as { id: number }).id : 0;
    port.postMessage({ type: 'failed', id, message: 'the index worker was sent something that is not an index request' } satisfies IndexResponse);
    return;
  }
  if (message.type === 'pack') {
    // Restored when a file is first read: a warm start that only checks sizes and mtimes never needs it.
    const { data, hash } = message;
    let cp: CompiledPack | undefined;
    pack = { cp: () => (cp ??= restoreCompiledPack(data)), hash };
    return;
  }
  if (message.type === 'readCache') {
    const { id, uri, hash, concepts, limitBytes } = message;
    const path = fileURLToPath(uri);
    let text: string | undefined;
    try {
      text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    } catch (e) {
      port.postMessage({ type: 'failed', id, message: e instanceof Error ? e.message : String(e) } satisfies IndexResponse);
      return;
    }
    const read = text === undefined ? undefined : decodeCache(text, hash, concepts);
    // Each entry checked against its file now: the host then sends only the changed ones to be read.
    const changed = read?.kind === 'ok' ? read.files.filter((f) => !unchangedOnDisk(f, limitBytes)).map((f) => f.uri) : undefined;
    const transfer = read?.kind === 'ok' ? read.files.flatMap((f) => [f.matches, f.headingLines].filter((a) => a.length > 0).map((a) => a.buffer as ArrayBuffer)) : [];
    port.postMessage({ type: 'cacheRead', id, read, changed } satisfies IndexResponse, transfer);
    return;
  }
  if (message.type === 'list') {
    const { id } = message;
    try {
      port.postMessage({ type: 'listed', id, ...walkMarkdownFiles(message) } satisfies IndexResponse);
    } catch (e) {
      port.postMessage({ type: 'failed', id, message: e instanceof Error ? e.message : String(e) } satisfies IndexResponse);
    }
    return;
  }
  const current = pack;
  if (!current) {
    port.postMessage({ type: 'failed', id: message.id, message: 'the index worker has no pack' } satisfies IndexResponse);
    return;
  }
  void (async () => {
    const results: IndexFileResult[] = [];
    for (const f of message.files) results.push(await scanFile(f.uri, sourceOf(f), f.known, message.limitBytes, current.cp));
    // The matches' buffers move to the host rather than being copied.
    // (A file's arrays may be one shared empty array: that is copied, not moved.)
    const transfer = results.flatMap((r) => (r.kind === 'indexed' ? [r.file.matches, r.file.headingLines].filter((a) => a.length > 0).map((a) => a.buffer as ArrayBuffer) : []));
    port.postMessage({ type: 'scanned', id: message.id, hash: current.hash, results } satisfies IndexResponse, transfer);
  })().catch((e: unknown) => port.postMessage({ type: 'failed', id: message.id, message: e instanceof Error ? e.message : String(e) } satisfies IndexResponse));
});
