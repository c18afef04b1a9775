// The index worker over a message port (a node:worker_threads Worker, or a Web Worker): requests are
// matched to answers by id. When the worker cannot start or breaks, the batches are scanned in process
// instead (InProcessIndexWorker), and that is logged once.

import { compiledPackData, type CompiledPack } from '../../core/scan/compiledPack';
import type { WorkerPort } from '../host/worker';
import { isIndexResponse, type IndexRequest, type IndexResponse, type IndexScanFile } from '../../shared/indexProtocol';
import type { IIndexWorker, IndexFileRequest, IndexFileResult, IndexListRequest, IndexListResult } from '../host/indexHost';
import type { IWorkspace } from '../host/workspace';
import { errorText, type ILog } from '../host/log';
import { InProcessIndexWorker } from './inProcessIndexWorker';
import type { CacheRead } from './fileIndex';

/** The index worker as the client talks to it: a platform's worker (src/services/host/worker.ts). */
export type IndexWorkerPort = WorkerPort<IndexRequest>;

interface Waiting {
  /** The answer, of the kind the request asked for (checked here). */
  resolve(answer: Exclude<IndexResponse, { type: 'failed' }>): void;
  reject(e: Error): void;
}

export class IndexWorkerClient implements IIndexWorker {
  private port: IndexWorkerPort | undefined;
  private broken = false;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private readonly fallback: InProcessIndexWorker;
  private pack: { cp: CompiledPack; hash: string } | undefined;

  constructor(
    private readonly start: () => IndexWorkerPort,
    private readonly workspace: Pick<IWorkspace, 'stat' | 'readFile'>,
    /** Whether the worker reads a URI itself (file: in Node); others are read here and sent. */
    private readonly workerReads: (uri: string) => boolean,
    private readonly log: ILog,
  ) {
    this.fallback = new InProcessIndexWorker(workspace);
  }

  setPack(cp: CompiledPack, hash: string): void {
    this.pack = { cp, hash };
    this.fallback.setPack(cp);
    const port = this.connect();
    if (port) this.send(port, { type: 'pack', hash, data: compiledPackData(cp) });
  }

  async scan(files: readonly IndexFileRequest[], limitBytes: number): Promise<IndexFileResult[]> {
    const port = this.connect();
    if (!port) return this.fallback.scan(files, limitBytes);
    const out: IndexScanFile[] = [];
    for (const f of files) {
      if (this.workerReads(f.uri)) out.push(f);
      else out.push(await this.hostRead(f));
    }
    const id = this.nextId++;
    const answer = this.answerTo(id);
    this.send(port, { type: 'scan', id, limitBytes, files: out });
    try {
      const m = await answer;
      if (m.type !== 'scanned') throw this.nonsense(`answered a scan with ${m.type}`);
      if (m.hash !== this.pack?.hash) throw new Error('the index worker answered with another pack');
      return m.results;
    } catch (e) {
      if (!this.broken) throw e;
      return this.fallback.scan(files, limitBytes);
    }
  }

  async list(request: IndexListRequest): Promise<IndexListResult | undefined> {
    if (!request.folders.every((f) => this.workerReads(f))) return undefined;
    const port = this.connect();
    if (!port) return undefined;
    const id = this.nextId++;
    const answer = this.answerTo(id);
    this.send(port, { type: 'list', id, ...request });
    try {
      const m = await answer;
      if (m.type !== 'listed') throw this.nonsense(`answered a listing with ${m.type}`);
      return { files: m.files, more: m.more };
    } catch (e) {
      // The host lists the files instead.
      this.log.warn(`the index worker could not list the workspace's files: ${errorText(e)}`);
      return undefined;
    }
  }

  async readCache(uri: string, packHash: string, concepts: number, limitBytes: number): Promise<{ read: CacheRead; changed?: string[] } | 'none' | undefined> {
    if (!this.workerReads(uri)) return undefined;
    const port = this.connect();
    if (!port) return undefined;
    const id = this.nextId++;
    const answer = this.answerTo(id);
    this.send(port, { type: 'readCache', id, uri, hash: packHash, concepts, limitBytes });
    try {
      const m = await answer;
      if (m.type !== 'cacheRead') throw this.nonsense(`answered a cache read with ${m.type}`);
      return m.read ? { read: m.read, changed: m.changed } : 'none';
    } catch (e) {
      this.log.warn(`the index worker could not read the index cache: ${errorText(e)}`);
      return undefined;
    }
  }

  private answerTo(id: number): Promise<Exclude<IndexResponse, { type: 'failed' }>> {
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  private nonsense(why: string): Error {
    this.breakDown(why);
    return new Error(why);
  }

  private async hostRead(f: IndexFileRequest): Promise<IndexScanFile> {
    const stat = await this.workspace.stat(f.uri);
    if (!stat || (f.known && f.known.size === stat.size && f.known.mtime === stat.mtime)) return f;
    try {
      return { ...f, stat, bytes: await this.workspace.readFile(f.uri) };
    } catch {
      return f;
    }
  }

  private connect(): IndexWorkerPort | undefined {
    if (this.broken) return undefined;
    if (this.port) return this.port;
    try {
      const port = this.start();
      port.onMessage((m) => this.answer(m));
      port.onError((e) => this.breakDown(`failed (${errorText(e)})`));
      port.onExit((code) => this.breakDown(`stopped (exit code ${code})`));
      this.port = port;
      if (this.pack) this.send(port, { type: 'pack', hash: this.pack.hash, data: compiledPackData(this.pack.cp) });
      return port;
    } catch (e) {
      this.breakDown(`cannot start (${errorText(e)})`);
      return undefined;
    }
  }

  private send(port: IndexWorkerPort, message: IndexRequest): void {
    try {
      port.postMessage(message);
    } catch (e) {
      this.breakDown(`cannot be sent a request (${errorText(e)})`);
    }
  }

  private answer(m: unknown): void {
    if (!isIndexResponse(m)) return this.breakDown('answered with a message that is not an index response');
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (m.type === 'failed') w.reject(new Error(m.message));
    else w.resolve(m);
  }

  private breakDown(why: string): void {
    if (this.broken) return;
    this.broken = true;
    this.log.warn(`the index worker ${why}: indexing in the extension host instead`);
    this.port?.terminate();
    this.port = undefined;
    for (const w of this.waiting.values()) w.reject(new Error(why));
    this.waiting.clear();
  }

  dispose(): void {
    this.port?.terminate();
    this.port = undefined;
    this.broken = true;
    for (const w of this.waiting.values()) w.reject(new Error('disposed'));
    this.waiting.clear();
  }
}
