// The 'export' request: the graph as the user sees it (visible nodes and edges), as SVG markup drawn by
// svgExport.ts with the edge-style table, or as a PNG from cytoscape.

import type { Core } from 'cytoscape';
import type { EdgeKind } from '../../shared/graphProtocol';
import { ABSENT_OPACITY } from './cytoscapeStyle';
import { edgeLook } from './edgeStyles';
import { graphSvg, type SvgEdge, type SvgNode } from './svgExport';
import type { Theme } from './theme';

/** Base64 of a PNG at twice the screen's scale, on the theme's background. */
export function exportPng(cy: Core, theme: Theme): string {
  return cy.png({ output: 'base64', full: true, scale: 2, bg: theme.background });
}

export function exportSvg(cy: Core, theme: Theme): string {
  const nodes: SvgNode[] = cy.nodes(':visible').map((n) => ({
    label: n.data('label') as string,
    x: n.position('x'),
    y: n.position('y'),
    size: n.data('size') as number,
    color: n.data('color') as string,
    opacity: n.hasClass('absent') ? ABSENT_OPACITY : 1,
  }));
  const edges: SvgEdge[] = cy.edges(':visible').map((e) => {
    const kind = e.data('kind') as EdgeKind;
    return {
      kind,
      x1: e.source().position('x'),
      y1: e.source().position('y'),
      x2: e.target().position('x'),
      y2: e.target().position('y'),
      targetRadius: (e.target().data('size') as number) / 2,
      ...edgeLook(kind, e.data('directed') === true, e.data('weight') as number, theme),
    };
  });
  return graphSvg(nodes, edges, { background: theme.background, foreground: theme.foreground, fontFamily: theme.fontFamily, fontSize: 11 });
}
