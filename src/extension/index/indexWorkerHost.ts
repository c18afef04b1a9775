// The index worker as the extension host starts it: dist/indexWorker.js in a node:worker_threads Worker,
// adapted to the port of src/services/index/indexWorkerClient.ts.

import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { IndexWorkerPort } from '../../services/index/indexWorkerClient';

/** `options`: for tests, which run the worker's TypeScript source (execArgv with tsx). */
export function startIndexWorker(file: string, options?: WorkerOptions): IndexWorkerPort {
  const worker = new Worker(file, options);
  // The worker is idle between batches: it does not keep the extension host alive.
  worker.unref();
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer),
    onMessage: (listener) => void worker.on('message', listener),
    onError: (listener) => void worker.on('error', listener),
    onExit: (listener) => void worker.on('exit', listener),
    terminate: () => void worker.terminate(),
  };
}
