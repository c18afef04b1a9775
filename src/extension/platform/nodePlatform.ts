// The desktop extension host: our heavy modules are bundles of their own beside dist/extension.js,
// required on first use, and workers are worker threads.

import * as vscode from 'vscode';
import type { AuthoringModule } from '../authoring/authoringModule';
import type { InflectionsModule, Platform } from './platform';
import { startWorkerThread } from './nodeWorker';

export function nodePlatform(extensionUri: vscode.Uri): Platform {
  const dist = (file: string): string => vscode.Uri.joinPath(extensionUri, 'dist', file).fsPath;
  return {
    host: 'node',
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- its own bundle, kept out of activation
    loadAuthoring: () => require(dist('authoring.js')) as AuthoringModule,
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- its own bundle, kept out of activation
    loadInflections: () => Promise.resolve(require(dist('inflections.js')) as InflectionsModule),
    startWorker: (bundle) => startWorkerThread(dist(`${bundle}.js`), undefined, bundle === 'indexWorker'),
  };
}
