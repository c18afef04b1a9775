// Drafting in a worker thread, without a host: the message protocol and its checks, the client's
// answers (the worker's draft, cancellation that terminates the worker, the fallback in process when
// the worker cannot start or breaks, a failed draft), and one real worker thread running the worker's
// source.

import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ROOT } from '../../support/paths';
import { MemoryLog } from '../../support/memoryHost';
import { draftPack, type DraftPack } from '../../../src/core/authoring/draftPack';
import { isDraftPack, isDraftRequest, isDraftResponse, type DraftRequest } from '../../../src/shared/draftProtocol';
import { DraftInWorker, type DraftWorker } from '../../../src/services/authoring/draftInWorker';
import { CancellationSource } from '../../../src/services/base/cancellation';
import { startWorkerThread } from '../../../src/extension/platform/nodeWorker';

const TEXT = '# Flux notes\n\n## Basics\n\nThe **flux capacitor** stores time. A flux capacitor needs power.\n\nEvery flux capacitor hums.\n';
const DRAFT: DraftPack = draftPack(TEXT);

/** A worker a test drives: it records what it was sent and whether it was terminated. */
class FakeWorker implements DraftWorker {
  sent: DraftRequest[] = [];
  terminated = false;
  private message: (m: unknown) => void = () => undefined;
  private error: (e: unknown) => void = () => undefined;
  private exit: (code: number) => void = () => undefined;
  constructor(private readonly onSent: (w: FakeWorker, r: DraftRequest) => void = () => undefined) {}
  postMessage(request: DraftRequest): void {
    this.sent.push(structuredClone(request));
    queueMicrotask(() => this.onSent(this, request));
  }
  onMessage(l: (m: unknown) => void): void {
    this.message = l;
  }
  onError(l: (e: unknown) => void): void {
    this.error = l;
  }
  onExit(l: (code: number) => void): void {
    this.exit = l;
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(m: unknown): void {
    this.message(structuredClone(m));
  }
  fail(e: unknown): void {
    this.error(e);
  }
  stop(code: number): void {
    this.exit(code);
  }
}

describe('services: drafting in a worker thread', () => {
  let log: MemoryLog;
  let inProcessCalls: number;
  const inProcess = (text: string): DraftPack => {
    inProcessCalls++;
    return draftPack(text);
  };
  beforeEach(() => {
    log = new MemoryLog();
    inProcessCalls = 0;
  });
  const never = new CancellationSource().token;

  it('checks the protocol’s messages: requests, answers and the draft’s shape', () => {
    assert.ok(isDraftRequest({ type: 'draft', id: 1, text: 'x', options: {} }));
    assert.ok(isDraftRequest({ type: 'draft', id: 2, text: 'x', options: { max: 10, lang: 'zh' } }));
    for (const bad of [null, 'draft', { type: 'draft', id: -1, text: 'x', options: {} }, { type: 'draft', id: 1, text: 3, options: {} }, { type: 'draft', id: 1, text: 'x' }, { type: 'draft', id: 1, text: 'x', options: { lang: 'fr' } }])
      assert.equal(isDraftRequest(bad), false, JSON.stringify(bad));
    assert.ok(isDraftPack(structuredClone(DRAFT)), 'a real draft, cloned as postMessage does');
    assert.ok(isDraftResponse({ type: 'drafted', id: 1, draft: DRAFT }));
    assert.ok(isDraftResponse({ type: 'failed', id: 1, message: 'boom' }));
    assert.equal(isDraftResponse({ type: 'drafted', id: 1, draft: { ...DRAFT, candidates: [{ id: 'x' }] } }), false);
    assert.equal(isDraftResponse({ type: 'drafted', id: 1, draft: { candidates: [] } }), false);
    assert.equal(isDraftResponse({ type: 'failed', id: 1 }), false);
    assert.equal(isDraftResponse({ type: 'other', id: 1, message: 'x' }), false);
  });

  it('sends the text, answers the worker’s draft, and terminates the worker', async () => {
    const worker = new FakeWorker((w, r) => w.answer({ type: 'drafted', id: r.id, draft: draftPack(r.text, r.options) }));
    const drafts = new DraftInWorker(() => worker, inProcess, log);
    const outcome = await drafts.draft(TEXT, { max: 5 }, never);
    assert.equal(outcome.kind, 'drafted');
    assert.ok(outcome.kind === 'drafted' && outcome.where === 'worker');
    assert.deepEqual(outcome.draft.candidates.map((c) => c.id), draftPack(TEXT, { max: 5 }).candidates.map((c) => c.id));
    assert.deepEqual(worker.sent, [{ type: 'draft', id: 1, text: TEXT, options: { max: 5 } }]);
    assert.equal(worker.terminated, true);
    assert.equal(inProcessCalls, 0);
  });

  it('cancelled, terminates the worker and drafts nothing', async () => {
    const worker = new FakeWorker();
    const drafts = new DraftInWorker(() => worker, inProcess, log);
    const source = new CancellationSource();
    const pending = drafts.draft(TEXT, {}, source.token);
    source.cancel();
    assert.deepEqual(await pending, { kind: 'cancelled' });
    assert.equal(worker.terminated, true);
    assert.equal(inProcessCalls, 0);
    // A late answer changes nothing.
    worker.answer({ type: 'drafted', id: 1, draft: DRAFT });
  });

  it('drafts in process, and logs why, when the worker cannot start, fails, stops or answers nonsense', async () => {
    const cases: [string, () => DraftWorker][] = [
      [
        'cannot start',
        () => {
          throw new Error('no such file');
        },
      ],
      ['failed', () => new FakeWorker((w) => w.fail(new Error('Cannot find module')))],
      ['stopped before it answered', () => new FakeWorker((w) => w.stop(1))],
      ['not a draft of this request', () => new FakeWorker((w, r) => w.answer({ type: 'drafted', id: r.id + 1, draft: DRAFT }))],
    ];
    for (const [why, start] of cases) {
      const before = inProcessCalls;
      const outcome = await new DraftInWorker(start, inProcess, log).draft(TEXT, {}, never);
      assert.ok(outcome.kind === 'drafted' && outcome.where === 'in-process', why);
      assert.equal(inProcessCalls, before + 1, why);
      assert.ok(log.at('warn').some((l) => l.includes(why) && l.includes('drafting in the extension host instead')), `${why}: ${JSON.stringify(log.lines)}`);
    }
  });

  it('a draft that fails in the worker is an error, not a second try', async () => {
    const drafts = new DraftInWorker(() => new FakeWorker((w, r) => w.answer({ type: 'failed', id: r.id, message: 'the draft broke' })), inProcess, log);
    await assert.rejects(drafts.draft(TEXT, {}, never), /the draft broke/);
    assert.equal(inProcessCalls, 0);
  });

  it('drafts in a real worker thread running the worker’s source', async function () {
    this.timeout(60_000);
    const file = join(ROOT, 'src', 'extension', 'draftWorker.ts');
    // The extension starts dist/draftWorker.js; here the worker's TypeScript source runs through tsx.
    const drafts = new DraftInWorker(() => startWorkerThread(file, { execArgv: ['--require', 'tsx/cjs'] }), inProcess, log);
    const outcome = await drafts.draft(TEXT, {}, never);
    assert.ok(outcome.kind === 'drafted' && outcome.where === 'worker', JSON.stringify(log.lines));
    assert.ok(outcome.draft.candidates.some((c) => c.id === 'flux-capacitor'), JSON.stringify(outcome.draft.candidates.map((c) => c.id)));
  });
});
