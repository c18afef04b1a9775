// The draft worker as the extension host starts it: dist/draftWorker.js in a node:worker_threads Worker,
// adapted to the interface of src/services/authoring/draftInWorker.ts.

import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { DraftWorker } from '../../services/authoring/draftInWorker';

/** `options`: for tests, which run the worker's TypeScript source (execArgv with tsx). */
export function startDraftWorker(file: string, options?: WorkerOptions): DraftWorker {
  const worker = new Worker(file, options);
  return {
    postMessage: (request) => worker.postMessage(request),
    onMessage: (listener) => void worker.on('message', listener),
    onError: (listener) => void worker.on('error', listener),
    onExit: (listener) => void worker.on('exit', listener),
    terminate: () => void worker.terminate(),
  };
}
