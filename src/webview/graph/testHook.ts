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
  /** Whether the labels are sized and culled for the current viewport (no zoom or pan end pending). */
  labelsSettled(): boolean;
  /** How many times the labels were culled. */
  cullRuns(): number;
  /** The labels drawn (nodes visible and not culled): id, font size on screen and the label's box on screen. */
  labels(): { id: string; fontPx: number; height: number; x1: number; y1: number; x2: number; y2: number }[];
}

export function installTestHook(win: Window, app: GraphApp): void {
  const debug: GraphDebug = {
    cy: () => app.renderer.cy,
    state: () => app.store.view,
    idle: () => app.gate.idle,
    layoutRuns: () => app.store.layoutRuns,
    stateSent: () => app.store.stateSent,
    labelsSettled: () => app.renderer.labelsSettled,
    cullRuns: () => app.renderer.cullRuns,
    labels: () => {
      const c = app.renderer.cy;
      if (!c) return [];
      const zoom = c.zoom();
      return c
        .nodes(':visible')
        .filter((n) => !n.hasClass('nolabel') && String(n.data('label') ?? '') !== '')
        .map((n) => {
          const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          return { id: n.id(), fontPx: n.numericStyle('font-size') * zoom, height: b.h, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        });
    },
  };
  (win as unknown as { conceptGraph: GraphDebug }).conceptGraph = debug;
}
