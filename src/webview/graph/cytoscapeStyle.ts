// The cytoscape stylesheet: nodes from the theme, edges from the table in edgeStyles.ts. Rebuilt when
// the theme changes. Later rules win, so the state classes (hidden, faded, near) come last.

import type { StylesheetJson } from 'cytoscape';
import { EDGE_KINDS } from '../../shared/graphProtocol';
import { EDGE_STYLES } from './edgeStyles';
import type { Theme } from './theme';

/** A node's diameter for its number of mentions in the document. */
export const nodeSize = (mentions: number): number => Math.min(64, 16 + 7 * Math.sqrt(mentions));

/** Opacity of a concept the document does not mention (the SVG export uses it too). */
export const ABSENT_OPACITY = 0.35;

export function graphStylesheet(t: Theme): StylesheetJson {
  return [...nodeRules(t), ...edgeRules(t), { selector: '.hidden', style: { display: 'none' } }, { selector: '.faded', style: { opacity: 0.1 } }, { selector: 'edge.near', style: { opacity: 1, width: 2.5 } }];
}

function nodeRules(t: Theme): StylesheetJson {
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
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'border-width': 0,
        'border-color': t.focus,
        'overlay-opacity': 0,
      },
    },
    { selector: 'node.absent', style: { opacity: ABSENT_OPACITY } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': t.focus } },
    { selector: 'node.kbd', style: { 'border-width': 3, 'border-color': t.focus, 'border-style': 'double' } },
    { selector: 'node.cursor', style: { 'border-width': 3, 'border-color': t.cursor, 'font-weight': 'bold' } },
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
