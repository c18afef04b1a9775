// How each kind of edge looks, in one table that both the cytoscape stylesheet (cytoscapeStyle.ts) and
// the SVG export (graphExport.ts) read, so the screen and the exported file cannot drift apart. An arrow
// head is drawn only on an edge the host marks `directed`; an undirected edge has none, whatever its kind.

import type { EdgeKind } from '../../shared/graphProtocol';
import type { Theme } from './theme';

/** Arrow heads, by cytoscape's names; svgExport.ts draws the same shapes. */
export type ArrowShape = 'triangle' | 'vee' | 'diamond' | 'triangle-backcurve';

export interface EdgeStyle {
  /** The theme colour (a --vscode-* variable, see theme.ts) of the line and its arrow head. */
  color: 'edge' | 'coOccurrence';
  /** Dash and gap lengths in px, or null for a solid line. */
  dash: readonly number[] | null;
  /** The head at the target of a directed edge of this kind. */
  arrow: ArrowShape;
  /** Line width in px, or 'weight': it grows with the edge's weight (see edgeWidth). */
  width: number | 'weight';
  opacity: number;
  /** Cytoscape's curve: 'haystack' is cheaper to draw but has no arrow heads (co-occurrence has none). */
  curve: 'bezier' | 'haystack';
}

export const EDGE_STYLES: Readonly<Record<EdgeKind, EdgeStyle>> = {
  'prerequisite-of': { color: 'edge', dash: null, arrow: 'triangle', width: 1.5, opacity: 0.8, curve: 'bezier' },
  'leads-to': { color: 'edge', dash: null, arrow: 'vee', width: 2, opacity: 0.8, curve: 'bezier' },
  'part-of': { color: 'edge', dash: [6, 3], arrow: 'diamond', width: 1.5, opacity: 0.8, curve: 'bezier' },
  'example-of': { color: 'edge', dash: [1, 1], arrow: 'triangle-backcurve', width: 1.5, opacity: 0.8, curve: 'bezier' },
  'contrasts-with': { color: 'edge', dash: [6, 3], arrow: 'triangle', width: 1.5, opacity: 0.8, curve: 'bezier' },
  'related-to': { color: 'edge', dash: null, arrow: 'triangle', width: 1, opacity: 0.8, curve: 'bezier' },
  'co-occurrence': { color: 'coOccurrence', dash: null, arrow: 'triangle', width: 'weight', opacity: 0.3, curve: 'haystack' },
};

/** Weight 1 draws 1 px, weight 8 and more 6 px, linearly between. */
const WEIGHT_WIDTH = { minWeight: 1, maxWeight: 8, minWidth: 1, maxWidth: 6 };

/** An edge's line width: the table's, or for 'weight' kinds one that grows with the weight. */
export function edgeWidth(kind: EdgeKind, weight: number): number {
  const w = EDGE_STYLES[kind].width;
  if (w !== 'weight') return w;
  const { minWeight, maxWeight, minWidth, maxWidth } = WEIGHT_WIDTH;
  const t = Math.min(1, Math.max(0, (weight - minWeight) / (maxWeight - minWeight)));
  return minWidth + t * (maxWidth - minWidth);
}

/** What one drawn edge looks like, resolved against the theme. */
export interface EdgeLook {
  color: string;
  width: number;
  dash: readonly number[] | null;
  /** Null when the edge is undirected. */
  arrow: ArrowShape | null;
  opacity: number;
}

export function edgeLook(kind: EdgeKind, directed: boolean, weight: number, theme: Theme): EdgeLook {
  const s = EDGE_STYLES[kind];
  return { color: theme[s.color], width: edgeWidth(kind, weight), dash: s.dash, arrow: directed ? s.arrow : null, opacity: s.opacity };
}
