// What the tests read from the page: window.conceptGraph. Only test builds have it: main.ts installs
// it under the compile-time constant CONCEPT_LENS_TEST_HOOKS, which scripts/graphWebview.mjs defines
// (false for the packaged media/graph.js, so esbuild drops this module from it).

import type { Core } from 'cytoscape';
import type { GraphViewState } from '../../shared/graphProtocol';
import type { GraphApp } from './graphApp';

export interface GraphDebug {
  cy(): Core | undefined;
  state(): GraphViewState;
  /** Whether the renderer's frame loop is parked (nothing to draw). */
  idle(): boolean;
  layoutRuns(): number;
  /** Whether the last state change has been sent to the host (it keeps it across reloads). */
  stateSent(): boolean;
}

export function installTestHook(win: Window, app: GraphApp): void {
  const debug: GraphDebug = {
    cy: () => app.renderer.cy,
    state: () => app.store.view,
    idle: () => app.gate.idle,
    layoutRuns: () => app.store.layoutRuns,
    stateSent: () => app.store.stateSent,
  };
  (win as unknown as { conceptGraph: GraphDebug }).conceptGraph = debug;
}
