// A worker as the services see it: a script that runs off the extension host's thread and talks by
// messages. Each platform starts its own kind (a node:worker_threads Worker in the desktop extension
// host, a Web Worker in the browser's), adapted to this (src/extension/platform/).

export interface WorkerPort<Request> {
  /** `transfer`: buffers handed over, not copied (a Web Worker and a worker thread both take them). */
  postMessage(request: Request, transfer?: ArrayBuffer[]): void;
  onMessage(listener: (message: unknown) => void): void;
  onError(listener: (error: unknown) => void): void;
  /** A worker that stops by itself (a thread's exit); a platform whose workers cannot exit never calls it. */
  onExit(listener: (code: number) => void): void;
  terminate(): void;
}
