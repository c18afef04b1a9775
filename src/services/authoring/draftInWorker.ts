// Drafting off the extension host's thread: draftPack() takes up to ~3 s on a long article, which would
// freeze every other extension. Each draft gets a worker thread of its own (dist/draftWorker.js), which
// is terminated when it answers, when the draft is cancelled, or when this is disposed. When the worker
// cannot start or breaks before it answers, the draft is made here instead, and that is logged. The
// worker is behind an interface (each platform starts its own kind: src/extension/platform/), so that
// this is tested without a host.

import type { DraftOptions, DraftPack } from '../../core/authoring/draftPack';
import { isDraftResponse, type DraftRequest, type DraftResponse } from '../../shared/draftProtocol';
import type { CancellationToken } from '../base/cancellation';
import type { IDisposable } from '../base/disposable';
import { errorText, type ILog } from '../host/log';
import type { WorkerPort } from '../host/worker';

/** A draft worker: it is sent draft requests (src/shared/draftProtocol.ts). */
export type DraftWorker = WorkerPort<DraftRequest>;

export type DraftWorkerOptions = Pick<DraftOptions, 'max' | 'lang'>;

/** The draft, and where it was made; or nothing, when it was cancelled. */
export type DraftOutcome = { kind: 'drafted'; draft: DraftPack; where: 'worker' | 'in-process' } | { kind: 'cancelled' };

/** How a worker's run ended: its answer, cancelled, or broken (with why). */
type Reply = { kind: 'answer'; response: DraftResponse } | { kind: 'cancelled' } | { kind: 'broken'; why: string };

export class DraftInWorker implements IDisposable {
  private nextId = 1;
  private readonly running = new Set<DraftWorker>();

  constructor(
    private readonly start: () => DraftWorker,
    private readonly inProcess: (text: string, options: DraftWorkerOptions) => DraftPack,
    private readonly log: ILog,
  ) {}

  /** Drafts `text` in a worker; rejects when the draft itself fails (as it would in process). */
  async draft(text: string, options: DraftWorkerOptions, token: CancellationToken): Promise<DraftOutcome> {
    if (token.isCancellationRequested) return { kind: 'cancelled' };
    let worker: DraftWorker;
    try {
      worker = this.start();
    } catch (e) {
      return this.fallback(text, options, `the draft worker cannot start (${errorText(e)})`);
    }
    const t0 = Date.now();
    const reply = await this.run(worker, { type: 'draft', id: this.nextId++, text, options }, token);
    if (reply.kind === 'cancelled') return reply;
    if (reply.kind === 'broken') return token.isCancellationRequested ? { kind: 'cancelled' } : this.fallback(text, options, `the draft worker ${reply.why}`);
    if (reply.response.type === 'failed') throw new Error(reply.response.message);
    this.log.info(`drafted ${text.length} characters in a worker in ${Date.now() - t0} ms`);
    return { kind: 'drafted', draft: reply.response.draft, where: 'worker' };
  }

  dispose(): void {
    for (const w of this.running) w.terminate();
    this.running.clear();
  }

  private fallback(text: string, options: DraftWorkerOptions, why: string): DraftOutcome {
    this.log.warn(`${why}: drafting in the extension host instead`);
    return { kind: 'drafted', draft: this.inProcess(text, options), where: 'in-process' };
  }

  /** Sends the request and waits for the first of: the answer, an error, the worker's exit, cancellation. */
  private run(worker: DraftWorker, request: DraftRequest, token: CancellationToken): Promise<Reply> {
    this.running.add(worker);
    return new Promise<Reply>((resolve) => {
      let settled = false;
      const cancel = token.onCancellationRequested(() => settle({ kind: 'cancelled' }));
      function settle(this: void, reply: Reply): void {
        if (settled) return;
        settled = true;
        cancel.dispose();
        resolve(reply);
      }
      worker.onMessage((m) => {
        if (isDraftResponse(m) && m.id === request.id) settle({ kind: 'answer', response: m });
        else settle({ kind: 'broken', why: 'answered with a message that is not a draft of this request' });
      });
      worker.onError((e) => settle({ kind: 'broken', why: `failed (${errorText(e)})` }));
      worker.onExit((code) => settle({ kind: 'broken', why: `stopped before it answered (exit code ${code})` }));
      try {
        worker.postMessage(request);
      } catch (e) {
        settle({ kind: 'broken', why: `cannot be sent the document (${errorText(e)})` });
      }
    }).finally(() => {
      this.running.delete(worker);
      worker.terminate();
    });
  }
}
