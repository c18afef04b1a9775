// The browser's web worker extension host (vscode.dev, github.dev). It loads an extension as one
// script and gives it no `require` but for 'vscode', so the heavy modules are inside the web bundle
// (evaluated with it, run only on first use). It starts no worker of ours yet: a draft is made in the
// extension host, which DraftInWorker says in the log.

import * as authoring from '../authoringEntry';
import * as inflections from '../inflectionsEntry';
import type { Platform } from './platform';

export function webPlatform(): Platform {
  return {
    host: 'web',
    loadAuthoring: () => authoring,
    loadInflections: () => Promise.resolve(inflections),
    startWorker: (bundle) => {
      throw new Error(`the web extension host starts no worker (${bundle})`);
    },
  };
}
