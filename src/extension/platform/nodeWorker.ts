// A worker in the desktop extension host: one of our bundles (dist/NAME.js) in a node:worker_threads
// Worker, adapted to the services' WorkerPort (src/services/host/worker.ts).

import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { WorkerPort } from '../../services/host/worker';

/** `options`: for tests, which run a worker's TypeScript source (execArgv with tsx). */
export function startWorkerThread<Request>(file: string, options?: WorkerOptions): WorkerPort<Request> {
  const worker = new Worker(file, options);
  return {
    postMessage: (request) => worker.postMessage(request),
    onMessage: (listener) => void worker.on('message', listener),
    onError: (listener) => void worker.on('error', listener),
    onExit: (listener) => void worker.on('exit', listener),
    terminate: () => void worker.terminate(),
  };
}
