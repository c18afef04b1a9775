// The cytoscape stylesheet: nodes from the theme, edges from the table in edgeStyles.ts. Rebuilt when
// the theme changes and when a zoom ends: labels keep LABEL_PX on screen at any zoom (their size in
// graph units is LABEL_PX / zoom), so a fitted big graph still has readable labels; labelCulling.ts then
// leaves out those that would overlap. Later rules win, so the state classes (hidden, faded, near) come last.

import type { StylesheetJson } from 'cytoscape';
import { EDGE_KINDS } from '../../shared/graphProtocol';
import { EDGE_STYLES } from './edgeStyles';
import type { Theme } from './theme';

/** A node's diameter for its number of mentions in the document. */
export const nodeSize = (mentions: number): number => Math.min(64, 16 + 7 * Math.sqrt(mentions));

/** A label's font size on screen, in px, whatever the zoom. */
export const LABEL_PX = 12;
/** A label's longest width on screen before it ends in an ellipsis, in px. */
export const LABEL_MAX_PX = 160;
/** The gap between a node and its label on screen, in px. */
export const LABEL_GAP_PX = 3;
/** A label's height on screen: the font's line box. */
export const LABEL_LINE = 1.25;

/** Opacity of a concept the document does not mention (the SVG export uses it too). */
export const ABSENT_OPACITY = 0.35;

/** The stylesheet for a theme, with labels sized for `zoom`. */
export function graphStylesheet(t: Theme, zoom = 1): StylesheetJson {
  return [
    ...nodeRules(t, zoom),
    ...edgeRules(t),
    // A label left out by the culling: kept in the layout (so fitting does not depend on it), not drawn.
    { selector: 'node.nolabel', style: { 'text-opacity': 0 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.1 } },
    { selector: 'edge.near', style: { opacity: 1, width: 2.5 } },
  ];
}

function nodeRules(t: Theme, zoom: number): StylesheetJson {
  const z = zoom > 0 && Number.isFinite(zoom) ? zoom : 1;
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        color: t.foreground,
        'font-family': t.fontFamily,
        'font-size': LABEL_PX / z,
        'text-valign': 'bottom',
        'text-margin-y': LABEL_GAP_PX / z,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_MAX_PX / z}px`,
        'border-width': 0,
        'border-color': t.focus,
        'overlay-opacity': 0,
      },
    },
    { selector: 'node.absent', style: { opacity: ABSENT_OPACITY } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': t.focus } },
    { selector: 'node.kbd', style: { 'border-width': 3, 'border-color': t.focus, 'border-style': 'double' } },
    { selector: 'node.cursor', style: { 'border-width': 3, 'border-color': t.cursor, 'font-weight': 'bold' } },
    // A search match: ringed in the focus colour.
    { selector: 'node.match', style: { 'border-width': 3, 'border-color': t.focus, 'border-style': 'solid' } },
  ];
}

/** One rule per kind, and one more giving directed edges of that kind their arrow head. */
function edgeRules(t: Theme): StylesheetJson {
  const base: StylesheetJson = [{ selector: 'edge', style: { width: 'data(width)', 'arrow-scale': 0.9, 'target-arrow-shape': 'none', 'source-arrow-shape': 'none' } }];
  return base.concat(
    EDGE_KINDS.flatMap((kind): StylesheetJson => {
      const s = EDGE_STYLES[kind];
      const color = t[s.color];
      const line = s.dash ? { 'line-style': 'dashed' as const, 'line-dash-pattern': [...s.dash] } : { 'line-style': 'solid' as const };
      return [
        { selector: `edge[kind = "${kind}"]`, style: { 'line-color': color, 'target-arrow-color': color, opacity: s.opacity, 'curve-style': s.curve, ...line } },
        { selector: `edge[kind = "${kind}"][?directed]`, style: { 'target-arrow-shape': s.arrow } },
      ];
    }),
  );
}
