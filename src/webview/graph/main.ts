// The Concept Graph page (bundled to media/graph.js by scripts/graphWebview.mjs). It draws the host's
// graph with cytoscape, keeps the layout stable, persists filters, zoom and pan, and talks to the host
// only through the typed protocol. This file only starts the app and connects it to the window.

import { isHostMessage } from '../../shared/graphProtocol';
import { GraphApp } from './graphApp';
import type { VsCodeApi } from './graphStore';
import { installTestHook } from './testHook';

declare function acquireVsCodeApi(): VsCodeApi;
/** Set by esbuild: true only in test builds, which expose window.conceptGraph. */
declare const CONCEPT_LENS_TEST_HOOKS: boolean;

const app = new GraphApp(document.getElementById('app')!, acquireVsCodeApi(), window);

window.addEventListener('message', (e: MessageEvent<unknown>) => {
  if (isHostMessage(e.data)) app.receive(e.data);
});
// The workbench switches themes by changing the body's class.
new MutationObserver(() => app.applyTheme()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

if (CONCEPT_LENS_TEST_HOOKS) installTestHook(window, app);
app.store.post({ type: 'ready' });
