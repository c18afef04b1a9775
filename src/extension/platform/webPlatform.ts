// The browser's web worker extension host (vscode.dev, github.dev). It loads an extension as one
// script and gives it no `require` but for 'vscode', so the heavy modules are inside the web bundle.
// They are required here, inside the functions: esbuild resolves these requires at build time and wraps
// the modules so that they are evaluated on the first call, not with the bundle (compromise and
// pinyin-pro take about a second to evaluate). It starts no worker of ours yet: a draft is made in the
// extension host, which DraftInWorker says in the log.

import type { AuthoringModule } from '../authoring/authoringModule';
import type { InflectionsModule, Platform } from './platform';

export function webPlatform(): Platform {
  return {
    host: 'web',
    // eslint-disable-next-line no-restricted-globals, @typescript-eslint/no-require-imports -- bundled: evaluated on first use
    loadAuthoring: () => require('../authoringEntry') as AuthoringModule,
    // eslint-disable-next-line no-restricted-globals, @typescript-eslint/no-require-imports -- bundled: evaluated on first use
    loadInflections: () => Promise.resolve(require('../inflectionsEntry') as InflectionsModule),
    startWorker: (bundle) => {
      throw new Error(`the web extension host starts no worker (${bundle})`);
    },
  };
}
