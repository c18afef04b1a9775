// A worker in the desktop extension host: one of our bundles (dist/NAME.js) in a node:worker_threads
// Worker, adapted to the services' WorkerPort (src/services/host/worker.ts).

import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { WorkerPort } from '../../services/host/worker';

/** `options`: for tests, which run a worker's TypeScript source (execArgv with tsx). */
export function startWorkerThread<Request>(file: string, options?: WorkerOptions, idleMayExit = false): WorkerPort<Request> {
  const worker = new Worker(file, options);
  // A worker idle between requests (the index's) need not keep the process alive.
  if (idleMayExit) worker.unref();
  return {
    postMessage: (request, transfer) => worker.postMessage(request, transfer),
    onMessage: (listener) => void worker.on('message', listener),
    onError: (listener) => void worker.on('error', listener),
    onExit: (listener) => void worker.on('exit', listener),
    terminate: () => void worker.terminate(),
  };
}
