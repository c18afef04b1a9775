// What differs between VS Code's two extension hosts: the desktop's Node host and the browser's web
// worker host (vscode.dev, github.dev, code-server's web extensions). Everything else is shared. Each
// entry point (src/extension/nodeEntry.ts, src/extension/webEntry.ts) makes its platform and hands it
// to the one composition root (src/extension/extension.ts). Files are read with vscode.workspace.fs on
// both: only loading our own code and starting workers differ.

import type { AuthoringModule } from '../authoring/authoringModule';
import type { WorkerPort } from '../../services/host/worker';

export type InflectionsModule = typeof import('../inflectionsEntry');

/** Our worker scripts (dist/NAME.js on Node). */
export type WorkerBundle = 'draftWorker' | 'indexWorker';

export interface Platform {
  /** Which extension host runs us (logged on activation, and in the API for tests). */
  readonly host: 'node' | 'web';
  /** The authoring module (pinyin-pro, the linter, the draft): heavy, so loaded on first use. */
  loadAuthoring(): AuthoringModule;
  /** compromise's English inflections, loaded when a user pack needs them. */
  loadInflections(): Promise<InflectionsModule>;
  /** Starts one of our workers; throws when this platform cannot (the caller then works in process). */
  startWorker<Request>(bundle: WorkerBundle): WorkerPort<Request>;
}
